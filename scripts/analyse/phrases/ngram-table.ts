/**
 * The phrase finder's counts as a table that can be updated one report at a time: every
 * n-gram (n = minN … maxN) in at least `floor` reports, with its document and occurrence
 * counts. Counted once over the corpus (level by level, ngrams.ts); then a report added
 * or removed only adds or takes away its own n-grams' counts, so building again after one
 * change costs one report's worth of counting instead of the corpus's.
 *
 * Why the table stays exact: an n-gram not in it had fewer than `floor` reports when it was
 * counted, and each report added since can have raised it by one. `outside` is that bound;
 * while it is below the threshold asked for, every n-gram at or above the threshold is in
 * the table, with exact counts (see `complete`). The table counts below the threshold on
 * purpose (a floor under it) so that several reports can be added before a full count.
 */
import { countLevels, extend, keyOf, ngramKey, START } from './ngrams.ts';
import { joinCodes } from './report-codes.ts';

/** One counted n-gram. */
export interface TableGram {
  text: string;
  /** Length in characters (code points). */
  n: number;
  /** Reports containing it, and its occurrences in all. */
  df: number;
  tf: number;
}

export interface NgramTable {
  minN: number;
  maxN: number;
  /** Every n-gram in at least this many reports when the table was counted is in it. */
  floor: number;
  /** Most reports an n-gram outside the table can be in now. */
  outside: number;
  /** The n-grams by key (ngrams.ts's 52-bit key), shorter levels first. */
  grams: Map<number, TableGram>;
}

/** Counts the table over reports' codes (one array per report), from scratch. */
export function countTable(docs: Int32Array[], minN: number, maxN: number, floor: number): NgramTable {
  const { codes, docOf } = joinCodes(docs);
  const grams = new Map<number, TableGram>();
  for (const level of countLevels(codes, docOf, minN, maxN, floor)) {
    for (const [key, g] of level.grams)
      grams.set(key, {
        text: String.fromCodePoint(...codes.subarray(g.first, g.first + g.n)),
        n: g.n,
        df: g.df,
        tf: g.tf,
      });
  }
  return { minN, maxN, floor, outside: floor - 1, grams };
}

/** True when every n-gram in at least `minDf` reports is in the table (see the module comment). */
export function complete(table: NgramTable, minDf: number): boolean {
  return table.outside < minDf;
}

/**
 * Adds (sign 1) or takes away (sign −1) one report's counts. Only n-grams already in the
 * table are counted: its n-grams are extended one character at a time while the shorter one
 * is in the table (a longer n-gram is never in more reports than its front part).
 */
export function applyReport(table: NgramTable, codes: Int32Array, sign: 1 | -1): void {
  const seen = new Map<number, number>();
  for (let i = 0; i < codes.length; i++) {
    let h = START;
    for (let n = 1; n <= table.maxN && i + n <= codes.length && codes[i + n - 1] >= 0; n++) {
      h = extend(h, codes[i + n - 1]);
      if (n < table.minN) continue;
      const key = keyOf(h);
      if (!table.grams.has(key)) break;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  }
  for (const [key, count] of seen) {
    const g = table.grams.get(key)!;
    g.df += sign;
    g.tf += sign * count;
  }
  if (sign > 0) table.outside++;
}

/**
 * The n-grams in at least `minDf` reports that are "closed": not the front or back of a
 * longer such n-gram in as many reports (it only occurs inside that one), where the longer
 * one may stand for it (`canSubsume`, by its first and last character). The same list,
 * in another order, that ngrams.ts's frequentNgrams gives for the whole corpus.
 */
export function closedGrams(
  table: NgramTable,
  minDf: number,
  canSubsume: (text: string) => boolean = () => true,
): TableGram[] {
  const frequent = new Map<number, TableGram>();
  for (const [key, g] of table.grams) if (g.df >= minDf) frequent.set(key, g);
  const subsumed = new Set<number>();
  for (const g of frequent.values()) {
    if (g.n === table.minN || !canSubsume(g.text)) continue;
    const cps = [...g.text].map((c) => c.codePointAt(0)!);
    for (const k of [ngramKey(cps, 0, g.n - 1), ngramKey(cps, 1, g.n)])
      if (frequent.get(k)?.df === g.df) subsumed.add(k);
  }
  return [...frequent].filter(([k]) => !subsumed.has(k)).map(([, g]) => g);
}
