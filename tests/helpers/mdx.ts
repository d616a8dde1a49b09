/**
 * Compiles MDX the way the site does (@mdx-js/mdx with remark-gfm) and evaluates it with a
 * tiny JSX runtime that builds a plain tree, so tests can read back exactly what a page
 * would show: the text, and the elements with their attributes.
 */
import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';

export interface Node {
  type: string;
  props: Record<string, unknown>;
  children: Array<Node | string>;
}

const Fragment = '#fragment';
function jsx(type: unknown, props: Record<string, unknown>): Node {
  const { children, ...rest } = props;
  const list = (Array.isArray(children) ? children : children === undefined ? [] : [children]) as Array<Node | string | null | boolean>;
  const name = typeof type === 'string' ? type : typeof type === 'function' ? `#component` : String(type);
  return { type: name, props: rest, children: list.filter((c): c is Node | string => c !== null && c !== undefined && typeof c !== 'boolean') };
}

/** Compiles and runs an MDX body; returns the rendered tree. */
export async function renderMdx(source: string): Promise<Node> {
  const mod = await evaluate(source, { Fragment, jsx, jsxs: jsx, remarkPlugins: [remarkGfm] } as never);
  return (mod.default as (props: object) => Node)({});
}

/** Every text node under `node`, concatenated. */
export function textOf(node: Node | string): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

/** The elements of the given tag names, in document order. */
export function elements(node: Node | string, tags: string[]): Node[] {
  if (typeof node === 'string') return [];
  const own = tags.includes(node.type) ? [node] : [];
  return [...own, ...node.children.flatMap((c) => elements(c, tags))];
}
