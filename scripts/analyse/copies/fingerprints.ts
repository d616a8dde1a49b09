/**
 * Character shingles and winnowing (Schleimer, Wilkerson & Aiken 2003). Every k-gram of the
 * normalised text is hashed; in each window of w consecutive hashes the smallest is kept.
 * Why winnowing: it keeps ~2/(w+1) of the shingles yet guarantees that any shared run of at
 * least w + k − 1 characters shares a kept fingerprint — so the index stays small (linear in
 * the corpus, a fraction of its size) without missing a passage long enough to report.
 */
import { SEPARATOR } from './normalise.ts';

/** Shingle length: long enough that chance matches between unrelated reports are rare. */
export const K = 8;
/**
 * Window. Any shared run of ≥ W + K − 1 = 11 characters shares a fingerprint, and a run of
 * L k-grams shares at least ⌊L / W⌋ (one per disjoint window): a 20-character passage at
 * least 3. So candidates can require two shared fingerprints without missing a passage of
 * reportable length — which drops the pairs that share one 8-character phrase by chance.
 */
export const W = 4;

/** 32-bit hash of codes[i..i+k): FNV-1a over code points, then a murmur3 finaliser. */
export function hashGram(codes: Int32Array, i: number, k: number): number {
  let h = 0x811c9dc5;
  for (let j = i; j < i + k; j++) {
    h ^= codes[j];
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Winnowed fingerprints of a normalised document: calls `emit(hash, position)` once per
 * kept k-gram, in position order. No k-gram spans a separator.
 */
export function winnow(codes: Int32Array, emit: (hash: number, pos: number) => void, k = K, w = W): void {
  let segStart = 0;
  for (let i = 0; i <= codes.length; i++) {
    if (i < codes.length && codes[i] !== SEPARATOR) continue;
    winnowSegment(codes, segStart, i, k, w, emit);
    segStart = i + 1;
  }
}

function winnowSegment(
  codes: Int32Array,
  from: number,
  to: number,
  k: number,
  w: number,
  emit: (hash: number, pos: number) => void,
): void {
  const grams = to - from - k + 1;
  if (grams <= 0) return;
  const hashes = new Uint32Array(grams);
  for (let g = 0; g < grams; g++) hashes[g] = hashGram(codes, from + g, k);
  if (grams <= w) {
    let min = 0;
    for (let g = 1; g < grams; g++) if (hashes[g] <= hashes[min]) min = g;
    emit(hashes[min], from + min);
    return;
  }
  let last = -1;
  for (let start = 0; start + w <= grams; start++) {
    let min = start;
    for (let g = start + 1; g < start + w; g++) if (hashes[g] <= hashes[min]) min = g; // rightmost minimum
    if (min !== last) {
      emit(hashes[min], from + min);
      last = min;
    }
  }
}

/** A document's winnowed fingerprints: hashes and their positions, in position order. */
export interface Fingerprints {
  hashes: Uint32Array;
  positions: Int32Array;
  /** Reports containing each fingerprint (filled in by the index). */
  df?: Uint32Array;
}

/** Collects `winnow`'s output into arrays, so the index and MinHash share one pass. */
export function fingerprintsOf(codes: Int32Array): Fingerprints {
  const hashes: number[] = [];
  const positions: number[] = [];
  winnow(codes, (h, p) => {
    hashes.push(h);
    positions.push(p);
  });
  return { hashes: Uint32Array.from(hashes), positions: Int32Array.from(positions) };
}
