/**
 * One report of the list as HTML, from its row of the list's index: at build time for the
 * static pages and in the browser for filtered results, so the two cannot drift apart. A
 * string rather than a component because the browser needs it too. The styles are the
 * list's (ReportBrowser.astro) and the badges' (styles/badges.css).
 */
import { themeOfKey } from './facet-keys.ts';
import { escapeHtml } from './html.ts';
import type { ListIndex, ListRow } from './report-list-index.ts';
import { yearsLabel } from './report-meta.ts';
import { reportUrl, themePagePath } from './url.ts';

/** Themes a row shows (the most mentioned); the rest are counted. */
export const ROW_THEMES = 6;

/** 12345 → 12,345, the same in every browser and at build time. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** The row's byline: issuer or place · years · document type (as lib/report-meta.ts's byline). */
export function rowByline(index: ListIndex, row: ListRow): string {
  return [index.n[row.n], yearsLabel(row.y ?? []), index.f.type[row.d][1]].join(' · ');
}

function badgesHtml(index: ListIndex, row: ListRow): string {
  if (!row.g) return '';
  const badges = row.g.map((g) => {
    const [kind, label, note] = index.g[g];
    return `<span class="badge badge-${kind}" title="${escapeHtml(note)}">${escapeHtml(label)}</span>`;
  });
  return ` <span class="badges">${badges.join('')}</span>`;
}

function themesHtml(index: ListIndex, row: ListRow): string {
  if (!row.h) return '';
  const links: string[] = [];
  for (let i = 0; i < row.h.length; i += 3) {
    const [key, name] = index.f.theme[row.h[i]];
    const href = `${themePagePath(themeOfKey(key), row.h[i + 2])}#r-${row.i}`;
    links.push(`<a href="${escapeHtml(href)}">${escapeHtml(name)}<span class="n">×${row.h[i + 1]}</span></a>`);
  }
  const total = row.h.length / 3 + (row.x?.length ?? 0);
  const more = total > ROW_THEMES ? `<span class="meta">等 ${total} 个主题</span>` : '';
  return `<p class="themes">${links.join('')}${more}</p>`;
}

/** The `<li>` of one report. */
export function rowHtml(index: ListIndex, row: ListRow): string {
  return (
    `<li><h3><a href="${escapeHtml(reportUrl(row.i))}">${escapeHtml(row.t)}</a></h3>` +
    `<p class="meta">${escapeHtml(rowByline(index, row))} · ${groupDigits(row.c)} 字${badgesHtml(index, row)}</p>` +
    `${themesHtml(index, row)}</li>`
  );
}

/** A list's heading: the one facet value it lists, if it lists one. */
export function listHeading(valueLabel?: string): string {
  return valueLabel === undefined ? '全部报告' : `报告：${valueLabel}`;
}

/** The line above a list: how many reports, and which of them this page shows. */
export function listSummary(count: number, page: number, size: number): string {
  if (count === 0) return '没有符合条件的报告。';
  const total = `共 <strong>${groupDigits(count)}</strong> 篇`;
  if (count <= size) return `${total}。`;
  const first = (page - 1) * size + 1;
  return `${total}，这是第 ${groupDigits(first)}—${groupDigits(Math.min(count, page * size))} 篇。`;
}
