/**
 * Which rule, if any, removes each line of the page: one slot per line, filled by the passes
 * in order (line rules, then sections, then edge runs). A filled slot is never overwritten,
 * so the earliest and most specific rule is the one reported.
 */
import type { ChromeRule } from './rule.ts';

/** The rule removing each line, by index; undefined while the line is kept. */
export type Verdicts = (ChromeRule | undefined)[];

/** An empty verdict list for a page of `length` lines. */
export function emptyVerdicts(length: number): Verdicts {
  return new Array<ChromeRule | undefined>(length).fill(undefined);
}
