/**
 * @fileoverview
 *
 * Context: removes spam words a hijacked site injects into the middle of a sentence. The
 * sentence is cut where they stand, so the line after them opens with the comma the
 * sentence went on with; a short line of words with no punctuation right before such a line
 * is the injection, whatever it says.
 *
 * e.g.
 * - before:
 *   2016年第一次全國教育局處長會議今明兩天在苗栗舉行,
 *   高雄碼頭餐廳
 *   ,身為地主的苗栗縣教育處長劉火欽介紹食農教育,
 * - after:
 *   2016年第一次全國教育局處長會議今明兩天在苗栗舉行,
 *   ,身為地主的苗栗縣教育處長劉火欽介紹食農教育,
 */
import type { ContextRule } from '../rule.ts';

/** Words only: short, no punctuation, no digits-only line (a page number). */
const WORDS = /^[^\s，。、；：！？,.;:!?“”"'()（）《》【】[\]]{2,12}$/u;

/** A line going on with the sentence before it: it opens with the sentence's comma. */
const GOES_ON = /^[，,、；;]/;

export const injectedWords: ContextRule = {
  kind: 'context',
  id: 'injected-words',
  description: 'Spam words injected into the middle of a sentence (the next line goes on with its comma).',
  select(page, claimed) {
    const out: number[] = [];
    const next = (i: number): number => {
      for (let j = i + 1; j < page.length; j++) if (!page[j].blank) return j;
      return -1;
    };
    for (let i = 0; i < page.length; i++) {
      if (page[i].blank || claimed(i) || !WORDS.test(page[i].trimmed) || /^\d+$/.test(page[i].trimmed)) continue;
      const j = next(i);
      if (j >= 0 && GOES_ON.test(page[j].trimmed)) out.push(i);
    }
    return out;
  },
};
