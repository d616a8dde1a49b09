/**
 * The report list's index for this build (./report-list-index.ts), from the reports and the
 * analysis, built once per build (every list page and the index file use it), afresh in dev.
 * REPORT_LIST_PAGE_SIZE sets the page size (the sub-path tests page by four).
 */
import { themesOfReport } from './analysis.ts';
import { buildListIndex, type ListIndex, type ListRow } from './report-list-index.ts';
import { LIST_PAGE_SIZE, queryRows, type Selected } from './report-list-query.ts';
import type { SortKey } from './report-sort.ts';
import { loadReports } from './reports.ts';
import { themePageOf } from './theme-pages.ts';

let cached: Promise<ListIndex> | undefined;

export function reportListIndex(): Promise<ListIndex> {
  const build = () =>
    loadReports().then((reports) =>
      buildListIndex(
        reports.map((r) => ({
          id: r.id,
          meta: r.data,
          themes: themesOfReport(r.id).map(({ theme, count }) => ({
            id: theme.id,
            name: theme.name,
            count,
            page: themePageOf(theme.id, r.id),
          })),
        })),
        Number(process.env.REPORT_LIST_PAGE_SIZE) || LIST_PAGE_SIZE,
      ),
    );
  if (import.meta.env.DEV) return build();
  cached ??= build();
  return cached;
}

const listsOf = new WeakMap<ListIndex, Map<string, ListRow[]>>();

/**
 * The rows of one list (one facet value's, or all of them) in one order, worked out once per
 * index: its pages and their cache keys all read it.
 */
export function listRows(index: ListIndex, sort: SortKey, preset?: Selected): ListRow[] {
  let lists = listsOf.get(index);
  if (lists === undefined) listsOf.set(index, (lists = new Map()));
  const name = `${sort} ${preset?.facet ?? ''} ${preset?.key ?? ''}`;
  let rows = lists.get(name);
  if (rows === undefined) lists.set(name, (rows = queryRows(index, preset ? [preset] : [], sort)));
  return rows;
}
