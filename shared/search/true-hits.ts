/**
 * Turning Pagefind's candidates into honest results: a candidate counts only when its text
 * really contains every term, each within one block (see ./query.ts), and the link goes to
 * the paragraph that does, with the terms in the URL so that page can highlight them.
 */
import { containsAll, countContained } from './text-match.ts';
import type { ResultBlock } from './result-text.ts';

/** Block ids of report text; other ids on the page (skip link target, sections) are not hits. */
const REPORT_BLOCK = /^[ph]-\d+$/;

/**
 * True when each term is in one of the report's blocks (title, heading or paragraph); the
 * search page's post-filter. A term is looked for within a block, never across two: the end
 * of one paragraph and the start of the next are not a phrase of the report.
 */
export function isTrueHit(blocks: readonly ResultBlock[], terms: readonly string[]): boolean {
  return terms.every((term) => blocks.some(([, text]) => containsAll(text, [term])));
}

/**
 * The block to send the reader to: the first one holding every term, else the first holding
 * the most terms; undefined when no block holds any (a hit in the title only).
 */
export function bestBlock(blocks: readonly ResultBlock[], terms: readonly string[]): ResultBlock | undefined {
  let best: ResultBlock | undefined;
  let bestCount = 0;
  for (const block of blocks) {
    if (!REPORT_BLOCK.test(block[0])) continue;
    const count = countContained(block[1], terms);
    if (count === terms.length && count > 0) return block;
    if (count > bestCount) [best, bestCount] = [block, count];
  }
  return best;
}

/**
 * A link that lands on the hit: `hl` parameters carry the terms (one each, so a phrase with a
 * space stays whole) and the hash names the paragraph. `pageUrl` already has the base path.
 */
export function hitUrl(pageUrl: string, terms: readonly string[], blockId?: string): string {
  const params = new URLSearchParams();
  for (const t of terms) params.append('hl', t);
  const query = params.size ? `?${params}` : '';
  return `${pageUrl}${query}${blockId ? `#${blockId}` : ''}`;
}
