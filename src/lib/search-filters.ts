/**
 * The search filters, in one place for both ends: report pages declare their values to
 * Pagefind (`data-pagefind-filter`), and the search page offers the same values as options,
 * built from the same reports, so an option can never name a value the index lacks.
 */
import type { ReportMeta } from '../../shared/schemas/report.ts';
import { facetLabel } from './report-facets.ts';
import { placeOf, zhCollator } from './report-meta.ts';

export const SEARCH_FILTERS = ['theme', 'place', 'year', 'type'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The same names as the report list's facets. */
export const searchFilterLabel: Record<SearchFilter, string> = Object.fromEntries(
  SEARCH_FILTERS.map((f) => [f, facetLabel[f]]),
) as Record<SearchFilter, string>;

/** A report's filter values: theme names, its place (or issuer), its years, its type. */
export function searchFilterValues(
  meta: Pick<ReportMeta, 'place' | 'issuer' | 'years' | 'docType'>,
  themeNames: readonly string[],
): Record<SearchFilter, string[]> {
  return {
    theme: [...themeNames],
    place: [placeOf(meta)],
    year: meta.years.map(String),
    type: [meta.docType],
  };
}

/** Every value of every filter across the reports, with how many reports have it. */
export function searchFilterOptions(
  all: readonly Record<SearchFilter, string[]>[],
): Record<SearchFilter, { value: string; count: number }[]> {
  const out = {} as Record<SearchFilter, { value: string; count: number }[]>;
  for (const f of SEARCH_FILTERS) {
    const counts = new Map<string, number>();
    for (const values of all) for (const v of new Set(values[f])) counts.set(v, (counts.get(v) ?? 0) + 1);
    const entries = [...counts].map(([value, count]) => ({ value, count }));
    entries.sort(
      f === 'year'
        ? (a, b) => Number(b.value) - Number(a.value)
        : (a, b) => b.count - a.count || zhCollator.compare(a.value, b.value),
    );
    out[f] = entries;
  }
  return out;
}
