/**
 * The public downloads, which the site copies to `/data/`: the manifest, the themes, every
 * passage (block) with its themes, the theme × report matrix, copied passages and
 * indicators. CSV for spreadsheets (see exports/csv.ts), JSON where the structure matters.
 */
import type { Copies, Indicator, ThemeEntry } from '../../shared/schemas/analysis.ts';
import { byCodePoint, type CorpusReport } from './corpus.ts';
import { compareReports, type Piece } from '../../shared/compare.ts';
import { allSeries, figureChanges, sinceLastYear } from '../../shared/series.ts';
import { csvFrom, csvRecord, toCsv } from './exports/csv.ts';
import { dataPackage } from './exports/datapackage.ts';

/** An export as a table: its header and rows, written as CSV and, for some, as JSON too. */
export interface Table {
  columns: string[];
  rows: Array<Array<string | number | boolean | null>>;
}

const csvOf = (t: Table): string => toCsv(t.columns, t.rows);

/** A table as JSON: one object per row, keyed by the CSV's column names, empty cells null. */
function jsonOf(t: Table): string {
  return json(t.rows.map((row) => Object.fromEntries(t.columns.map((c, i) => [c, row[i] ?? null]))));
}

/**
 * Where and when a report is, as columns: its GB/T 2260 code, province, city, county (each
 * empty where the place does not go that deep) and the years it covers (first;last).
 */
export const PLACE_COLUMNS = ['place_code', 'province', 'city', 'county', 'year_from', 'year_to'] as const;

function placeCells(meta: CorpusReport['meta'] | undefined): Array<string | number | null> {
  if (!meta) return [null, null, null, null, null, null];
  const path = meta.placePath;
  const county = meta.placeCode && !meta.placeCode.endsWith('00') ? path.at(-1)! : null;
  const city = path.length === 3 ? path[1] : path.length === 2 && !county ? path[1] : null;
  return [meta.placeCode, path[0] ?? null, city, county, meta.years[0] ?? null, meta.years.at(-1) ?? null];
}

/** One report's records of passages.csv: each block with its nearest heading and the themes it mentions. */
export function passageRecords(r: CorpusReport): string {
  let heading = '';
  return r.blocks
    .map((b) => {
      if (b.kind === 'heading') heading = b.text;
      const themes = [...new Set(b.marks.filter((m) => m.kind === 'theme').map((m) => m.theme!))];
      return csvRecord([
        r.meta.id,
        b.id,
        b.kind,
        b.level,
        b.kind === 'heading' ? '' : heading,
        themes.join(';'),
        [...b.text].length,
        b.text,
      ]);
    })
    .join('');
}

/** Every block of every report (see passageRecords; `recordsOf`: a cache's, else computed). */
export function passagesCsv(reports: CorpusReport[], recordsOf = passageRecords): string {
  const records = [...reports].sort((a, b) => byCodePoint(a.meta.id, b.meta.id)).map((r) => recordsOf(r));
  return csvFrom(['report_id', 'block_id', 'kind', 'level', 'heading', 'themes', 'chars', 'text'], records);
}

/** Reports × themes: mentions of each theme (taxonomy order) in each report. */
export function themeMatrixCsv(reports: CorpusReport[], themes: ThemeEntry[]): string {
  const rows = [...reports]
    .sort((a, b) => byCodePoint(a.meta.id, b.meta.id))
    .map((r) => [r.meta.id, r.meta.title, ...placeCells(r.meta), ...themes.map((t) => r.meta.themes[t.id] ?? 0)]);
  return toCsv(['report_id', 'title', ...PLACE_COLUMNS, ...themes.map((t) => t.id)], rows);
}

/** One row per indicator, with its report's place and years. */
export function indicatorsCsv(indicators: Indicator[], reports: CorpusReport[]): string {
  const metaOf = new Map(reports.map((r) => [r.meta.id, r.meta]));
  const rows = indicators.map((i) => [
    i.reportId,
    i.blockId,
    ...placeCells(metaOf.get(i.reportId)),
    i.indicator,
    i.canonical,
    i.kind,
    i.value,
    i.unit,
    i.masked,
    i.raw,
    i.year,
    i.sentence,
  ]);
  return toCsv(
    [
      'report_id',
      'block_id',
      ...PLACE_COLUMNS,
      'indicator',
      'canonical',
      'kind',
      'value',
      'unit',
      'masked',
      'raw',
      'year',
      'sentence',
    ],
    rows,
  );
}

