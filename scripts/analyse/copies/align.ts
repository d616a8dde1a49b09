/**
 * Alignment of two normalised texts from seed positions (shared fingerprints) to exact
 * passages. Each seed is extended to a maximal exact match; matches on nearby diagonals are
 * chained across small edits (a 和 inserted, a word changed); the chain's ends are extended
 * over small gaps too. Why not a full dynamic-programming alignment: work stays proportional
 * to the shared text, not to the product of the two lengths.
 *
 *   为了缩小城乡区域  校际之间的教育差距我们加大了对农村          (004-08)
 *   为了缩小城乡区域和校际之间的教育差距我们加大了对农村和薄弱…   (004-15)
 *   └──── 8 ────┘ gap └──────────── 18 ────────────┘         → one passage, 26 matched
 */
import { SEPARATOR } from './normalise.ts';

/** An aligned passage in normalised coordinates, [aStart, aEnd) × [bStart, bEnd). */
export interface Alignment {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** Characters matched exactly (gaps not counted). */
  matched: number;
}

/** How far an alignment may bridge edits, and what it keeps. */
export interface AlignOptions {
  /** Largest gap (characters on either side) bridged inside a passage. */
  maxGap: number;
  /** Shortest exact run that may continue a passage after a gap. */
  minRun: number;
  /** Fewest matched characters for a passage to count. */
  minChars: number;
  /** Same text on both sides (repeats in one report): the two copies must not overlap. */
  self: boolean;
}

/** Gaps of up to 3 characters (a word changed), runs of 4 to continue, passages of 20. */
export const DEFAULT_ALIGN: AlignOptions = { maxGap: 3, minRun: 4, minChars: 20, self: false };

const same = (a: Int32Array, i: number, b: Int32Array, j: number) =>
  i >= 0 && j >= 0 && i < a.length && j < b.length && a[i] !== SEPARATOR && a[i] === b[j];

/** Maximal exact match through (pa, pb). */
function extendExact(a: Int32Array, b: Int32Array, pa: number, pb: number): Alignment {
  let s = 0;
  while (same(a, pa - s - 1, b, pb - s - 1)) s++;
  let e = 0;
  while (same(a, pa + e, b, pb + e)) e++;
  return { aStart: pa - s, aEnd: pa + e, bStart: pb - s, bEnd: pb + e, matched: s + e };
}

/** True when [from, to) of x contains no block separator. */
function noSeparator(x: Int32Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (x[i] === SEPARATOR) return false;
  return true;
}

/** Extends a passage over small gaps at both ends while a run of ≥ minRun matches follows. */
function extendOverGaps(a: Int32Array, b: Int32Array, p: Alignment, o: AlignOptions): void {
  for (let grew = true; grew; ) {
    grew = false;
    search: for (let total = 1; total <= 2 * o.maxGap; total++) {
      for (let ga = Math.max(0, total - o.maxGap); ga <= Math.min(total, o.maxGap); ga++) {
        const gb = total - ga;
        const ea = p.aStart - ga - 1;
        const eb = p.bStart - gb - 1;
        let run = 0;
        while (same(a, ea - run, b, eb - run)) run++;
        if (run >= o.minRun && noSeparator(a, ea + 1, p.aStart) && noSeparator(b, eb + 1, p.bStart)) {
          p.aStart = ea - run + 1;
          p.bStart = eb - run + 1;
          p.matched += run;
          grew = true;
          break search;
        }
      }
    }
  }
  for (let grew = true; grew; ) {
    grew = false;
    search: for (let total = 1; total <= 2 * o.maxGap; total++) {
      for (let ga = Math.max(0, total - o.maxGap); ga <= Math.min(total, o.maxGap); ga++) {
        const gb = total - ga;
        const sa = p.aEnd + ga;
        const sb = p.bEnd + gb;
        let run = 0;
        while (same(a, sa + run, b, sb + run)) run++;
        if (run >= o.minRun && noSeparator(a, p.aEnd, sa) && noSeparator(b, p.bEnd, sb)) {
          p.aEnd = sa + run;
          p.bEnd = sb + run;
          p.matched += run;
          grew = true;
          break search;
        }
      }
    }
  }
}

/**
 * Passages shared by a and b, from seeds [pa0, pb0, pa1, pb1, …]: sorted by position in a,
 * not overlapping on either side, each with at least `minChars` matched characters.
 */
export function alignSeeds(
  a: Int32Array,
  b: Int32Array,
  seeds: number[],
  options: Partial<AlignOptions> = {},
): Alignment[] {
  const o = { ...DEFAULT_ALIGN, ...options };
  const order: number[] = [];
  for (let s = 0; s < seeds.length; s += 2) order.push(s);
  order.sort((x, y) => seeds[x] - seeds[y] || seeds[x + 1] - seeds[y + 1]);

  // 1. Seeds → maximal exact matches (a seed inside an earlier match on its diagonal is skipped).
  const exact: Alignment[] = [];
  const reach = new Map<number, number>(); // diagonal → end in a of the last match on it
  for (const s of order) {
    const pa = seeds[s];
    const pb = seeds[s + 1];
    if ((reach.get(pa - pb) ?? -1) > pa) continue;
    const m = extendExact(a, b, pa, pb);
    reach.set(pa - pb, m.aEnd);
    exact.push(m);
  }
  exact.sort((x, y) => x.aStart - y.aStart || x.bStart - y.bStart);

  // 2. Chain matches that follow one another within a small gap on both sides.
  const chains: Alignment[] = [];
  for (const m of exact) {
    const prev = chains.findLast((c) => {
      const ga = m.aStart - c.aEnd;
      const gb = m.bStart - c.bEnd;
      return (
        ga >= 0 &&
        gb >= 0 &&
        ga <= o.maxGap &&
        gb <= o.maxGap &&
        noSeparator(a, c.aEnd, m.aStart) &&
        noSeparator(b, c.bEnd, m.bStart)
      );
    });
    if (prev) {
      prev.aEnd = m.aEnd;
      prev.bEnd = m.bEnd;
      prev.matched += m.matched;
    } else chains.push({ ...m });
  }

  // 3. Extend over gaps, keep long ones, resolve overlaps (most matched first).
  for (const c of chains) extendOverGaps(a, b, c, o);
  const long = chains.filter((c) => c.matched >= o.minChars && !(o.self && c.aEnd > c.bStart));
  long.sort((x, y) => y.matched - x.matched || x.aStart - y.aStart || x.bStart - y.bStart);
  const kept: Alignment[] = [];
  for (const c of long) {
    const clash = kept.some(
      (k) => (c.aStart < k.aEnd && k.aStart < c.aEnd) || (c.bStart < k.bEnd && k.bStart < c.bEnd),
    );
    if (!clash) kept.push(c);
  }
  return kept.sort((x, y) => x.aStart - y.aStart || x.bStart - y.bStart);
}
