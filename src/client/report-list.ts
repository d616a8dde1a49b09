/**
 * The report list with JavaScript. The page is one static page of the list (an order or a
 * facet value, ReportBrowser.astro); this script loads the list's index, fills the filters
 * from it, and from then on filters, sorts and pages the whole corpus in the browser, rendering
 * rows and pager as the build does. The state is in the URL: a static page's own path where
 * one exists (/reports/by/year/y2022/, /reports/page/2/), else the order's list with the
 * filters in the query (/reports/sorted/year/?year=y2022&theme=th-…&page=2), so a filtered
 * list can be shared and a change of order keeps the filters. The number of reports found is
 * announced to screen readers.
 */
import type { FacetName } from '../lib/report-facets.ts';
import type { ListIndex } from '../lib/report-list-index.ts';
import { decodeListIndex, type ListIndexFile } from '../lib/report-list-file.ts';
import { facetPagePath, listPagePath } from '../lib/report-list-paths.ts';
import { pageCount, pageRows, queryRows, type Selected } from '../lib/report-list-query.ts';
import { listHeading, listSummary, rowHtml } from '../lib/report-list-row.ts';
import { pagerHtml } from '../lib/pager.ts';
import type { SortKey } from '../lib/report-sort.ts';

interface ListState {
  selected: Selected[];
  page: number;
}

const PAGER_LABEL = '报告列表分页';

/** Where a state lives: its static page if it has one, else the order's list with a query. */
function pathOf(state: ListState, sort: SortKey): string {
  const { selected, page } = state;
  if (selected.length === 0) return listPagePath(sort, page);
  if (selected.length === 1 && sort === 'title') return facetPagePath(selected[0].facet, selected[0].key, page);
  const params = new URLSearchParams(selected.map(({ facet, key }) => [facet, key]));
  if (page > 1) params.set('page', String(page));
  return `${listPagePath(sort, 1)}?${params}`;
}

/** The filters' query, for the links to the other orders. */
function filterQuery(selected: readonly Selected[]): string {
  return selected.length ? `?${new URLSearchParams(selected.map(({ facet, key }) => [facet, key]))}` : '';
}

