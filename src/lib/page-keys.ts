/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose
 * key and code are unchanged since the last build is copied from it instead of rendered.
 * A key is a hash of everything the page shows that does not come from its code: the report
 * files it reads, its slices of the analysis, the titles of the reports it links to. Missing
 * one input means a stale page, so tests/e2e/incremental.test.ts builds a corpus step by step
 * and compares every step's dist/ with a clean build's, byte for byte.
 *
 * A page that shows a corpus-wide figure (a theme's share of each year's reports, a place's
 * theme profile) is keyed on that figure, so it is rebuilt whenever the figure changes. Pages
 * with no key (the home page, the indexes of themes, places and passages) are rendered on
 * every build.
 */
import { createHash } from 'node:crypto';
import type { PassageFamily, ThemeEntry } from '../../shared/schemas/analysis.ts';
import { allSeries, sinceLastYear, type SeriesReport } from '../../shared/series.ts';
import {
  analysis,
  clusterOf,
  familiesOf,
  indicatorsOf,
  internalRepeatsOf,
  pairsOf,
  themeOf,
  themesOfReport,
} from './analysis.ts';
import { peersOf, type PlaceNode, type shownProfile } from './places.ts';
import type { FacetName } from './report-facets.ts';
import { listRows } from './report-list.ts';
import type { ListIndex } from './report-list-index.ts';
import { pageRows, type Selected } from './report-list-query.ts';
import { rowHtml } from './report-list-row.ts';
import type { SortKey } from './report-sort.ts';
import { themeUrl } from './theme-pages.ts';
import type { ReportEntry } from './reports.ts';

/**
 * The key `make` gives, in a build; none in dev, where pages are rendered on request and never
 * cached, and a key would be worked out for every page each time a report changes.
 */
export function buildKey(make: () => string): string | undefined {
  return import.meta.env.DEV ? undefined : make();
}

/** A hash of the inputs, in order; Maps and Sets are hashed as their entries. */
export function pageKey(...inputs: unknown[]): string {
  const json = JSON.stringify(inputs, (_, value: unknown) =>
    value instanceof Map ? [...value] : value instanceof Set ? [...value] : value,
  );
  return createHash('sha256').update(json).digest('base64url').slice(0, 32);
}

const namesOf = new WeakMap<readonly ThemeEntry[], Array<[string, string]>>();

/** Theme id → name (every page that names a theme by id shows it), listed once per analysis. */
function themeNames(): Array<[string, string]> {
  const themes = analysis.themes;
  let names = namesOf.get(themes);
  if (names === undefined) namesOf.set(themes, (names = themes.map((t) => [t.id, t.name])));
  return names;
}

const seriesHashes = new WeakMap<readonly ReportEntry[], { series: SeriesEntry[]; hash: string }>();

type SeriesEntry = SeriesReport & { title: string };

/** An issuer's series (the same for each of its reports), and a hash of what its list shows. */
function issuerSeries(sameIssuer: readonly ReportEntry[]): { series: SeriesEntry[]; hash: string } {
  let found = seriesHashes.get(sameIssuer);
  if (found === undefined) {
    const series = allSeries(sameIssuer.map((r) => r.data))[0]?.[1] ?? [];
    found = { series, hash: pageKey(series.map((r) => [r.id, r.title, r.years])) };
    seriesHashes.set(sameIssuer, found);
  }
  return found;
}

/**
 * What 历年报告 (components/ReportSeries.astro) shows on a report's page: its issuer's
 * reports over the years, and what changed since last year's (themes, carried text, figures).
 */
function seriesKey(entry: ReportEntry, sameIssuer: readonly ReportEntry[]): unknown {
  const report = entry.data;
  // seriesOf(report, sameIssuer), without filtering the issuer's reports once per report.
  if (report.issuer === null || report.years.length === 0) return null;
  const { series, hash } = issuerSeries(sameIssuer);
  const change = sinceLastYear(report, series);
  if (!change) return hash;
  const previous = change.previous.id;
  return [hash, change, indicatorsOf(previous), pairsOf(entry.id).find((p) => p.other === previous)];
}

/**
 * A report page (pages/reports/[id].astro): its own file, its analysis slices, the titles of
 * the reports it links to, and its issuer's series with what changed since last year's.
 */
