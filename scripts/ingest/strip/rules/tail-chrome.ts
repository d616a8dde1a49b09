/**
 * @fileoverview
 *
 * Context: below the report's last sentence, a short line between two removed lines is part
 * of the same block of site furniture (a section label between two "more" links, a caption
 * in a list of pictures) — unless it is the document's signature, date or attachment line.
 *
 * e.g.
 * - before:
 *   …加强城东区集团各校间联系。
 *   更多 >
 *   精彩图片
 *   更多 >
 * - after:
 *   …加强城东区集团各校间联系。
 */
import type { ContextRule } from '../rule.ts';
import { isFrameLine, lastProse } from '../context.ts';
import { hasSentencePunctuation } from '../line-shape.ts';

const SHORT = 20;

export const tailChrome: ContextRule = {
  kind: 'context',
  id: 'tail-chrome',
  description: 'A short line between removed site furniture below the report.',
  select(page, claimed) {
    const last = lastProse(page, claimed);
    if (last < 0) return [];
    const nonBlank: number[] = [];
    for (let i = last + 1; i < page.length; i++) if (!page[i].blank) nonBlank.push(i);
    return nonBlank.filter((i, k) => {
      const t = page[i].trimmed;
      if (claimed(i) || t.length > SHORT || hasSentencePunctuation(t) || isFrameLine(t)) return false;
      return k > 0 && k < nonBlank.length - 1 && claimed(nonBlank[k - 1]) && claimed(nonBlank[k + 1]);
    });
  },
};
