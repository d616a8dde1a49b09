/**
 * The n-gram index: every report's winnowed fingerprints → the reports that share them.
 * Candidate pairs come only from fingerprints shared by a bounded number of reports; a
 * fingerprint in more reports than that is stock wording (a formula, a template line every
 * report repeats), not evidence that two reports copied each other — and enumerating its
 * pairs would make the work quadratic. A pair (or a repeat inside one report) becomes a
 * candidate only with at least two shared fingerprints: a reportable passage always has
 * them (fingerprints.ts), a chance 8-character phrase has one. So the cost is linear in the
 * corpus: at most `maxDf` × fingerprints pair seeds, never all pairs of reports.
 *
 * Postings are grouped by a radix sort on the hash (stable, so each group stays in report
 * order) rather than a hash map: flat arrays, linear time, little memory.
 */
import type { Fingerprints } from './fingerprints.ts';

/** Seeds of a candidate: aligned positions [posA0, posB0, posA1, posB1, …]. */
export type Seeds = number[];

/** The index's product: candidates with their seeds, and the cap it used. */
export interface FingerprintIndex {
  /** Fingerprints shared by more reports than this are stock wording. */
  maxDf: number;
  /** Seeds per pair of reports, key a * reports + b with a < b; only pairs with ≥ 2 seeds. */
  pairs: Map<number, Seeds>;
  /** Seeds of repeats inside one report, by report index (posFirst, posLater pairs). */
  internal: Map<number, Seeds>;
}

/** Fewest shared fingerprints for a candidate. */
export const MIN_SEEDS = 2;

/** The document-frequency cap: a share of the corpus, at least 5, at most 100 reports. */
export function maxDfFor(reports: number): number {
  return Math.min(100, Math.max(5, Math.ceil(reports * 0.2)));
}

/**
 * Entry indices sorted by hash (LSD radix sort, 4 × 8 bits, stable; keys move with indices),
 * and the hashes in that order: the grouping reads them in sequence rather than through the
 * indices (a random read per entry, ~15 million of them at 10,000 reports).
 */
function sortByHash(hashes: Uint32Array): { order: Uint32Array; sorted: Uint32Array } {
  let order = new Uint32Array(hashes.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  let keys = Uint32Array.from(hashes);
  let nextOrder = new Uint32Array(hashes.length);
  let nextKeys = new Uint32Array(hashes.length);
  const counts = new Uint32Array(257);
  for (let shift = 0; shift < 32; shift += 8) {
    counts.fill(0);
    for (let i = 0; i < keys.length; i++) counts[((keys[i] >>> shift) & 255) + 1]++;
    for (let b = 0; b < 256; b++) counts[b + 1] += counts[b];
    for (let i = 0; i < keys.length; i++) {
      const to = counts[(keys[i] >>> shift) & 255]++;
      nextOrder[to] = order[i];
      nextKeys[to] = keys[i];
    }
    [order, nextOrder] = [nextOrder, order];
    [keys, nextKeys] = [nextKeys, keys];
  }
  return { order, sorted: keys };
}

function push(map: Map<number, Seeds>, key: number, a: number, b: number): void {
  const list = map.get(key);
  if (list) list.push(a, b);
  else map.set(key, [a, b]);
}

/**
 * Builds the index and the candidate seeds (see the module comment). Also fills each
 * document's `df` (reports per fingerprint), which the boilerplate test reads.
 */
export function buildIndex(docs: Fingerprints[], maxDf = maxDfFor(docs.length)): FingerprintIndex {
  const total = docs.reduce((n, d) => n + d.hashes.length, 0);
  const hashes = new Uint32Array(total);
  const docOf = new Int32Array(total);
  const posOf = new Int32Array(total);
  const dfOf = new Uint32Array(total);
  let at = 0;
  docs.forEach((d, k) => {
    hashes.set(d.hashes, at);
    docOf.fill(k, at, at + d.hashes.length);
    posOf.set(d.positions, at);
    d.df = dfOf.subarray(at, at + d.hashes.length);
    at += d.hashes.length;
  });

  const { order, sorted } = sortByHash(hashes);
  const n = docs.length;
  const pairs = new Map<number, Seeds>();
  const internal = new Map<number, Seeds>();
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && sorted[end] === sorted[start]) end++;
    let df = 0;
    for (let i = start; i < end; i++) if (i === start || docOf[order[i]] !== docOf[order[i - 1]]) df++;
    for (let i = start; i < end; i++) dfOf[order[i]] = df;
    if (end - start >= 2 && df <= maxDf) {
      const last = Math.min(end, start + 4 * maxDf);
      for (let x = start; x < last; x++) {
        for (let y = x + 1; y < last; y++) {
          const ex = order[x];
          const ey = order[y];
          if (docOf[ex] === docOf[ey]) {
            if (posOf[ex] !== posOf[ey])
              push(internal, docOf[ex], Math.min(posOf[ex], posOf[ey]), Math.max(posOf[ex], posOf[ey]));
          } else push(pairs, docOf[ex] * n + docOf[ey], posOf[ex], posOf[ey]);
        }
      }
    }
    start = end;
  }
  for (const map of [pairs, internal])
    for (const [key, seeds] of map) if (seeds.length < 2 * MIN_SEEDS) map.delete(key);
  return { maxDf, pairs, internal };
}
