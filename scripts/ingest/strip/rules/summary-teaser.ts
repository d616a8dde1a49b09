/**
 * @fileoverview
 *
 * Context: removes a summary teaser the site prints over an article: the lead's first
 * sentences cut off with an ellipsis, the whole lead following. The teaser says nothing the
 * lead does not, and read as text it would print the opening twice.
 *
 * e.g.
 * - before:
 *   8月26日,2021年全省教育報刊宣傳工作視頻會議召開。會議認真總結…徐子敏...
 *   8月26日,2021年全省教育報刊宣傳工作視頻會議召開。會議認真總結…徐子敏出席會議并講話。
 * - after:
 *   8月26日,2021年全省教育報刊宣傳工作視頻會議召開。會議認真總結…徐子敏出席會議并講話。
 */
import type { ContextRule } from '../rule.ts';

/** An ellipsis closing a cut-off text. */
const ELLIPSIS = /(?:\.{3,}|…+|。。。)$/;
/** Fewest characters the teaser shares with the lead: a title repeated is no teaser. */
const MIN_SHARED = 20;

export const summaryTeaser: ContextRule = {
  kind: 'context',
  id: 'summary-teaser',
  description: 'A teaser repeating the start of the lead under it, cut off with an ellipsis.',
  select(page, claimed) {
    const out: number[] = [];
    page.forEach((line, i) => {
      if (line.blank || claimed(i) || !ELLIPSIS.test(line.trimmed)) return;
      const cut = line.trimmed.replace(ELLIPSIS, '');
      if (cut.length < MIN_SHARED) return;
      const next = page.findIndex((l, j) => j > i && !l.blank);
      if (next > 0 && page[next].trimmed.startsWith(cut) && page[next].trimmed.length > cut.length) out.push(i);
    });
    return out;
  },
};
