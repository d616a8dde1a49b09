/**
 * Themes stage: marks every theme mention in each block's canonical text (so a Traditional
 * source's 雙減 counts as 双减) and counts mentions per theme for the report. Runs after
 * flags: a mention may not overlap a garbled run or a masked figure — the reader must see
 * those flags, and a word inside garbage is not a mention — so such a mention is dropped.
 */
import type { CanonicalBlock, Mark } from './types.ts';
import { findMentions, type ThemeMatcher } from './themes/matcher.ts';

export { compileMatcher, findMentions, type Mention, type ThemeMatcher } from './themes/matcher.ts';
export { parseTaxonomy, TaxonomyError, variantTerm } from './themes/load.ts';

/** A document's blocks with theme marks, and its mentions per theme. */
export interface ThemedDocument {
  blocks: CanonicalBlock[];
  /** Mentions per theme id, keys sorted, only themes that occur. */
  themes: Record<string, number>;
}

/** Orders marks by their start (a sort callback defined once, not per block). */
function byStart(a: Mark, b: Mark): number {
  return a.start - b.start;
}

/**
 * Adds theme marks to every block and counts them (see the module comment). A block is
 * rebuilt as a plain literal with the flags stage's key order, so every block the pipeline
 * passes on has one shape.
 */
export function markThemes(blocks: CanonicalBlock[], matcher: ThemeMatcher): ThemedDocument {
  const counts = new Map<string, number>();
  const marked = blocks.map((block): CanonicalBlock => {
    const flags = block.marks.filter((m) => m.kind !== 'theme');
    const marks = flags.slice();
    for (const m of findMentions(block.text, matcher)) {
      if (overlapsAny(flags, m.start, m.end)) continue;
      marks.push({ start: m.start, end: m.end, kind: 'theme', theme: m.theme });
      counts.set(m.theme, (counts.get(m.theme) ?? 0) + 1);
    }
    if (marks.length > 1) marks.sort(byStart);
    return { kind: block.kind, level: block.level, text: block.text, original: block.original, marks };
  });
  const themes = Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { blocks: marked, themes };
}

/** True when [start, end) overlaps one of `marks`. */
function overlapsAny(marks: Mark[], start: number, end: number): boolean {
  for (const f of marks) if (f.start < end && start < f.end) return true;
  return false;
}
