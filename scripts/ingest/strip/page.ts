/**
 * The page as the stripper sees it: each line with the facts rules test (trimmed text, a
 * Simplified copy for patterns), and the page's prose edges, which bound the `head` and
 * `tail` regions that edge-only rules may touch.
 */
import type { SourceLine } from '../types.ts';
import { isBulletItem, looksLikeProse } from './line-shape.ts';
import { simplifiedForMatching } from './simplified.ts';

/**
 * Where on the page a rule may fire. `head` is everything before the first line of report
 * prose, `tail` everything after the last one, `edges` either of them; `anywhere` has no limit.
 */
export type Region = 'anywhere' | 'head' | 'tail' | 'edges';

/** One input line with what the rules test on it. */
export interface PageLine {
  source: SourceLine;
  /** The text without surrounding whitespace. */
  trimmed: string;
  blank: boolean;
  /** Trimmed text in Simplified script; null for blank lines and lines too long to be chrome. */
  simplified: string | null;
}

/**
 * Indices of the first and last lines of report prose. With no prose at all, `first` is the
 * page length and `last` is -1, so the whole page is both head and tail.
 */
export interface ProseEdges {
  first: number;
  last: number;
}

/** Wraps each source line with the facts rules test; the source objects are not copied. */
export function readPage(lines: readonly SourceLine[]): PageLine[] {
  return lines.map((source) => {
    const trimmed = source.text.trim();
    return { source, trimmed, blank: trimmed === '', simplified: simplifiedForMatching(trimmed) };
  });
}

/**
 * Finds the prose edges, skipping lines a rule already claimed and bullet items (site notices
 * arrive as `- 1. 本站…。` and read like sentences).
 */
export function findProseEdges(page: readonly PageLine[], claimed: (index: number) => boolean): ProseEdges {
  const isProse = (i: number): boolean =>
    !page[i].blank && !claimed(i) && !isBulletItem(page[i].trimmed) && looksLikeProse(page[i].trimmed);
  let first = 0;
  while (first < page.length && !isProse(first)) first++;
  let last = page.length - 1;
  while (last >= 0 && !isProse(last)) last--;
  return { first, last };
}

/** Whether line `index` lies in `region` of a page with these prose edges. */
export function inRegion(index: number, region: Region, edges: ProseEdges): boolean {
  switch (region) {
    case 'anywhere':
      return true;
    case 'head':
      return index < edges.first;
    case 'tail':
      return index > edges.last;
    case 'edges':
      return index < edges.first || index > edges.last;
  }
}
