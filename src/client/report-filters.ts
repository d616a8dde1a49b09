/**
 * Progressive enhancement of the report list's filters, which already work through CSS:
 * the selected values go into the URL (?year=y2022&theme=th-…) so a filtered list can be
 * shared or bookmarked and survives a change of sort order, and the number of reports shown
 * is announced to screen readers.
 */

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
    const next = new URLSearchParams();
    for (const s of selects) if (s.value) next.set(s.name, s.value);
    const query = next.size ? `?${next}` : '';
    history.replaceState(null, '', `${location.pathname}${query}`);
    for (const a of form.querySelectorAll<HTMLAnchorElement>('a[data-keep-filters]')) a.search = query;
    const shown = [...list.children].filter((li) => (li as HTMLElement).offsetParent !== null).length;
    if (status) status.textContent = `当前显示 ${shown} 篇报告`;
  };
  form.addEventListener('change', update);
  form.addEventListener('reset', () => setTimeout(update, 0));
  form.addEventListener('submit', (e) => e.preventDefault());
  if (params.size) update();
}