/**
 * The same bureau over the years: one row per report of an issuer with reports for two or
 * more years, oldest first, with the report of the year before, the themes it added and
 * dropped, the characters carried over from it (the pair's shared passages, boilerplate left
 * out) and the figures that changed (the report page's 历年报告, shared/series.ts, as data).
 */
export function seriesTable(reports: CorpusReport[], copies?: Copies, indicators: Indicator[] = []): Table {
  const carried = new Map<string, number>();
  for (const pair of copies?.pairs ?? []) {
    carried.set(`${pair.a}\u0000${pair.b}`, pair.sharedChars);
    carried.set(`${pair.b}\u0000${pair.a}`, pair.sharedChars);
  }
  const figures = new Map<string, Indicator[]>();
  for (const i of indicators) (figures.get(i.reportId) ?? figures.set(i.reportId, []).get(i.reportId)!).push(i);
  const rows: Array<Array<string | number | null>> = [];
  for (const [issuer, series] of allSeries(reports.map((r) => r.meta))) {
    for (const r of series) {
      const change = sinceLastYear(r, series);
      const previous = change?.previous.id;
      rows.push([
        issuer,
        r.id,
        Math.max(...r.years),
        previous ?? null,
        change?.added.join(';') ?? null,
        change?.dropped.join(';') ?? null,
        previous ? (carried.get(`${previous}\u0000${r.id}`) ?? 0) : null,
        previous
          ? figureChanges(figures.get(previous) ?? [], figures.get(r.id) ?? [])
              .map((f) => `${f.indicator} ${f.before}→${f.now}`)
              .join(';')
          : null,
      ]);
    }
  }
  return {
    columns: [
      'issuer',
      'report_id',
      'year',
      'previous_id',
      'themes_added',
      'themes_dropped',
      'carried_chars',
      'figures_changed',
    ],
    rows,
  };
}

/** series.csv (see seriesTable). */
export const seriesCsv = (...args: Parameters<typeof seriesTable>): string => csvOf(seriesTable(...args));

/** A passage's text on one side, its own changes in brackets: 为了缩小城乡、区域[、]校际…. */
function passageText(blocks: ReturnType<typeof compareReports>['a'], n: number): string {
  return blocks
    .flatMap((b) => b.pieces)
    .filter((p: Piece) => p.passage === n)
    .map((p: Piece) => (p.kind === 'changed' ? `[${p.text}]` : p.text))
    .join('');
}

/** One row of pairs.csv: a passage of a pair, as pairsTable writes it. */
export type PairRow = Array<string | number>;

/**
 * The rows of one pair (both reports known, a ≠ b): its passages aligned as the comparison
 * pages show them. A function of the two reports only, so a cache can keep it by their hashes.
 */
export function pairRows(a: CorpusReport, b: CorpusReport): PairRow[] {
  const c = compareReports(a.blocks, b.blocks);
  return c.passages.map((p) => [
    a.meta.id,
    b.meta.id,
    p.n,
    p.aBlock,
    p.bBlock,
    p.shared,
    passageText(c.a, p.n),
    passageText(c.b, p.n),
  ]);
}

/**
 * The pairs the analysis found, aligned as the comparison pages show them: one row per shared
 * passage, where it is on either side, how many characters both have, and each side's text
 * with its own changes in brackets.
 */
export function pairsTable(reports: CorpusReport[], copies: Copies, rowsOf = pairRows): Table {
  const byId = new Map(reports.map((r) => [r.meta.id, r]));
  const rows: PairRow[] = [];
  for (const pair of copies.pairs) {
    const [a, b] = [byId.get(pair.a), byId.get(pair.b)];
    if (!a || !b || pair.a === pair.b) continue;
    rows.push(...rowsOf(a, b));
  }
  return { columns: ['a', 'b', 'passage', 'a_block', 'b_block', 'shared_chars', 'a_text', 'b_text'], rows };
}

