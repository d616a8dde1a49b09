/**
 * Where the report list's static pages are: each order in pages (lib/report-list-query.ts)
 * (/reports/, /reports/page/2/, /reports/sorted/year/page/2/), each facet value's reports the
 * same way (/reports/by/year/y2022/, …/page/2/), and each facet's values (/reports/by/year/).
 */
import type { FacetName } from './report-facets.ts';
import { sortPath, type SortKey } from './report-sort.ts';
import { pageCount } from './report-list-query.ts';
import { url } from './url.ts';

const paged = (first: string, page: number) => url(page > 1 ? `${first}page/${page}/` : first);

/** Page `page` (1-based) of the whole list in this order. */
export function listPagePath(sort: SortKey, page: number): string {
  return paged(sortPath(sort), page);
}

/** Page `page` of the reports with this facet value (in title order). */
export function facetPagePath(facet: FacetName, key: string, page: number): string {
  return paged(`/reports/by/${facet}/${key}/`, page);
}

/** The page listing a facet's values. */
export function facetValuesPath(facet: FacetName): string {
  return url(`/reports/by/${facet}/`);
}

/** The page numbers after the first of a list of `count` rows in pages of `size` (the first page has its own route). */
export function laterPages(count: number, size: number): number[] {
  return Array.from({ length: pageCount(count, size) - 1 }, (_, i) => i + 2);
}
