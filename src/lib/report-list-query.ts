/**
 * Filtering and sorting the report list's index (./report-list-index.ts): in the browser for
 * the list's script, and at build time for the static pages of each facet value and each
 * order, so both show the same reports in the same order.
 */
import { flagKey, NO_FLAG, NO_THEME, NO_YEAR, yearKey } from './facet-keys.ts';
import type { FacetName } from './report-facets.ts';
import type { ListIndex, ListRow } from './report-list-index.ts';
import type { SortKey } from './report-sort.ts';

/**
 * Reports per page of the list, static or filtered in the browser, unless the build sets
 * another (REPORT_LIST_PAGE_SIZE, which the index carries to the browser).
 */
export const LIST_PAGE_SIZE = 100;

/** One selected filter value. */
export interface Selected {
  facet: FacetName;
  key: string;
}

/** A row's theme positions in `f.theme`: the shown ones, then the others. */
function themePositions(row: ListRow): number[] {
  const shown = row.h ? row.h.filter((_, i) => i % 3 === 0) : [];
  return row.x ? [...shown, ...row.x] : shown;
}

/** A row's keys for one facet (what a selected key is looked for in). */
export function rowKeys(index: ListIndex, row: ListRow, facet: FacetName): string[] {
  switch (facet) {
    case 'place':
      return [index.f.place[row.p][0]];
    case 'type':
      return [index.f.type[row.d][0]];
    case 'year':
      return row.y ? row.y.map(yearKey) : [NO_YEAR];
    case 'theme': {
      const themes = themePositions(row);
      return themes.length ? themes.map((t) => index.f.theme[t][0]) : [NO_THEME];
    }
    case 'flag':
      return row.g ? row.g.map((g) => flagKey(index.g[g][0])) : [NO_FLAG];
  }
}

/** Whether a row has every selected key (facets combine with AND). */
export function rowMatches(index: ListIndex, row: ListRow, selected: readonly Selected[]): boolean {
  return selected.every(({ facet, key }) => rowKeys(index, row, facet).includes(key));
}

/**
 * The rows with every selected key, in the given order. Rows are in title order, and the
 * other orders break ties by it, as report-sort.ts does.
 */
export function queryRows(index: ListIndex, selected: readonly Selected[], sort: SortKey): ListRow[] {
  const rows = selected.length ? index.r.filter((row) => rowMatches(index, row, selected)) : [...index.r];
  const latest = (row: ListRow) => (row.y ? Math.max(...row.y) : Number.NEGATIVE_INFINITY);
  const position = new Map(rows.map((row, i) => [row, i]));
  const tie = (a: ListRow, b: ListRow) => position.get(a)! - position.get(b)!;
  if (sort === 'year') rows.sort((a, b) => latest(b) - latest(a) || tie(a, b));
  if (sort === 'length') rows.sort((a, b) => b.c - a.c || tie(a, b));
  return rows;
}

/** How many pages of `size` a list of `count` rows takes (one at least, maybe empty). */
export function pageCount(count: number, size: number): number {
  return Math.max(1, Math.ceil(count / size));
}

/** The rows of page `page` (1-based). */
export function pageRows<T>(rows: readonly T[], page: number, size: number): T[] {
  return rows.slice((page - 1) * size, page * size);
}