/** pairs.csv (see pairsTable). */
export const pairsCsv = (reports: CorpusReport[], copies: Copies): string => csvOf(pairsTable(reports, copies));

/**
 * Passage families (copies.json's `families`): one row per copy, in time order within its
 * family, with the consensus text and the copy's own wording in brackets, as on /passages/<id>/.
 */
export function familiesCsv(copies: Copies): string {
  const rows: Array<Array<string | number | boolean | null>> = [];
  for (const family of copies.families ?? []) {
    family.copies.forEach((copy, k) => {
      rows.push([
        family.id,
        family.reports,
        family.consensus,
        k + 1,
        copy.reportId,
        copy.blockId,
        copy.years.join(';') || null,
        copy.date,
        family.earliest.includes(copy.reportId),
        copy.pieces.map(([common, text]) => (common ? text : `[${text}]`)).join(''),
      ]);
    });
  }
  return toCsv(
    ['family', 'reports', 'consensus', 'order', 'report_id', 'block_id', 'years', 'date', 'earliest', 'text'],
    rows,
  );
}

/** Compact JSON with a final newline: the analysis files can be large. */
export function json(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/** The files the exports are, in order: known before anything is computed, for the output folder's check. */
export const EXPORT_NAMES = [
  'reports.json',
  'themes.json',
  'passages.csv',
  'theme-matrix.csv',
  'copies.json',
  'indicators.csv',
  'series.csv',
  'series.json',
  'pairs.csv',
  'pairs.json',
  'families.csv',
  'datapackage.json',
] as const;

/**
 * The export folder's files by name. `manifest` is content/reports/reports.json as written.
 * `timings`, when given, receives each file's milliseconds (for the benchmark).
 */
export function exportFiles(
  input: {
    reports: CorpusReport[];
    manifest: string;
    themes: ThemeEntry[];
    copies: Copies;
    indicators: Indicator[];
    /** One pair's rows of pairs.csv, and one report's records of passages.csv, from a cache; computed when left out. */
    pairRowsOf?: (a: CorpusReport, b: CorpusReport) => PairRow[];
    passageRecordsOf?: (report: CorpusReport) => string;
    /** themes.json and copies.json as already written for the analysis folder (the same text). */
    written?: { themes: string; copies: string };
  },
  timings?: Map<string, number>,
): Map<string, string> {
  let series: Table | undefined;
  let pairs: Table | undefined;
  const seriesOnce = () => (series ??= seriesTable(input.reports, input.copies, input.indicators));
  const pairsOnce = () => (pairs ??= pairsTable(input.reports, input.copies, input.pairRowsOf));
  const makers: Array<[string, () => string]> = [
    ['reports.json', () => input.manifest],
    ['themes.json', () => input.written?.themes ?? json(input.themes)],
    ['passages.csv', () => passagesCsv(input.reports, input.passageRecordsOf)],
    ['theme-matrix.csv', () => themeMatrixCsv(input.reports, input.themes)],
    ['copies.json', () => input.written?.copies ?? json(input.copies)],
    ['indicators.csv', () => indicatorsCsv(input.indicators, input.reports)],
    ['series.csv', () => csvOf(seriesOnce())],
    ['series.json', () => jsonOf(seriesOnce())],
    ['pairs.csv', () => csvOf(pairsOnce())],
    ['pairs.json', () => jsonOf(pairsOnce())],
    ['families.csv', () => familiesCsv(input.copies)],
    ['datapackage.json', () => `${JSON.stringify(dataPackage(input.themes.map((t) => t.id)), null, 2)}\n`],
  ];
  const files = new Map<string, string>();
  if (makers.some(([name], i) => EXPORT_NAMES[i] !== name)) throw new Error('exports: EXPORT_NAMES is out of date');
  for (const [name, make] of makers) {
    const started = performance.now();
    files.set(name, make());
    timings?.set(name, performance.now() - started);
  }
  return files;
}
