/**
 * The report list's filters with JavaScript. Without it, the filtering is CSS (`:has()` rules,
 * ../lib/report-facets.ts) inside `<noscript>`; with it, this script hides the items a
 * selected value excludes, because those rules are costly on a long list: with 10,000 reports
 * the browser spent 7.5 s of a 13.7 s page load recalculating their styles, before anything
 * was selected. It also puts the selected values in the URL (?year=y2022&theme=th-…) so a
 * filtered list can be shared or bookmarked and survives a change of sort order, and
 * announces the number of reports shown to screen readers.
 */
import { matchesFilters } from '../lib/filter-match.ts';

/** Runs on page load. */
export function enhanceReportFilters(): void {
  const form = document.querySelector<HTMLFormElement>('[data-report-filters]');
  const list = document.querySelector<HTMLElement>('.report-list');
  const status = document.querySelector<HTMLElement>('[data-filter-status]');
  if (!form || !list) return;
  const selects = [...form.querySelectorAll('select')];

  const params = new URLSearchParams(location.search);
  for (const s of selects) {
    const v = params.get(s.name);
    if (v && [...s.options].some((o) => o.value === v)) s.value = v;
  }

  const update = () => {
    const selected = selects.filter((s) => s.value).map((s) => ({ facet: s.name, key: s.value }));
    let shown = 0;
    for (const li of list.children as HTMLCollectionOf<HTMLElement>) {
      const show = matchesFilters(li.dataset, selected);
      li.hidden = !show;
      if (show) shown++;
    }
    const next = new URLSearchParams(selected.map(({ facet, key }) => [facet, key]));
    const query = next.size ? `?${next}` : '';
    history.replaceState(null, '', `${location.pathname}${query}`);
    for (const a of form.querySelectorAll<HTMLAnchorElement>('a[data-keep-filters]')) a.search = query;
    if (status) status.textContent = `当前显示 ${shown} 篇报告`;
  };
  form.addEventListener('change', update);
  form.addEventListener('reset', () => setTimeout(update, 0));
  form.addEventListener('submit', (e) => e.preventDefault());
  if (params.size) update();
}
