/**
 * Where a phrase occurs, for the word-boundary check: its first occurrence in each of the
 * first few reports (in report order) that contain it. Found by reading reports in order
 * until every phrase asked about has its samples, instead of being kept for every n-gram
 * while counting: only the few hundred phrases that reach the check need them, and the
 * counts (ngram-table.ts) can then be updated without knowing positions.
 */
import { SAMPLES } from './ngrams.ts';

/** A report index and a position in that report's codes. */
export type Sample = [doc: number, at: number];

/** One phrase to find: its code points and how many reports contain it. */
export interface Sought {
  codes: Int32Array;
  df: number;
}

/**
 * For each phrase, its first occurrence in each of the first min(SAMPLES, df) reports that
 * contain it; `codesOf(d)` gives report d's codes (report-codes.ts).
 */
export function findSamples(sought: Sought[], reports: number, codesOf: (d: number) => Int32Array): Sample[][] {
  const out: Sample[][] = sought.map(() => []);
  const lastDoc = new Int32Array(sought.length).fill(-1);
  // Phrases by their first two characters: a position is compared only with those.
  const byStart = new Map<number, number[]>();
  let pending = 0;
  sought.forEach((s, i) => {
    if (Math.min(SAMPLES, s.df) === 0 || s.codes.length < 2) return;
    pending++;
    const k = s.codes[0] * 0x110000 + s.codes[1];
    (byStart.get(k) ?? byStart.set(k, []).get(k)!).push(i);
  });
  for (let d = 0; d < reports && pending > 0; d++) {
    const codes = codesOf(d);
    for (let p = 0; p + 1 < codes.length; p++) {
      if (codes[p] < 0 || codes[p + 1] < 0) continue;
      const list = byStart.get(codes[p] * 0x110000 + codes[p + 1]);
      if (!list) continue;
      for (const i of list) {
        const s = sought[i];
        if (lastDoc[i] === d || out[i].length >= Math.min(SAMPLES, s.df) || p + s.codes.length > codes.length) continue;
        let j = 2;
        while (j < s.codes.length && codes[p + j] === s.codes[j]) j++;
        if (j < s.codes.length) continue;
        lastDoc[i] = d;
        out[i].push([d, p]);
        if (out[i].length === Math.min(SAMPLES, s.df)) pending--;
      }
    }
  }
  return out;
}