export function reportPageKey(entry: ReportEntry, titles: Map<string, string>, sameIssuer: ReportEntry[]): string {
  const id = entry.id;
  const pairs = pairsOf(id);
  const cluster = clusterOf(id);
  const families = familiesOf(id);
  const linked = new Set([
    ...pairs.map((p) => p.other),
    ...(cluster ?? []),
    ...families.flatMap((f) => f.copies.map((c) => c.reportId)),
  ]);
  return pageKey(
    entry.digest,
    analysis.available,
    themesOfReport(id).map(({ theme, count }) => [theme.id, count, themeUrl(theme.id, id)]),
    indicatorsOf(id),
    pairs,
    internalRepeatsOf(id),
    cluster,
    families,
    [...linked].sort().map((other) => [other, titles.get(other)]),
    seriesKey(entry, sameIssuer),
    themeNames(),
  );
}

/** A side-by-side comparison (pages/compare/[a]/[b].astro): both files and the theme names. */
export function comparePageKey(a: ReportEntry, b: ReportEntry): string {
  return pageKey(a.digest, b.digest, themeNames());
}

/**
 * A later page of a theme's passages (pages/themes/[id]/[page].astro): the theme's name, the
 * passages of the reports on the page, their titles, and which page of how many it is (the
 * totals are on the theme's first page only, so that a report added elsewhere in the list
 * leaves this page as it was).
 */
export function themePassagesPageKey(
  theme: ThemeEntry,
  reportIds: readonly string[],
  page: number,
  pages: number,
  titles: Map<string, string>,
): string {
  const onPage = new Set(reportIds);
  return pageKey(
    theme.id,
    theme.name,
    theme.occurrences.filter((o) => onPage.has(o.reportId)),
    page,
    pages,
    reportIds.map((id) => [id, titles.get(id)]),
  );
}

/** The names of the themes a theme page links to. */
function linkedThemeNames(theme: ThemeEntry): Array<[string, string | undefined]> {
  return [...theme.related, ...theme.cooccurring.map((c) => c.theme)].map((id) => [id, themeOf(id)?.name]);
}

/** A passage family's page (pages/passages/[id].astro): the family, and its holders' titles and bylines. */
export function familyPageKey(family: PassageFamily, reports: Map<string, ReportEntry>): string {
  return pageKey(
    family,
    family.copies.map((c) => {
      const d = reports.get(c.reportId)?.data;
      return [c.reportId, d?.title, d?.issuer, d?.place];
    }),
  );
}

/**
 * A theme's page (pages/themes/[id].astro): the theme, the titles of the reports it lists,
 * the names of the themes it links to, the corpus size and the shares it charts.
 */
export function themePageKey(
  theme: ThemeEntry,
  titles: Map<string, string>,
  reports: number,
  ...charts: unknown[]
): string {
  const listed = new Set([...theme.perReport.map((p) => p.reportId), ...theme.occurrences.map((o) => o.reportId)]);
  return pageKey(
    theme,
    [...listed].sort().map((id) => [id, titles.get(id)]),
    linkedThemeNames(theme),
    reports,
    charts,
  );
}

/**
 * A page of the report list (components/ReportListPage.astro): which facets exist, the
 * value it lists with its count, how many rows the list has (the summary and the pager), the
 * rows of the page as they are written, and the corpus size on the pages that state it.
 */
export function listPageKey(index: ListIndex, sort: SortKey, page: number, preset?: Selected): string {
  const rows = listRows(index, sort, preset);
  return pageKey(
    sort,
    page,
    preset,
    (Object.keys(index.f) as FacetName[]).filter((f) => index.f[f].length > 0),
    preset && index.f[preset.facet].find(([key]) => key === preset.key),
    rows.length,
    index.s,
    pageRows(rows, page, index.s).map((row) => rowHtml(index, row)),
    preset ? null : index.r.length,
  );
}

/** A facet's page of values (pages/reports/by/[facet].astro): every facet's values and counts. */
export function facetValuesPageKey(index: ListIndex, facet: FacetName): string {
  return pageKey(facet, index.f);
}

/**
 * A place's page (pages/places/[code].astro): the place, the places it links to with their
 * report counts, its reports, their figures, and its theme profile against the corpus.
 */
export function placePageKey(
  tree: Map<string, PlaceNode>,
  place: PlaceNode,
  reports: Map<string, ReportEntry>,
  profile: ReturnType<typeof shownProfile>,
): string {
  const linked = [...place.chain, ...place.children, ...peersOf(tree, place.code).map((p) => p.code)].map((code) => {
    const node = tree.get(code);
    return [code, node?.name, node?.reports.length];
  });
  return pageKey(
    place,
    linked,
    place.reports.map((id) => [id, reports.get(id)?.digest, indicatorsOf(id)]),
    profile.map((p) => [p.theme, p.shown]),
    themeNames(),
  );
}
