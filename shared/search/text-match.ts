/**
 * Finding query terms in text, the one way the search post-filter, its excerpts, the theme
 * pages and the hit highlighter all use, so "this page contains the query" means the same
 * thing everywhere. Matching is verbatim after folding full-width Latin letters and digits to
 * half-width and ignoring case; Chinese characters are compared as they are.
 */

/** Full-width ASCII (Ａ, １) to half-width and lower case; keeps the length of every string. */
export function fold(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toLowerCase();
}

/**
 * Whitespace and zero-width spaces: neither belongs to Chinese prose (the search index's text
 * read back keeps a space between Chinese and other text: 2021 年), and a phrase must match
 * across them.
 */
const GAPS = /[\s\u200B]+/g;

/** The text as the matcher compares it. */
export function comparable(text: string): string {
  return fold(text).replace(GAPS, '');
}

/** True when every term occurs verbatim in the text. An empty term list matches everything. */
export function containsAll(text: string, terms: readonly string[]): boolean {
  const hay = comparable(text);
  return terms.every((t) => hay.includes(comparable(t)));
}

/** How many of the terms occur in the text. */
export function countContained(text: string, terms: readonly string[]): number {
  const hay = comparable(text);
  return terms.filter((t) => hay.includes(comparable(t))).length;
}

export interface Segment {
  text: string;
  /** True for a run that is one of the terms. */
  hit: boolean;
}

/**
 * The text cut into runs that are and are not terms (longest term first where they overlap),
 * for rendering with `<mark>`. Terms are matched within the text as given (no gap skipping),
 * which is what a paragraph of Chinese prose needs.
 */
export function splitByTerms(text: string, terms: readonly string[]): Segment[] {
  const wanted = [...new Set(terms.map(fold).filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0 || text.length === 0) return text ? [{ text, hit: false }] : [];
  const folded = fold(text);
  const out: Segment[] = [];
  let plain = 0;
  let i = 0;
  while (i < text.length) {
    const term = wanted.find((t) => folded.startsWith(t, i));
    if (!term) {
      i += 1;
      continue;
    }
    if (i > plain) out.push({ text: text.slice(plain, i), hit: false });
    out.push({ text: text.slice(i, i + term.length), hit: true });
    i += term.length;
    plain = i;
  }
  if (plain < text.length) out.push({ text: text.slice(plain), hit: false });
  return out;
}

/**
 * A short excerpt around the first term in the text, as segments, with an ellipsis where it
 * was cut. Shows the opening of the text when no term occurs.
 */
export function excerptAround(text: string, terms: readonly string[], radius = 45): Segment[] {
  const clean = text.replace(/\u200B/g, '');
  const folded = fold(clean);
  const starts = terms.map((t) => folded.indexOf(fold(t))).filter((i) => i >= 0);
  const first = starts.length ? Math.min(...starts) : 0;
  const from = Math.max(0, first - radius);
  const to = Math.min(clean.length, first + radius * 2);
  const segments = splitByTerms(clean.slice(from, to), terms);
  if (from > 0) segments.unshift({ text: '…', hit: false });
  if (to < clean.length) segments.push({ text: '…', hit: false });
  return segments;
}

/**
 * Drops the spaces a line break leaves between Chinese characters (YAML folded text, wrapped
 * source lines): in Chinese they are not word gaps and show as stray blanks.
 */
export function tidyCjkSpaces(text: string): string {
  return text.replace(
    /(?<=[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF])\s+(?=[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF])/gu,
    '',
  );
}
