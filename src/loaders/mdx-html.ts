/**
 * Renders an MDX body to an HTML string at content-load time: Sätteri (the MDX compiler
 * Astro 7 itself uses) compiles and evaluates the MDX, and a small JSX runtime builds HTML
 * strings instead of a component tree. Every text child and attribute value is escaped here,
 * so text that looks like HTML or JSX is shown as text.
 *
 * Why not Astro's own MDX path: @astrojs/mdx turns each entry into a JS module that Vite
 * bundles; at 1,000 reports that bundling is most of the build and memory grows with every
 * report (docs/performance.md). Report bodies use intrinsic elements only (p, h2–h6, a,
 * mark, span), so rendering them once, in the loader, gives the same HTML and no modules.
 */
import { evaluate } from 'satteri';

/** HTML that is already safe to emit (a rendered element), as opposed to text to escape. */
class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
}

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]);
const Fragment = Symbol('mdx-html.Fragment');

function childrenHtml(child: unknown): string {
  if (child === null || child === undefined || typeof child === 'boolean') return '';
  if (child instanceof Html) return child.value;
  if (Array.isArray(child)) return child.map(childrenHtml).join('');
  return escapeHtml(String(child));
}

function attributesHtml(props: Record<string, unknown>): string {
  let out = '';
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'object' || typeof value === 'function' || !/^[a-zA-Z][\w:.-]*$/.test(name)) {
      throw new Error(`unsupported attribute "${name}" (only plain string attributes are rendered)`);
    }
    const attr = name === 'className' ? 'class' : name;
    out += value === true ? ` ${attr}` : ` ${attr}="${escapeHtml(String(value))}"`;
  }
  return out;
}

function jsx(type: unknown, props: unknown): Html {
  const { children, ...attrs } = (props ?? {}) as Record<string, unknown>;
  if (type === Fragment) return new Html(childrenHtml(children));
  if (typeof type !== 'string' || !/^[a-z][a-z0-9-]*$/.test(type)) {
    throw new Error(
      `component <${String((type as { name?: string })?.name ?? type)}> is not allowed in a report body (plain HTML elements only)`,
    );
  }
  if (type === 'script' || type === 'style' || type === 'iframe')
    throw new Error(`<${type}> is not allowed in a report body`);
  const open = `<${type}${attributesHtml(attrs)}>`;
  return new Html(VOID.has(type) ? open : `${open}${childrenHtml(children)}</${type}>`);
}

/** Compiles and renders an MDX document (frontmatter, if any, is skipped) to HTML. */
export async function mdxToHtml(source: string): Promise<string> {
  const mod = await evaluate(source, { Fragment, jsx, jsxs: jsx, features: { gfm: true, smartPunctuation: false } });
  const Content = mod.default as (props: { components: Record<string, never> }) => unknown;
  return childrenHtml(Content({ components: {} }));
}
