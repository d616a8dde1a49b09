/**
 * The report list's compact index: every report with only what a list row shows and what the
 * filters and sort orders test, published as /reports/list-index.json (by column,
 * ./report-list-file.ts). The list's static pages
 * are rendered from these rows too (./report-list-row.ts), so the browser, which loads this
 * file to filter and sort the whole corpus, shows exactly what the static pages show.
 *
 * Compact because every reader of the list may load it: short keys, rows as small objects
 * with empty fields left out, strings that repeat (places, issuers, types, themes, flag notes)
 * stored once in tables that rows point into by position. Rows are in title order, so that
 * order needs nothing and the others are a stable sort of it (./report-list-query.ts).
 */
import type { Flag, ReportMeta } from '../../shared/schemas/report.ts';
import { themeKey } from './facet-keys.ts';
import { flagLabel } from './labels.ts';
import { buildFilterModel, FACETS, type FacetName } from './report-facets.ts';
import { bylineName } from './report-meta.ts';
import { LIST_PAGE_SIZE } from './report-list-query.ts';
import { ROW_THEMES } from './report-list-row.ts';
import { sortReports } from './report-sort.ts';

/** A facet value: key, label, number of reports. */
export type IndexValue = [key: string, label: string, count: number];

export interface ListIndex {
  /** Reports per page of the list. */
  s: number;
  /** Each facet's values, in the order the filters offer them. */
  f: Record<FacetName, IndexValue[]>;
  /** The names a byline starts with (issuer, else place, else 未署名). */
  n: string[];
  /** Flags as badges show them: kind, label, note. */
  g: [kind: Flag['kind'], label: string, note: string][];
  /** Every report, in title order. */
  r: ListRow[];
}

export interface ListRow {
  /** Report id. */
  i: string;
  /** Title. */
  t: string;
  /** Characters of text. */
  c: number;
  /** Its value of the place facet (position in `f.place`). */
  p: number;
  /** Its byline's name (position in `n`). */
  n: number;
  /** Its value of the type facet (position in `f.type`). */
  d: number;
  /** Years, as the manifest lists them. */
  y?: number[];
  /** Flags (positions in `g`). */
  g?: number[];
  /**
   * The themes a row shows (the most mentioned, up to ROW_THEMES): for each, its position in
   * `f.theme`, its mentions, and the page of the theme's passages that lists this report's.
   */
  h?: number[];
  /** Its other themes (positions in `f.theme`), for the filter. */
  x?: number[];
}

/** What the index needs to know about one report. */
export interface ListIndexInput {
  id: string;
  meta: Pick<ReportMeta, 'title' | 'chars' | 'place' | 'issuer' | 'years' | 'docType' | 'flags'>;
  /** The themes it mentions, most mentioned first, with the page of the theme's passages that lists it. */
  themes: { id: string; name: string; count: number; page: number }[];
}

/** Builds the index, for pages of `pageSize`. Same reports in any order → the same index. */
export function buildListIndex(reports: readonly ListIndexInput[], pageSize = LIST_PAGE_SIZE): ListIndex {
  const model = buildFilterModel(reports);
  const position = (facet: FacetName) =>
    new Map(model.facets.find((f) => f.name === facet)!.values.map((v, i) => [v.key, i]));
  const at = Object.fromEntries(FACETS.map((f) => [f, position(f)])) as Record<FacetName, Map<string, number>>;
  const names = new Table<string>((s) => s);
  const flags = new Table<[Flag['kind'], string, string]>(([kind, , note]) => `${kind} ${note}`);
  const sorted = sortReports(
    reports.map((r) => ({ id: r.id, data: r.meta, input: r })),
    'title',
  );
  // Tables fill in title order, so they are the same whatever order the reports came in.
  const rows = sorted.map(({ input: r }): ListRow => {
    const keys = model.keys.get(r.id)!;
    const row: ListRow = {
      i: r.id,
      t: r.meta.title,
      c: r.meta.chars,
      p: at.place.get(keys.place[0])!,
      n: names.add(bylineName(r.meta)),
      d: at.type.get(keys.type[0])!,
    };
    if (r.meta.years.length) row.y = [...r.meta.years];
    if (r.meta.flags.length) row.g = r.meta.flags.map((f) => flags.add([f.kind, flagLabel[f.kind], f.note]));
    const themeAt = (t: ListIndexInput['themes'][number]) => at.theme.get(themeKey(t.id))!;
    if (r.themes.length) row.h = r.themes.slice(0, ROW_THEMES).flatMap((t) => [themeAt(t), t.count, t.page]);
    if (r.themes.length > ROW_THEMES) row.x = r.themes.slice(ROW_THEMES).map(themeAt);
    return row;
  });
  const f = Object.fromEntries(
    model.facets.map((facet) => [facet.name, facet.values.map((v): IndexValue => [v.key, v.label, v.count])]),
  ) as Record<FacetName, IndexValue[]>;
  return { s: pageSize, f, n: names.items, g: flags.items, r: rows };
}

/** Distinct items in order of first use, and each one's position. */
class Table<T> {
  readonly items: T[] = [];
  private readonly positions = new Map<string, number>();
  private readonly identity: (item: T) => string;
  constructor(identity: (item: T) => string) {
    this.identity = identity;
  }
  add(item: T): number {
    const id = this.identity(item);
    let at = this.positions.get(id);
    if (at === undefined) {
      at = this.items.push(item) - 1;
      this.positions.set(id, at);
    }
    return at;
  }
}
