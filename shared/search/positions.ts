/**
 * Ruling candidates out without fetching them. Pagefind returns, with each result, the word
 * positions its search matched in that page; the pairs of one Chinese run of a term must sit
 * at fixed distances (集团化办学: 团化 at p, 化办 at p + 1). A page where no position fits
 * cannot hold the term, so its text is never fetched; one where some does is still checked
 * verbatim.
 *
 *   教师交流轮岗, groups 师交 (at 1) and "流轮 轮岗" (at 3):
 *   师交 at 378, 1887; 流轮 轮岗 at 1889, 1890 → 1887 − 1 = 1889 − 3: may hold it
 *   师交 at 357;       流轮 轮岗 at 543, 544   → no fit: ruled out
 */
import type { TokenGroup } from './candidate-tokens.ts';

/** A group of a term, with the positions its search matched in one page. */
export interface PlacedGroup extends Pick<TokenGroup, 'run' | 'at'> {
  size: number;
  positions: ReadonlySet<number>;
}

/** True when, in every Chinese run, all groups fit at one common offset. */
export function positionsFit(groups: readonly PlacedGroup[]): boolean {
  const runs = new Map<number, PlacedGroup[]>();
  for (const g of groups) if (g.run >= 0) runs.set(g.run, [...(runs.get(g.run) ?? []), g]);
  for (const run of runs.values()) {
    if (run.length < 2 && run[0].size < 2) continue;
    const fits = [...run[0].positions].some((p) => {
      const base = p - run[0].at;
      return run.every((g) =>
        Array.from({ length: g.size }, (_, k) => base + g.at + k).every((q) => g.positions.has(q)),
      );
    });
    if (!fits) return false;
  }
  return true;
}
