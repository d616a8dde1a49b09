/**
 * Context for ambiguous variants: `托管` counts as 课后服务 only with 课后, 暑期 … nearby,
 * because alone it also means 委托管理 of a weak school; `动态清零` is 双减 next to 培训机构
 * and 控辍保学 next to 辍学. Context is looked for within a window of characters on either
 * side of the match, inside the same sentence (a neighbouring sentence is another topic).
 */

/** Characters that end a sentence or a list item for this purpose. */
const SENTENCE_END = /[。！？；!?;\n]/;

/** Default window, characters on each side. */
export const DEFAULT_WINDOW = 12;

/** A context variant's rule (see contextVariantSchema in shared/schemas/theme.ts). */
export interface ContextRule {
  requires?: string[];
  excludes?: string[];
  window?: number;
}

/** The text before and after [start, end) within the window and the sentence. */
export function surroundings(
  text: string,
  start: number,
  end: number,
  window: number,
): { before: string; after: string } {
  let from = start;
  while (from > 0 && start - from < window && !SENTENCE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < window && !SENTENCE_END.test(text[to])) to++;
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

/** True when the match at [start, end) satisfies the rule (a rule without words always does). */
export function contextAllows(text: string, start: number, end: number, rule: ContextRule): boolean {
  if (!rule.requires && !rule.excludes) return true;
  const { before, after } = surroundings(text, start, end, rule.window ?? DEFAULT_WINDOW);
  const near = (word: string) => before.includes(word) || after.includes(word);
  if (rule.excludes?.some(near)) return false;
  return rule.requires ? rule.requires.some(near) : true;
}
