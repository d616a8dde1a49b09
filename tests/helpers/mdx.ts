/**
 * Reads back what a page shows from an MDX body, two ways: through the reference MDX
 * compiler (@mdx-js/mdx with remark-gfm), evaluated with a tiny JSX runtime that builds a
 * plain tree; and through the site's own renderer (src/loaders/mdx-html.ts, Sätteri), whose
 * HTML is parsed back with parse5. Tests compare both with the text the pipeline kept.
 */
import { evaluate } from '@mdx-js/mdx';
import { parseFragment } from 'parse5';
import remarkGfm from 'remark-gfm';
import { mdxToHtml } from '../../src/loaders/mdx-html.ts';

export interface Node {
  type: string;
  props: Record<string, unknown>;
  children: Array<Node | string>;
}

const Fragment = '#fragment';
function jsx(type: unknown, props: Record<string, unknown>): Node {
  const { children, ...rest } = props;
  const list = (Array.isArray(children) ? children : children === undefined ? [] : [children]) as Array<
    Node | string | null | boolean
  >;
  const name = typeof type === 'string' ? type : typeof type === 'function' ? `#component` : String(type);
  return {
    type: name,
    props: rest,
    children: list.filter((c): c is Node | string => c !== null && c !== undefined && typeof c !== 'boolean'),
  };
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

/** A block's text as the pipeline holds it: a table's rows by \n, its cells by \t. */
export function blockText(node: Node): string {
  if (node.type !== 'table') return textOf(node);
  return elements(node, ['tr'])
    .map((row) => elements(row, ['td', 'th']).map(textOf).join('\t'))
    .join('\n');
}

/** The elements of the given tag names, in document order. */
export function elements(node: Node | string, tags: string[]): Node[] {
  if (typeof node === 'string') return [];
  const own = tags.includes(node.type) ? [node] : [];
  return [...own, ...node.children.flatMap((c) => elements(c, tags))];
}

interface Parse5Node {
  nodeName: string;
  value?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: Parse5Node[];
}

function fromParse5(node: Parse5Node): Node | string {
  if (node.nodeName === '#text') return node.value ?? '';
  const props = Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value]));
  return { type: node.nodeName, props, children: (node.childNodes ?? []).map(fromParse5) };
}

/** Renders an MDX body as the site does and parses the HTML back into the same tree shape. */
export async function renderSiteHtml(source: string): Promise<Node> {
  return fromParse5(parseFragment(await mdxToHtml(source)) as unknown as Parse5Node) as Node;
}
