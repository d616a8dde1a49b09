import { escapeHtml } from './html.ts';

/**
 * Which page numbers a pager shows: the first, the last, and two either side of the current
 * one, with a gap (null) where numbers are left out — so a theme with 96 pages of passages
 * gets a pager of one line, not 96 links.
 *
 * pagerNumbers(3, 96) → [1, 2, 3, 4, 5, null, 96]
 */
export function pagerNumbers(page: number, pages: number, around = 2): Array<number | null> {
  const out: Array<number | null> = [];
  for (let n = 1; n <= pages; n++) {
    const shown = n === 1 || n === pages || Math.abs(n - page) <= around;
    if (shown) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}

/**
 * A pager's HTML: previous, the page numbers, next; plain links, so it works without
 * JavaScript. A string, because the report list's script renders it too (Pager.astro uses it
 * and holds its styles). Nothing for a single page.
 */
export function pagerHtml(page: number, pages: number, href: (page: number) => string, label: string): string {
  if (pages <= 1) return '';
  const link = (n: number, text: string, rel = '') =>
    `<a href="${escapeHtml(href(n))}"${rel ? ` rel="${rel}"` : ''}>${text}</a>`;
  const numbers = pagerNumbers(page, pages).map(
    (n) =>
      `<li>${n === null ? '<span class="gap" aria-hidden="true">…</span>' : n === page ? `<strong aria-current="page">${n}</strong>` : link(n, String(n))}</li>`,
  );
  return (
    `<nav class="pager no-print" aria-label="${escapeHtml(label)}">` +
    (page > 1 ? link(page - 1, '← 上一页', 'prev') : '<span class="off">← 上一页</span>') +
    `<ol>${numbers.join('')}</ol>` +
    (page < pages ? link(page + 1, '下一页 →', 'next') : '<span class="off">下一页 →</span>') +
    '</nav>'
  );
}
