/**
 * Line rules: each line is removed by the first rule in list order that matches its
 * Simplified text and may fire where the line lies.
 */
import type { LineRule } from './rule.ts';
import type { PageLine, ProseEdges } from './page.ts';
import { inRegion } from './page.ts';
import type { Verdicts } from './verdicts.ts';

/** The first rule in `rules` matching `simplified`, ignoring regions; for finding the edges. */
export function firstUnscopedMatch(rules: readonly LineRule[], simplified: string | null): LineRule | undefined {
  if (simplified === null) return undefined;
  return rules.find((rule) => (rule.region ?? 'anywhere') === 'anywhere' && rule.pattern.test(simplified));
}

/** Fills `verdicts` for every line some line rule removes, regions applied. */
export function applyLineRules(
  page: readonly PageLine[],
  rules: readonly LineRule[],
  edges: ProseEdges,
  verdicts: Verdicts,
): void {
  page.forEach((line, i) => {
    const text = line.simplified;
    if (text === null || verdicts[i] !== undefined) return;
    verdicts[i] = rules.find((rule) => inRegion(i, rule.region ?? 'anywhere', edges) && rule.pattern.test(text));
  });
}
