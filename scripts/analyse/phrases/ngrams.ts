/**
 * Frequent character n-grams (n = minN … maxN) across documents, counted level by level
 * (Apriori): an (n+1)-gram can only reach `minDf` documents if both n-grams inside it do,
 * so each level only looks at the positions the previous level left standing — a list that
 * shrinks fast, so the work is a few passes over the text in all. N-grams are keyed by two
 * independent 32-bit hashes (52 bits together) instead of strings.
 */

/** Occurrences (in distinct documents) kept per n-gram, for checks on a few instances. */
export const SAMPLES = 5;

/** A frequent n-gram: where to read it and how often it occurs. */
export interface Ngram {
  /** Position of the first occurrence (to read the text back). */
  first: number;
  /** Positions of up to SAMPLES occurrences, one per document, in document order. */
  samples: number[];
  n: number;
  /** Documents containing it, and occurrences in all. */
  df: number;
  tf: number;
}

/** One level: the frequent n-grams by key, and the candidate positions with their keys. */
export interface Level {
  grams: Map<number, Ngram>;
  /** Candidate positions (ascending) and each one's key; −1 where the n-gram is rare. */
  positions: Int32Array;
  keys: Float64Array;
}

function mix1(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193) >>> 0;
}
function mix2(h: number, c: number): number {
  h = Math.imul(h + c, 0x9e3779b1);
  return (h ^ (h >>> 15)) >>> 0;
}
function key(h1: number, h2: number): number {
  let f = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b) >>> 0;
  f = (f ^ (f >>> 13)) >>> 0;
  return f * 1048576 + (h2 >>> 12);
}

/**
 * A count sketch of document frequency: n-grams hashed into a fixed table, each cell
 * counting the documents that hit it. Collisions only ever over-count, so a cell below the
 * threshold proves its n-grams rare, and only the rest are counted exactly — most n-grams
 * of a corpus are rare, and the exact map is the expensive part.
 */
const SKETCH_BITS = 21;
const MASK = (1 << SKETCH_BITS) - 1;
/** Per cell, interleaved: the last document that hit it, and its document count (one cache line). */
const sketch = new Int32Array(2 << SKETCH_BITS);
const cellOf = (h1: number, h2: number) => ((h2 ^ Math.imul(h1, 0x9e3779b1)) & MASK) << 1;

/** Counts one level over the candidate positions (hashes extended by one character). */
function countLevel(
  codes: Int32Array,
  docOf: Int32Array,
  n: number,
  positions: Int32Array,
  h1: Uint32Array,
  h2: Uint32Array,
  minDf: number,
): Level {
  sketch.fill(0);
  const keys = new Float64Array(positions.length);
  for (let p = 0; p < positions.length; p++) {
    const i = positions[p];
    h1[i] = mix1(h1[i], codes[i + n - 1]);
    h2[i] = mix2(h2[i], codes[i + n - 1]);
    keys[p] = key(h1[i], h2[i]);
    const cell = cellOf(h1[i], h2[i]);
    if (sketch[cell] !== docOf[i] + 1) {
      sketch[cell] = docOf[i] + 1;
      sketch[cell + 1]++;
    }
  }
  const counts = new Map<number, Ngram & { last: number }>();
  for (let p = 0; p < positions.length; p++) {
    const i = positions[p];
    if (sketch[cellOf(h1[i], h2[i]) + 1] < minDf) {
      keys[p] = -1;
      continue;
    }
    let g = counts.get(keys[p]);
    if (!g) counts.set(keys[p], (g = { first: i, samples: [], n, df: 0, tf: 0, last: -1 }));
    g.tf++;
    if (g.last !== docOf[i]) {
      g.last = docOf[i];
      g.df++;
      if (g.samples.length < SAMPLES) g.samples.push(i);
    }
  }
  const grams = new Map<number, Ngram>();
  for (const [k, g] of counts)
    if (g.df >= minDf) grams.set(k, { first: g.first, samples: g.samples, n, df: g.df, tf: g.tf });
  for (let p = 0; p < positions.length; p++) if (keys[p] >= 0 && !grams.has(keys[p])) keys[p] = -1;
  return { grams, positions, keys };
}

