/**
 * The report list's three orders. Each is its own static page (/reports/, /reports/sorted/
 * year/, /reports/sorted/length/) so that sorting needs no JavaScript and the document order,
 * which screen readers and keyboard follow, is the order shown.
 */
import type { ReportMeta } from '../../shared/schemas/report.ts';
import { zhCollator } from './report-meta.ts';

export const SORTS = ['title', 'year', 'length'] as const;
export type SortKey = (typeof SORTS)[number];

export const sortLabel: Record<SortKey, string> = { title: '标题', year: '年份（新→旧）', length: '篇幅（长→短）' };

/** Path (without base) of the list in this order. */
export function sortPath(key: SortKey): string {
  return key === 'title' ? '/reports/' : `/reports/sorted/${key}/`;
}

type Sortable = { id: string; data: Pick<ReportMeta, 'title' | 'years' | 'chars'> };

/** A sorted copy. Ties fall back to title, then id, so the order is stable across builds. */
export function sortReports<T extends Sortable>(reports: readonly T[], key: SortKey): T[] {
  const byTitle = (a: T, b: T) => zhCollator.compare(a.data.title, b.data.title) || (a.id < b.id ? -1 : 1);
  const latest = (r: T) => (r.data.years.length ? Math.max(...r.data.years) : -Infinity);
  const compare: Record<SortKey, (a: T, b: T) => number> = {
    title: byTitle,
    year: (a, b) => latest(b) - latest(a) || byTitle(a, b),
    length: (a, b) => b.data.chars - a.data.chars || byTitle(a, b),
  };
  return [...reports].sort(compare[key]);
}
