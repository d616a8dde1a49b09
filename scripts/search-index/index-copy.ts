/**
 * The page Pagefind indexes for a report: its `data-pagefind-body` article with the text of
 * every block encoded as character pairs (shared/search/index-text.ts), nothing else.
 *
 *   <p id="p-3">推进<a class="theme-mention">集团化办学</a>。</p>
 *     → <p id="p-3">推进 进集 集团 团化 化办 办学 学 。</p>
 *
 * Inline markup is dropped so that a run of text is encoded whole across it (a phrase may
 * straddle a theme link); block elements keep their tags and ids, which Pagefind records as
 * the anchors the search page links to. Ignored subtrees are dropped, except that those
 * carrying Pagefind metadata or filters are kept as they are, at the end. An element whose
 * text is metadata (`data-pagefind-meta="title"`) gets it from an attribute instead, so the
 * title reads as written while its text is indexed encoded.
 *
 * The input is the HTML Astro wrote for our own report page, so a small tokenizer suffices:
 * text is escaped there, and quoted attribute values may hold `>`.
 */
import { encodeForIndex } from '../../shared/search/index-text.ts';

const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+/g;
const INLINE = new Set(
  'a abbr b bdi bdo br cite code data del dfn em i ins kbd mark q rp rt ruby s samp small span strong sub sup time u var wbr'.split(
    ' ',
  ),
);
const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
const DROPPED = new Set(['script', 'style', 'template', 'svg', 'noscript']);
const PAGEFIND_DATA = /\bdata-pagefind-(?:meta|filter|sort)\b/;
/** `data-pagefind-meta="title"`: the value is the element's text (no `:` value, no `[attr]`). */
const TEXT_VALUED = /\bdata-pagefind-(meta|filter|sort)="([\w-]+)"/;

/** Index of the end of the element whose start tag ends at `from`, counting nested same-name tags. */
function elementEnd(html: string, name: string, from: number): number {
  const tags = new RegExp(`<(/?)${name}\\b(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}

const BODY = /<article\b[^>]*\bdata-pagefind-body\b/;

/** True when the page has an article to index (a report page). */
export function hasIndexBody(page: string): boolean {
  return BODY.test(page);
}

/** The indexed copy of one report page, or undefined when the page has no `data-pagefind-body` article. */
export function indexCopy(page: string): string | undefined {
  const start = page.search(BODY);
  if (start < 0) return undefined;
  const end = elementEnd(page, 'article', page.indexOf('>', start) + 1);
  const article = page.slice(start, end);
  const out: string[] = [];
  const kept: string[] = [];
  let text = '';
  const flush = () => {
    if (text.trim()) out.push(encodeForIndex(text));
    text = '';
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(article); m; m = TOKEN.exec(article)) {
    const [whole, closing, rawName, attrs] = m;
    if (rawName === undefined) {
      if (!whole.startsWith('<!--')) text += whole;
      continue;
    }
    const name = rawName.toLowerCase();
    if (!closing && (DROPPED.has(name) || /\bdata-pagefind-ignore\b/.test(attrs))) {
      const after = VOID.has(name) ? TOKEN.lastIndex : elementEnd(article, name, TOKEN.lastIndex);
      const subtree = article.slice(m.index, after);
      if (!DROPPED.has(name) && PAGEFIND_DATA.test(subtree)) kept.push(subtree);
      TOKEN.lastIndex = after;
      continue;
    }
    if (INLINE.has(name) && !TEXT_VALUED.test(attrs)) continue;
    flush();
    const valued = closing ? null : TEXT_VALUED.exec(attrs);
    if (valued && !VOID.has(name)) {
      const after = elementEnd(article, name, TOKEN.lastIndex);
      const inner = textOf(article.slice(TOKEN.lastIndex, after).replace(new RegExp(`</${name}>$`, 'i'), ''));
      const attr = `data-index-${valued[1]}`;
      const value = inner.trim().replace(/"/g, '&quot;');
      out.push(
        `<${name}${attrs.replace(TEXT_VALUED, `data-pagefind-${valued[1]}="${valued[2]}[${attr}]" ${attr}="${value}"`)}>${encodeForIndex(inner)}</${name}>`,
      );
      TOKEN.lastIndex = after;
      continue;
    }
    out.push(whole);
  }
  flush();
  // Kept metadata and filters go inside the article, before it closes: Pagefind reads them in the body.
  out.splice(out.length - 1, 0, ...kept);
  return `<!doctype html><html lang="und"><head><meta charset="utf-8"><title></title></head><body>${out.join('')}</body></html>\n`;
}
