/**
 * @fileoverview
 *
 * Context: removes a photo caption a news site prints again and again, word for word, under
 * each picture of a gallery. A caption printed once is the story's own and stays with the
 * text; the same caption three or more times is the site's gallery furniture, every copy of it.
 * Only captions (▲ before, 摄 or （图／…） after): a table's cells repeat too, and they are
 * the report's.
 *
 * e.g.
 * - before:
 *   ▲▼新北114新卸任校(園)長交接典禮,市長侯友宜,教育局長張明文。（圖／記者姜國輝攝）
 *   侯友宜致詞表示，不管當今提倡的數位品德…
 *   ▲▼新北114新卸任校(園)長交接典禮,市長侯友宜,教育局長張明文。（圖／記者姜國輝攝）
 * - after:
 *   侯友宜致詞表示，不管當今提倡的數位品德…
 */
import type { ContextRule } from '../rule.ts';
import { isCaption } from '../../news-lines.ts';
import { toSimplifiedChars } from '../simplified.ts';

/** Copies that make a caption the gallery's: two pictures may share a source (（图/取自…）). */
const MIN_COPIES = 3;

export const repeatedCaption: ContextRule = {
  kind: 'context',
  id: 'repeated-caption',
  description: 'A photo caption printed word for word under several pictures: the gallery’s, not the story’s.',
  select(page, claimed) {
    const copies = new Map<string, number[]>();
    page.forEach((line, i) => {
      if (line.blank || claimed(i) || !isCaption(toSimplifiedChars(line.trimmed))) return;
      copies.set(line.trimmed, [...(copies.get(line.trimmed) ?? []), i]);
    });
    return [...copies.values()]
      .filter((at) => at.length >= MIN_COPIES)
      .flat()
      .sort((a, b) => a - b);
  },
};
