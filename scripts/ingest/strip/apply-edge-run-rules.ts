/**
 * Edge-run rules: heuristics for chrome no pattern names, such as an unlabelled link list
 * next to a removed section, or a menu line above the title. They only act in the head or
 * tail region and never on protected title lines.
 */
import type { EdgeRunRule } from './rule.ts';
import type { PageLine, ProseEdges } from './page.ts';
import { inRegion } from './page.ts';
import type { Verdicts } from './verdicts.ts';

/** Index of the nearest non-blank line from `start` stepping by `step`, or -1. */
function nearestNonBlank(page: readonly PageLine[], start: number, step: 1 | -1): number {
  for (let i = start; i >= 0 && i < page.length; i += step) if (!page[i].blank) return i;
  return -1;
}

/** Fills `verdicts` for the runs one edge-run rule removes. */
function applyEdgeRunRule(
  page: readonly PageLine[],
  rule: EdgeRunRule,
  edges: ProseEdges,
  titleLines: ReadonlySet<number>,
  verdicts: Verdicts,
): void {
  const isCandidate = (i: number): boolean =>
    verdicts[i] === undefined && !titleLines.has(i) && inRegion(i, rule.region, edges) && rule.shape(page[i].trimmed);

  const runs: number[][] = [];
  let run: number[] = [];
  for (let i = 0; i < page.length; i++) {
    if (page[i].blank) continue;
    if (isCandidate(i)) {
      run.push(i);
    } else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);

  for (const r of runs) {
    if (r.length < rule.minRun) continue;
    if (rule.touchesRemoved) {
      const before = nearestNonBlank(page, r[0] - 1, -1);
      const after = nearestNonBlank(page, r[r.length - 1] + 1, 1);
      const touches = (before >= 0 && verdicts[before] !== undefined) || (after >= 0 && verdicts[after] !== undefined);
      if (!touches) continue;
    }
    for (const i of r) verdicts[i] = rule;
  }
}

/** Applies each edge-run rule in order; later rules see earlier rules' removals. */
export function applyEdgeRunRules(
  page: readonly PageLine[],
  rules: readonly EdgeRunRule[],
  edges: ProseEdges,
  titleLines: ReadonlySet<number>,
  verdicts: Verdicts,
): void {
  for (const rule of rules) applyEdgeRunRule(page, rule, edges, titleLines, verdicts);
}
