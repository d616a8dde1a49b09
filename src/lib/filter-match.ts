/**
 * The report list's filter rule, for the page's script: kept apart from ./report-facets.ts,
 * which builds the filters at build time, so the browser loads only this.
 */

/**
 * Whether a list item with these data attributes stays shown under the selected values: it
 * has every selected key in its facet's space-separated list, what the CSS of
 * `filterCss` (./report-facets.ts) tests with `~=`.
 */
export function matchesFilters(
  data: Readonly<Record<string, string | undefined>>,
  selected: readonly { facet: string; key: string }[],
): boolean {
  return selected.every(({ facet, key }) => (data[facet] ?? '').split(' ').includes(key));
}
