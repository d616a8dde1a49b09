/**
 * Arrival highlighting on a report page. Reads the `hl` parameters, wraps each occurrence of
 * those words in the report text in `<mark class="hit">`, marks the target block (the URL's
 * hash, or the first block with a hit when there is none) and scrolls to it if needed.
 */
import { splitByTerms } from '../lib/text-match.ts';
import { decodeURIComponentOrUndefined } from '../lib/decode-uri.ts';
import { appendSegments } from './hit-marks.ts';

/** Wraps the terms in every text node under `root`, skipping citation links. Returns the marks. */
export function markTerms(root: Element, terms: readonly string[]): HTMLElement[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('.cite, mark.hit') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    const segments = splitByTerms(node.data, terms);
    if (!segments.some((s) => s.hit)) continue;
    const fragment = document.createDocumentFragment();
    marks.push(...appendSegments(fragment, segments));
    node.replaceWith(fragment);
  }
  return marks;
}

/** Runs on page load. */
export function highlightHits(): void {
  const params = new URLSearchParams(location.search);
  const terms = params.getAll('hl').map((t) => t.trim()).filter(Boolean);
  const root = document.querySelector('[data-report-text]');
  if (!root || terms.length === 0) return;
  const marks = markTerms(root, terms);
  // A malformed hash (a link cut short: #%E0%A4%A) names no block; it must not stop the highlighting.
  const hash = decodeURIComponentOrUndefined(location.hash.slice(1)) ?? '';
  const target = hash ? document.getElementById(hash) : null;
  const block = target ?? marks[0]?.closest('[id]') ?? null;
  if (block) {
    block.classList.add('is-hit');
    if (!target) block.scrollIntoView({ block: 'center' });
  }
  const banner = document.querySelector<HTMLElement>('[data-hit-banner]');
  if (banner) {
    banner.querySelector('[data-hit-terms]')!.textContent =
      marks.length > 0 ? `已高亮 ${marks.length} 处：${terms.join('、')}` : `本页正文中没有找到：${terms.join('、')}`;
    banner.querySelector<HTMLAnchorElement>('[data-hit-clear]')!.href = location.pathname + location.hash;
    banner.hidden = false;
  }
}
