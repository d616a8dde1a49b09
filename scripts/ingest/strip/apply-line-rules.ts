/**
 * Line rules: each line is removed by the first rule in list order that matches its
 * Simplified text and may fire where the line lies.
 */
import type { LineRule } from './rule.ts';
import type { PageLine, ProseEdges } from './page.ts';
import { inRegion } from './page.ts';
import { someAnywhereRuleMatches } from './line-prefilter.ts';
import type { Verdicts } from './verdicts.ts';

/**
 * The first rule in `rules` matching `simplified`, ignoring regions; for finding the edges.
 * Lines no rule matches (most) are answered by one joined test (./line-prefilter.ts).
 */
export function firstUnscopedMatch(rules: readonly LineRule[], simplified: string | null): LineRule | undefined {
  if (simplified === null || !someAnywhereRuleMatches(rules, simplified)) return undefined;
  return rules.find((rule) => (rule.region ?? 'anywhere') === 'anywhere' && rule.pattern.test(simplified));
}

/**
 * Fills `verdicts` for every line some line rule removes, regions applied. `anywhere[i]` is
 * `firstUnscopedMatch` of line i, which the runner needed first (to find the prose edges):
 * the `anywhere` rules are not tested again, since the first of them that matches is known
 * and no later rule is reached once it is; only the region rules before it are tested, and
 * only where they may fire. Testing every rule twice per line was about a third of the stage.
 */
export function applyLineRules(
  page: readonly PageLine[],
  rules: readonly LineRule[],
  edges: ProseEdges,
  verdicts: Verdicts,
  anywhere: readonly (LineRule | undefined)[],
): void {
  page.forEach((line, i) => {
    const text = line.simplified;
    if (text === null || verdicts[i] !== undefined) return;
    const known = anywhere[i];
    verdicts[i] = rules.find((rule) => {
      const region = rule.region ?? 'anywhere';
      if (region === 'anywhere') return rule === known;
      return inRegion(i, region, edges) && rule.pattern.test(text);
    });
  });
}
