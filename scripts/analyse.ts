/**
 * `npm run analyse -- [--reports content/reports] [--out content/analysis] [--themes content/themes.yaml] [--cache .cache/analysis]`
 *
 * Reads the reports the ingest wrote (MDX + reports.json, through read.ts), runs the corpus
 * analysis and writes content/analysis/: themes.json, copies.json, phrases.json,
 * indicators.json, and exports/ (the public downloads the site serves under /data/). Same
 * input → byte-identical output. A malformed taxonomy or report stops it with one line.
 * It deletes only files it wrote: those an earlier run recorded in `<out>/.written.json`
 * and this run no longer writes; an output folder holding anything else is refused (exit 2).
 * With a cache folder (the command's default, `.cache/analysis`; `--cache ''` for none),
 * per-report parts and the phrase counts are kept between runs (analyse/cache/), so building
 * again after one report changes redoes that report's share; the files written are the same
 * as without the cache.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { byCodePoint, parseReport, type CorpusReport } from './analyse/corpus.ts';
import { analyseCorpus, analysisFiles, type Analysis, type AnalysisParts } from './analyse/analyse-corpus.ts';
import { AnalysisCache, contentHash } from './analyse/cache/analysis-cache.ts';
import { cachedParts } from './analyse/cache/cached-parts.ts';
import type { PhraseCountStats } from './analyse/cache/phrase-counts.ts';
import { EXPORT_NAMES } from './analyse/exports.ts';
import { ANALYSIS_FILES } from '../shared/schemas/analysis.ts';
import { parseTaxonomy, TaxonomyError } from './ingest/themes.ts';
import { TEMP_FILE, writeAtomic } from './lib/atomic-write.ts';
import { checkPlace, FolderError, refuseForeign } from './lib/folder-guard.ts';

/** What went wrong, in one line for the user. */
export class AnalyseError extends Error {
  override name = 'AnalyseError';
}

/** Where to read the reports and the taxonomy, and where to write. */
export interface AnalyseOptions {
  reports: string;
  out: string;
  themes: string;
  /** The cache folder; none: everything is computed afresh. */
  cache?: string;
}

/** What one run did: for the summary line, the tests and the benchmark. */
export interface AnalyseSummary {
  reports: number;
  analysis: Analysis;
  written: number;
  deleted: number;
  ms: number;
  /** Milliseconds each export file took to make. */
  exportMs: Map<string, number>;
  /** With a cache: whether the phrase counts were made afresh, or updated by how many reports. */
  phraseCounts?: PhraseCountStats;
}

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/**
 * The reports of a folder, read through read.ts, in id order. `hashes`, when given,
 * receives each report's content hash (of its MDX) by id.
 */
export function readCorpus(dir: string, hashes?: Map<string, string>): CorpusReport[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new AnalyseError(`reports folder not found: ${display(dir)} (run npm run ingest first)`);
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .sort(byCodePoint);
  return names.map((name) => {
    try {
      const mdx = readFileSync(join(dir, name), 'utf8');
      const report = parseReport(mdx);
      hashes?.set(report.meta.id, contentHash(mdx));
      return report;
    } catch (error) {
      throw new AnalyseError(
        `${display(join(dir, name))}: not a report the ingest wrote (${(error as Error).message.split('\n')[0]})`,
      );
    }
  });
}

/** The record of the files a run wrote, in the output folder: what a later run may delete. */
const RECORD = '.written.json';

/** Entries under `dir` (one level of subfolders), relative; a folder deeper down is listed as itself. */
function existing(dir: string): Array<{ name: string; file: boolean }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? readdirSync(join(dir, e.name), { withFileTypes: true }).map((f) => ({
          name: `${e.name}/${f.name}`,
          file: f.isFile(),
        }))
      : [{ name: e.name, file: e.isFile() }],
  );
}

/**
 * True when `path` holds `text` already. The sizes are compared first: after a report is
 * added most files differ in length, and reading them back (~400 MB at 10,000 reports) only
 * to find that out cost about 2 s.
 */
function unchanged(path: string, text: string): boolean {
  if (!existsSync(path) || statSync(path).size !== Buffer.byteLength(text)) return false;
  return readFileSync(path, 'utf8') === text;
}

