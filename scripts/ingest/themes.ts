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

/** Theme marks that do not touch any existing (flag) mark. */
function themeMarks(block: CanonicalBlock, matcher: ThemeMatcher): Mark[] {
  const flags = block.marks.filter((m) => m.kind !== 'theme');
  return findMentions(block.text, matcher)
    .filter((m) => !flags.some((f) => f.start < m.end && m.start < f.end))
    .map((m) => ({ start: m.start, end: m.end, kind: 'theme' as const, theme: m.theme }));
}

/** Adds theme marks to every block and counts them (see the module comment). */
export function markThemes(blocks: CanonicalBlock[], matcher: ThemeMatcher): ThemedDocument {
  const counts = new Map<string, number>();
  const marked = blocks.map((block) => {
    const found = themeMarks(block, matcher);
    for (const m of found) counts.set(m.theme!, (counts.get(m.theme!) ?? 0) + 1);
    const marks = [...block.marks.filter((m) => m.kind !== 'theme'), ...found].sort((a, b) => a.start - b.start);
    return { ...block, marks };
  });
  const themes = Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { blocks: marked, themes };
}
