/**
 * Arrival highlighting on a report page. Reads the `hl` parameters, wraps each occurrence of
 * those words in the report text in `<mark class="hit">`, marks the target block (the URL's
 * hash, or the first block with a hit when there is none) and scrolls to it if needed.
 */
import { decodeURIComponentOrUndefined } from '../../shared/decode-uri.ts';
import { splitPiecesByTerms } from '../lib/text-pieces.ts';
import { appendSegments } from './hit-marks.ts';

/**
 * Elements whose text is read as one run: a term is matched within one of them, never from
 * one paragraph into the next, but across the inline markup inside (theme links, masked
 * figures, garbled runs).
 */
const BLOCK =
  'p, h1, h2, h3, h4, h5, h6, li, dt, dd, td, th, caption, figcaption, blockquote, pre, div, section, article';

/** The text nodes under `root` to search, by block, in order; citation links and earlier marks skipped. */
function textByBlock(root: Element): Text[][] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('.cite, mark.hit') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const blocks: Text[][] = [];
  let current: Element | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const block = n.parentElement!.closest(BLOCK);
    const owner = block && root.contains(block) ? block : root;
    if (owner !== current || blocks.length === 0) blocks.push([]);
    current = owner;
    blocks[blocks.length - 1].push(n as Text);
  }
  return blocks;
}

/**
 * Wraps the terms in the text under `root`, matching each block's text as a whole so that a
 * term running across a theme link or a masked figure is found; each piece of it gets its own
 * mark. Returns the marks of each occurrence, in order.
 */
export function markTerms(root: Element, terms: readonly string[]): HTMLElement[][] {
  const hits: HTMLElement[][] = [];
  for (const nodes of textByBlock(root)) {
    const pieces = splitPiecesByTerms(
      nodes.map((n) => n.data),
      terms,
    );
    const found = new Map<number, HTMLElement[]>();
    nodes.forEach((node, i) => {
      if (!pieces[i].some((s) => s.hit)) return;
      const fragment = document.createDocumentFragment();
      const marks = appendSegments(fragment, pieces[i]);
      pieces[i]
        .filter((s) => s.hit)
        .forEach((s, k) => {
          found.set(s.occurrence, [...(found.get(s.occurrence) ?? []), marks[k]]);
        });
      node.replaceWith(fragment);
    });
    hits.push(...[...found.entries()].sort(([a], [b]) => a - b).map(([, marks]) => marks));
  }
  return hits;
}

/** Runs on page load. */
export function highlightHits(): void {
  const params = new URLSearchParams(location.search);
  const terms = params
    .getAll('hl')
    .map((t) => t.trim())
    .filter(Boolean);
  const root = document.querySelector('[data-report-text]');
  if (!root || terms.length === 0) return;
  const hits = markTerms(root, terms);
  // A malformed hash (a link cut short: #%E0%A4%A) names no block; it must not stop the highlighting.
  const hash = decodeURIComponentOrUndefined(location.hash.slice(1)) ?? '';
  // A stable anchor (#s-…) is the paragraph's number link: the block is its paragraph.
  const anchor = hash ? document.getElementById(hash) : null;
  const target = anchor?.classList.contains('cite') ? anchor.closest('p') : anchor;
  const block = target ?? hits[0]?.[0].closest('[id]') ?? null;
  if (block) {
    block.classList.add('is-hit');
    if (!target) block.scrollIntoView({ block: 'center' });
  }
  const banner = document.querySelector<HTMLElement>('[data-hit-banner]');
  if (banner) {
    banner.querySelector('[data-hit-terms]')!.textContent =
      hits.length > 0 ? `已高亮 ${hits.length} 处：${terms.join('、')}` : `本页正文中没有找到：${terms.join('、')}`;
    banner.querySelector<HTMLAnchorElement>('[data-hit-clear]')!.href = location.pathname + location.hash;
    banner.hidden = false;
  }
}