/** Runs on page load. */
export function enhanceReportList(): void {
  const root = document.querySelector<HTMLElement>('[data-report-list]');
  if (!root) return;
  const form = root.querySelector<HTMLFormElement>('[data-report-filters]')!;
  const list = root.querySelector<HTMLElement>('.report-list')!;
  const summary = root.querySelector<HTMLElement>('[data-list-summary]')!;
  const pager = root.querySelector<HTMLElement>('[data-list-pager]')!;
  const status = root.querySelector<HTMLElement>('[data-filter-status]')!;
  const selects = [...form.querySelectorAll('select')];
  const sort = root.dataset.sort as SortKey;
  const facetNames = selects.map((s) => s.name as FacetName);
  const heading = document.querySelector<HTMLElement>('[data-list-heading]');
  const intro = document.querySelector<HTMLElement>('[data-preset-intro]');

  // The page as served: its preset facet value and page number, and any filters in the query.
  const [presetFacet, presetKey] = (root.dataset.preset ?? '').split('=');
  const preset: Selected[] = presetFacet ? [{ facet: presetFacet as FacetName, key: presetKey }] : [];
  const params = new URLSearchParams(location.search);
  const fromQuery = facetNames.flatMap((facet) => {
    const key = params.get(facet);
    return key && !preset.some((p) => p.facet === facet) ? [{ facet, key }] : [];
  });
  const queried = fromQuery.length > 0 || params.has('page');
  const served: ListState = {
    selected: [...preset, ...fromQuery],
    page: queried ? Math.max(1, Math.trunc(Number(params.get('page'))) || 1) : Number(root.dataset.page),
  };

  let index: ListIndex | undefined;

  const show = (state: ListState, how: 'replace' | 'push' | 'none'): ListState => {
    if (!index) return state;
    const rows = queryRows(index, state.selected, sort);
    const pages = pageCount(rows.length, index.s);
    const page = Math.min(state.page, pages);
    const shown = { selected: state.selected, page };
    list.innerHTML = pageRows(rows, page, index.s)
      .map((row) => rowHtml(index!, row))
      .join('');
    summary.innerHTML = listSummary(rows.length, page, index.s);
    pager.innerHTML = pagerHtml(page, pages, (n) => pathOf({ ...shown, page: n }, sort), PAGER_LABEL);
    for (const s of selects) s.value = state.selected.find((x) => x.facet === s.name)?.key ?? '';
    for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-keep-filters]'))
      a.setAttribute('href', `${a.pathname}${filterQuery(shown.selected)}`);
    // A facet page's heading and introduction describe its own value only.
    const one = shown.selected.length === 1 ? shown.selected[0] : undefined;
    const label = one && index.f[one.facet].find(([key]) => key === one.key)?.[1];
    if (heading) heading.textContent = listHeading(label);
    if (intro) intro.hidden = !(one && preset.length === 1 && one.key === preset[0].key);
    const path = pathOf(shown, sort);
    if (how === 'replace') history.replaceState(shown, '', path);
    if (how === 'push') history.pushState(shown, '', path);
    return shown;
  };

  const selectedInForm = (): Selected[] =>
    selects.filter((s) => s.value).map((s) => ({ facet: s.name as FacetName, key: s.value }));

  form.addEventListener('change', () => {
    const { selected } = show({ selected: selectedInForm(), page: 1 }, 'replace');
    const count = index ? queryRows(index, selected, sort).length : 0;
    status.textContent = `找到 ${count} 篇报告`;
  });
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    show({ selected: [], page: 1 }, 'replace');
    status.textContent = `显示全部 ${index?.r.length ?? 0} 篇报告`;
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  pager.addEventListener('click', (e) => {
    const link = (e.target as Element).closest<HTMLAnchorElement>('a[href]');
    if (!index || !link || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    const now = (history.state as ListState | null) ?? served;
    const pages = pageCount(queryRows(index, now.selected, sort).length, index.s);
    const href = link.getAttribute('href');
    const page = Array.from({ length: pages }, (_, i) => i + 1).find((n) => pathOf({ ...now, page: n }, sort) === href);
    if (page === undefined) return;
    e.preventDefault();
    show({ selected: now.selected, page }, 'push');
    status.textContent = `第 ${page} 页`;
    summary.scrollIntoView({ block: 'start' });
    summary.focus({ preventScroll: true });
  });
  addEventListener('popstate', (e) => {
    show((e.state as ListState | null) ?? served, 'none');
  });

  fetch(root.dataset.index!)
    .then((res) => {
      if (!res.ok) throw new Error(`${res.status}`);
      return res.json() as Promise<ListIndexFile>;
    })
    .then((file) => {
      const loaded = decodeListIndex(file);
      index = loaded;
      for (const s of selects) {
        const values = loaded.f[s.name as FacetName] ?? [];
        s.replaceChildren(
          new Option('全部', ''),
          ...values.map(([key, label, count]) => new Option(`${label}（${count}）`, key)),
        );
        s.disabled = false;
      }
      form.querySelector('button[type="reset"]')?.removeAttribute('disabled');
      // Keys the index does not know (an old link) are dropped.
      const known = served.selected.filter(({ facet, key }) => loaded.f[facet]?.some(([k]) => k === key));
      const state = { ...served, selected: known };
      if (queried) show(state, 'replace');
      else {
        for (const s of selects) s.value = state.selected.find((x) => x.facet === s.name)?.key ?? '';
        history.replaceState(state, '', location.href);
      }
    })
    .catch(() => {
      status.textContent = '筛选暂时无法使用：报告索引未能载入。';
    });
}