/** Index of `pos` in a level's ascending positions, or −1. */
function indexOf(level: Level, pos: number): number {
  let lo = 0;
  let hi = level.positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (level.positions[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < level.positions.length && level.positions[lo] === pos ? lo : -1;
}

/**
 * The n-grams of `shorter` that are not the front (prefix) or back (suffix) of a frequent
 * (n+1)-gram with the same document frequency: those only occur inside the longer one.
 */
function closed(shorter: Level, longer: Level, canSubsume: (first: number, n: number) => boolean): Ngram[] {
  const subsumed = new Set<number>();
  for (const g of longer.grams.values()) {
    if (!canSubsume(g.first, g.n)) continue;
    for (const at of [g.first, g.first + 1]) {
      const p = indexOf(shorter, at);
      const k = p >= 0 ? shorter.keys[p] : -1;
      if (k >= 0 && shorter.grams.get(k)?.df === g.df) subsumed.add(k);
    }
  }
  return [...shorter.grams].filter(([k]) => !subsumed.has(k)).map(([, g]) => g);
}

/**
 * Every level's frequent n-grams (n = minN … maxN), each in at least `minDf` documents, not
 * yet filtered for closedness: the counts the phrase table (ngram-table.ts) is made of.
 */
export function countLevels(codes: Int32Array, docOf: Int32Array, minN: number, maxN: number, minDf: number): Level[] {
  const h1 = new Uint32Array(codes.length).fill(0x811c9dc5);
  const h2 = new Uint32Array(codes.length).fill(0x12345);
  // Level minN: every position whose minN characters are all text; hash the first minN − 1.
  const start: number[] = [];
  let run = 0;
  for (let i = 0; i < codes.length; i++) {
    run = codes[i] < 0 ? 0 : run + 1;
    if (run >= minN) start.push(i - minN + 1);
  }
  for (const i of start) {
    for (let j = i; j < i + minN - 1; j++) {
      h1[i] = mix1(h1[i], codes[j]);
      h2[i] = mix2(h2[i], codes[j]);
    }
  }
  let positions = Int32Array.from(start);
  const levels: Level[] = [];
  for (let n = minN; n <= maxN && positions.length > 0; n++) {
    const level = countLevel(codes, docOf, n, positions, h1, h2, minDf);
    levels.push(level);
    // Next level: position i where the n-grams at i and i + 1 are both frequent.
    const next: number[] = [];
    for (let p = 0; p + 1 < level.positions.length; p++) {
      if (level.keys[p] >= 0 && level.positions[p + 1] === level.positions[p] + 1 && level.keys[p + 1] >= 0)
        next.push(level.positions[p]);
    }
    positions = Int32Array.from(next);
  }
  return levels;
}

/** Two hashes being extended one character at a time, as countLevels does. */
export type HashPair = readonly [number, number];
export const START: HashPair = [0x811c9dc5, 0x12345];
export const extend = (h: HashPair, c: number): HashPair => [mix1(h[0], c), mix2(h[1], c)];
export const keyOf = (h: HashPair): number => key(h[0], h[1]);

/** The key of an n-gram given as code points: the same key `countLevels` gives it in a text. */
export function ngramKey(codes: ArrayLike<number>, from = 0, to = codes.length): number {
  let h = START;
  for (let i = from; i < to; i++) h = extend(h, codes[i]);
  return keyOf(h);
}

/**
 * Frequent n-grams of `codes` (−1 separates runs; no n-gram spans one), each in at least
 * `minDf` documents, with "closed" filtering: an n-gram that only ever occurs inside one
 * longer frequent n-gram (same document frequency) is dropped in favour of the longer one.
 */
export function frequentNgrams(
  codes: Int32Array,
  docOf: Int32Array,
  minN: number,
  maxN: number,
  minDf: number,
  /** Whether an n-gram may stand for the shorter ones inside it (e.g. not when it ends in 的). */
  canSubsume: (first: number, n: number) => boolean = () => true,
): Ngram[] {
  const levels = countLevels(codes, docOf, minN, maxN, minDf);
  const out: Ngram[] = [];
  levels.forEach((level, i) => {
    if (i > 0) out.push(...closed(levels[i - 1], level, canSubsume));
  });
  if (levels.length > 0) out.push(...levels[levels.length - 1].grams.values());
  return out;
}
