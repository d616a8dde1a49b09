/**
 * MinHash signatures and LSH banding over each report's fingerprint set: near-duplicate
 * reports (one 范文 template filled in by many bureaus) land in a shared bucket. Why besides
 * the n-gram index: a template reused by more reports than the index's document-frequency
 * cap is invisible to pair seeding by design, but its copies are still near-duplicates of
 * each other as wholes. Linear: one signature per report, one bucket lookup per band.
 */
import type { Fingerprints } from './fingerprints.ts';

const HASHES = 32;
const BANDS = 8;
const ROWS = HASHES / BANDS;

/** Fixed odd multipliers and offsets (deterministic: the same signatures on every run). */
const MUL = Array.from({ length: HASHES }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0);
const ADD = Array.from({ length: HASHES }, (_, i) => Math.imul(i + 7, 0x85ebca6b) >>> 0);

/** The MinHash signature of a document's fingerprint set (empty set → all 0xffffffff). */
export function signature(doc: Fingerprints): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  doc.hashes.forEach((hash) => {
    for (let i = 0; i < HASHES; i++) {
      let h = (Math.imul(hash ^ ADD[i], MUL[i]) ^ (hash >>> 15)) >>> 0;
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
      if (h < sig[i]) sig[i] = h;
    }
  });
  return sig;
}

/** Estimated Jaccard similarity of two signatures. */
export function estimate(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / HASHES;
}

/**
 * Pairs of near-duplicate documents (estimated Jaccard ≥ threshold), each document checked
 * against the first document of every bucket it falls in.
 */
export function nearDuplicates(signatures: Uint32Array[], threshold = 0.6): Array<[number, number]> {
  const buckets = new Map<string, number>();
  const edges: Array<[number, number]> = [];
  signatures.forEach((sig, d) => {
    if (sig[0] === 0xffffffff) return;
    const seen = new Set<number>();
    for (let band = 0; band < BANDS; band++) {
      const key = `${band}:${Array.from(sig.subarray(band * ROWS, band * ROWS + ROWS)).join(',')}`;
      const first = buckets.get(key);
      if (first === undefined) buckets.set(key, d);
      else if (!seen.has(first)) {
        seen.add(first);
        if (estimate(sig, signatures[first]) >= threshold) edges.push([first, d]);
      }
    }
  });
  return edges;
}
