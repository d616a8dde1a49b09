/**
 * One pass over a line for all the `anywhere` line rules, before the rules are tried one by
 * one. Most lines are report text that no rule matches, and testing every rule's pattern on
 * each of them was most of the line-rule cost; the rules' patterns joined into one
 * alternation per flag set (at most three regexes) answer "does any rule match?" at once.
 * A pattern joined as `(?:…)` matches exactly where it matched alone, so the answer is the
 * same as trying every rule; the first matching rule is still found by trying them in order.
 */
import type { LineRule } from './rule.ts';

/** Patterns that cannot be joined unchanged: numbered or named back-references, named groups, stateful flags. */
const NOT_JOINABLE_SOURCE = /\\[1-9k]|\(\?</;
const NOT_JOINABLE_FLAGS = /[gy]/;

/** The joined patterns per rule list (null when some pattern cannot be joined), built once per list. */
const joined = new WeakMap<readonly LineRule[], RegExp[] | null>();

function anywhere(rule: LineRule): boolean {
  return (rule.region ?? 'anywhere') === 'anywhere';
}

function join(rules: readonly LineRule[]): RegExp[] | null {
  const byFlags = new Map<string, string[]>();
  for (const rule of rules) {
    if (!anywhere(rule)) continue;
    const { source, flags } = rule.pattern;
    if (NOT_JOINABLE_SOURCE.test(source) || NOT_JOINABLE_FLAGS.test(flags)) return null;
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), `(?:${source})`]);
  }
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
}

/**
 * False when no `anywhere` rule of `rules` matches `text` (then none needs trying); true
 * when one may (always true for a list whose patterns cannot be joined).
 */
export function someAnywhereRuleMatches(rules: readonly LineRule[], text: string): boolean {
  let patterns = joined.get(rules);
  if (patterns === undefined) joined.set(rules, (patterns = join(rules)));
  return patterns === null || patterns.some((pattern) => pattern.test(text));
}