/** The files an earlier run recorded as written, or none. */
function recorded(dir: string): Set<string> {
  try {
    const names = JSON.parse(readFileSync(join(dir, RECORD), 'utf8')) as unknown;
    return new Set(Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Every file name the analysis writes, relative to its output folder. */
const WRITTEN_NAMES = [
  ...Object.entries(ANALYSIS_FILES).flatMap(([key, name]) => (key === 'exportsDir' ? [] : [name])),
  ...EXPORT_NAMES.map((name) => `${ANALYSIS_FILES.exportsDir}/${name}`),
];

/**
 * Refuses (FolderError) an output folder holding anything but what this run writes (`writes`),
 * what an earlier run recorded, the record and a killed run's temporary files; returns what
 * the folder holds.
 */
function refuseForeignOutput(out: string, writes: ReadonlySet<string>): Array<{ name: string; file: boolean }> {
  const before = existing(out);
  const earlier = recorded(out);
  const ours = (e: { name: string; file: boolean }) =>
    e.file &&
    (writes.has(e.name) ||
      earlier.has(e.name) ||
      e.name === RECORD ||
      TEMP_FILE.test(e.name.slice(e.name.lastIndexOf('/') + 1)));
  refuseForeign(
    'output folder',
    out,
    before
      .filter((e) => !ours(e))
      .map((e) => e.name)
      .sort(),
  );
  return before;
}

/** Runs the analysis (see the module comment). Throws AnalyseError / TaxonomyError. */
export function analyse(options: AnalyseOptions): AnalyseSummary {
  const started = performance.now();
  checkPlace('output folder', options.out, [{ role: 'reports folder', dir: options.reports }]);
  if (options.cache)
    checkPlace('cache folder', options.cache, [
      { role: 'reports folder', dir: options.reports },
      { role: 'output folder', dir: options.out },
    ]);
  let themesText: string;
  try {
    themesText = readFileSync(options.themes, 'utf8');
  } catch {
    throw new TaxonomyError(`${display(options.themes)}: theme taxonomy not found`);
  }
  const taxonomy = parseTaxonomy(themesText, display(options.themes));
  // An output folder holding what this command never writes is refused before anything is
  // computed or cached: the names it writes are known beforehand (checked again at the end).
  refuseForeignOutput(options.out, new Set(WRITTEN_NAMES));
  const cache = options.cache ? new AnalysisCache(options.cache) : undefined;
  const hashes = new Map<string, string>();
  const reports = readCorpus(options.reports, hashes);
  const manifestPath = join(options.reports, 'reports.json');
  if (!existsSync(manifestPath))
    throw new AnalyseError(`${display(manifestPath)} not found (run npm run ingest first)`);
  const manifest = readFileSync(manifestPath, 'utf8');

  const phraseCounts: PhraseCountStats | undefined = cache ? { full: true, added: 0, removed: 0 } : undefined;
  const parts: AnalysisParts = cache ? cachedParts(cache, (r) => hashes.get(r.meta.id)!, { stats: phraseCounts }) : {};
  const analysis = analyseCorpus(reports, taxonomy, parts);
  const exportMs = new Map<string, number>();
  const files = analysisFiles(analysis, reports, manifest, exportMs, parts);
  cache?.close();
  const before = refuseForeignOutput(options.out, new Set(files.keys()));
  let written = 0;
  for (const [name, text] of files) {
    const path = join(options.out, name);
    if (unchanged(path, text)) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeAtomic(path, text);
    written++;
  }
  let deleted = 0;
  for (const { name } of before) {
    if (files.has(name) || name === RECORD) continue;
    rmSync(join(options.out, name), { force: true });
    if (!TEMP_FILE.test(name.slice(name.lastIndexOf('/') + 1))) deleted++;
  }
  const record = `${JSON.stringify([...files.keys()].sort())}\n`;
  if (!existsSync(join(options.out, RECORD)) || readFileSync(join(options.out, RECORD), 'utf8') !== record)
    writeAtomic(join(options.out, RECORD), record);
  return {
    reports: reports.length,
    analysis,
    written,
    deleted,
    ms: performance.now() - started,
    exportMs,
    phraseCounts,
  };
}

/** The summary line. */
export function summaryLine(s: AnalyseSummary): string {
  const a = s.analysis;
  const mentioned = a.themes.filter((t) => t.mentionCount > 0).length;
  const masked = a.indicators.filter((i) => i.masked).length;
  const p = s.phraseCounts;
  const counts = !p ? '' : p.full ? 'phrases counted afresh; ' : `phrase counts updated (+${p.added} −${p.removed}); `;
  return (
    `analyse: ${s.reports} reports → ${mentioned}/${a.themes.length} themes mentioned, ` +
    `${a.copies.pairs.length} copied pair(s), ${a.copies.internal.length} internal repeat(s), ${a.copies.clusters.length} cluster(s), ` +
    `${a.phrases.length} phrases, ${a.indicators.length} indicators (${masked} masked); wrote ${s.written}, deleted ${s.deleted}; ` +
    `${counts}${(s.ms / 1000).toFixed(2)} s`
  );
}

function main(): void {
  const { values } = parseArgs({
    options: {
      reports: { type: 'string', default: 'content/reports' },
      out: { type: 'string', default: 'content/analysis' },
      themes: { type: 'string', default: 'content/themes.yaml' },
      cache: { type: 'string', default: '.cache/analysis' },
    },
  });
  try {
    const summary = analyse({
      reports: resolve(values.reports),
      out: resolve(values.out),
      themes: resolve(values.themes),
      cache: values.cache ? resolve(values.cache) : undefined,
    });
    console.log(summaryLine(summary));
  } catch (error) {
    if (!(error instanceof AnalyseError || error instanceof TaxonomyError || error instanceof FolderError)) throw error;
    console.error(`analyse: ${error.message}`);
    process.exit(error instanceof FolderError ? 2 : 1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
