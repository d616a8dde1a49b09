/**
 * Turning Pagefind's candidates into honest results: a candidate counts only when its page
 * text really contains every term (see ./query.ts), and the link goes to the paragraph that
 * does, with the terms in the URL so that page can highlight them.
 */
import { containsAll, countContained } from '../text-match.ts';
import { decodeIndexed } from './index-text.ts';

/** An element of a page Pagefind recorded because it has an id (our `p-N` / `h-N` blocks). */
export interface Block {
  id: string;
  text: string;
}

/** Block ids of report text; other ids on the page (skip link target, sections) are not hits. */
const REPORT_BLOCK = /^[ph]-\d+$/;

/** A page as Pagefind stored it (./index-text.ts), read back: its text and its blocks. */
export function readIndexed<T extends { content: string; anchors: readonly Block[] }>(data: T): T {
  return { ...data, content: decodeIndexed(data.content), anchors: data.anchors.map((a) => ({ ...a, text: decodeIndexed(a.text) })) };
}

/** True when the page text holds every term; the search page's post-filter. */
export function isTrueHit(pageText: string, terms: readonly string[]): boolean {
  return containsAll(pageText, terms);
}

/**
 * The block to send the reader to: the first one holding every term, else the first holding
 * the most terms; undefined when no block holds any (a hit in the title only).
 */
export function bestBlock(blocks: readonly Block[], terms: readonly string[]): Block | undefined {
  let best: Block | undefined;
  let bestCount = 0;
  for (const block of blocks) {
    if (!REPORT_BLOCK.test(block.id)) continue;
    const count = countContained(block.text, terms);
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
