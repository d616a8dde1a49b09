/**
 * The reports collection as pages use it: loaded once, in one stable order. The derived
 * values live in ./report-meta.ts and are re-exported here for the pages.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { placeTree, type PlaceNode } from './places.ts';

export * from './report-meta.ts';

export type ReportEntry = CollectionEntry<'reports'>;

let cached: Promise<ReportEntry[]> | undefined;

/**
 * Every report, sorted by id (source file, then part): the order of the source folder.
 * Loaded once per build; in dev every call reads the collection again, since a dropped-in
 * source changes it while the server runs.
 */
export function loadReports(): Promise<ReportEntry[]> {
  const load = () =>
    getCollection('reports').then((all) => all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

let titles: Promise<Map<string, string>> | undefined;

/** Report id → title, built once per build (report pages name the reports they share text with). */
export function reportTitles(): Promise<Map<string, string>> {
  const build = () => loadReports().then((all) => new Map(all.map((r) => [r.id, r.data.title])));
  if (import.meta.env.DEV) return build();
  titles ??= build();
  return titles;
}

let issuers: Promise<Map<string, ReportEntry[]>> | undefined;

/** Reports by issuer, built once per build (a report page lists its bureau's other years). */
export function reportsByIssuer(): Promise<Map<string, ReportEntry[]>> {
  const build = () =>
    loadReports().then((all) => {
      const map = new Map<string, ReportEntry[]>();
      for (const r of all) {
        if (r.data.issuer === null) continue;
        const list = map.get(r.data.issuer);
        if (list) list.push(r);
        else map.set(r.data.issuer, [r]);
      }
      return map;
    });
  if (import.meta.env.DEV) return build();
  issuers ??= build();
  return issuers;
}

let places: Promise<Map<string, PlaceNode>> | undefined;

/** The place tree of every report (./places.ts), built once per build: the place pages share it. */
export function reportPlaces(): Promise<Map<string, PlaceNode>> {
  const build = () =>
    loadReports().then((all) =>
      placeTree(all.map((r) => ({ id: r.id, placeCode: r.data.placeCode, placePath: r.data.placePath }))),
    );
  if (import.meta.env.DEV) return build();
  places ??= build();
  return places;
}
