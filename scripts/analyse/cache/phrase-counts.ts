/**
 * The phrase finder's counts kept between runs: the last run's n-gram table
 * (phrases/ngram-table.ts) and which reports (id and content hash) it counted. The next run
 * takes away the counts of reports removed or changed since and adds those of reports added
 * or changed, instead of counting the corpus again (at 10,000 reports: ~20 s for a full
 * count, well under a second for one report). The codes of every report counted are kept too
 * (by content hash), since a removed report's text is gone by the time its counts must be
 * taken away.
 *
 * A full count is made when there is no table, when the one there cannot be updated (a
 * removed report's codes missing), or when it would no longer be complete: each report added
 * uses up one of the MARGIN reports the table counts below the threshold.
 */
import type { CorpusReport } from '../corpus.ts';
import type { PhraseCounter } from '../phrases.ts';
import { applyReport, complete, countTable, type NgramTable, type TableGram } from '../phrases/ngram-table.ts';
import { ngramKey } from '../phrases/ngrams.ts';
import { codesToText, textToCodes } from '../phrases/report-codes.ts';
import type { AnalysisCache } from './analysis-cache.ts';

/** Reports that can be added between full counts (the floor's distance below the threshold). */
export const MARGIN = 10;
const STATE = 'phrase-counts';
const CODES = 'phrasecodes';

interface Saved {
  minN: number;
  maxN: number;
  floor: number;
  outside: number;
  /** The reports counted: [id, content hash]. */
  reports: Array<[string, string]>;
  grams: Array<[string, number, number]>;
}

/** What the last run counted, or undefined. */
function load(cache: AnalysisCache): { table: NgramTable; reports: Array<[string, string]> } | undefined {
  const body = cache.readState(STATE);
  if (body === undefined) return undefined;
  try {
    const s = JSON.parse(body) as Saved;
    const grams = new Map<number, TableGram>();
    for (const [text, df, tf] of s.grams) {
      const cps = [...text].map((c) => c.codePointAt(0)!);
      grams.set(ngramKey(cps), { text, n: cps.length, df, tf });
    }
    return { table: { minN: s.minN, maxN: s.maxN, floor: s.floor, outside: s.outside, grams }, reports: s.reports };
  } catch {
    return undefined;
  }
}

function save(cache: AnalysisCache, table: NgramTable, reports: Array<[string, string]>): void {
  const s: Saved = {
    minN: table.minN,
    maxN: table.maxN,
    floor: table.floor,
    outside: table.outside,
    reports,
    grams: [...table.grams.values()].map((g) => [g.text, g.df, g.tf]),
  };
  cache.writeState(STATE, JSON.stringify(s));
}

/** What a run did with the counts, for the summary and the tests. */
export interface PhraseCountStats {
  full: boolean;
  added: number;
  removed: number;
}

/** The floor a full count is made at: MARGIN below the threshold, not under half of it (a small corpus's table stays small). */
export const floorFor = (minDf: number): number => Math.max(Math.ceil(minDf / 2), minDf - MARGIN);

/**
 * A PhraseCounter that updates the cached table when it can (see the module comment);
 * `hashOf` gives a report's content hash. `stats`, when given, says what it did; `floorOf`
 * is for the tests, whose small corpora leave no margin under the default.
 */
export function cachedCounter(
  cache: AnalysisCache,
  hashOf: (report: CorpusReport) => string,
  stats?: PhraseCountStats,
  floorOf: (minDf: number) => number = floorFor,
): PhraseCounter {
  return (sorted, codesOf, minN, maxN, minDf) => {
    const current: Array<[string, string]> = sorted.map((r) => [r.meta.id, hashOf(r)]);
    const saved = load(cache);
    let table: NgramTable | undefined;
    let added = 0;
    let removed = 0;
    if (saved && saved.table.minN === minN && saved.table.maxN === maxN) {
      table = saved.table;
      const now = new Set(current.map(([id, sha]) => `${id}\0${sha}`));
      const before = new Set(saved.reports.map(([id, sha]) => `${id}\0${sha}`));
      const gone = saved.reports.filter(([id, sha]) => !now.has(`${id}\0${sha}`));
      const fresh = current.flatMap(([id, sha], d) => (before.has(`${id}\0${sha}`) ? [] : [d]));
      if (table.outside + fresh.length >= minDf) table = undefined;
      for (const [, sha] of gone) {
        const text = table && cache.get(sha, CODES);
        if (text === undefined) table = undefined;
        if (!table || text === undefined) break;
        applyReport(table, textToCodes(text), -1);
      }
      if (table) for (const d of fresh) applyReport(table, codesOf(d), 1);
      if (table && !complete(table, minDf)) table = undefined;
      [added, removed] = [fresh.length, gone.length];
    }
    if (stats) Object.assign(stats, { full: !table, added, removed });
    if (!table)
      table = countTable(
        sorted.map((_, d) => codesOf(d)),
        minN,
        maxN,
        floorOf(minDf),
      );
    sorted.forEach((_, d) => {
      if (!cache.has(current[d][1], CODES)) cache.set(current[d][1], CODES, codesToText(codesOf(d)));
    });
    save(cache, table, current);
    return table;
  };
}
