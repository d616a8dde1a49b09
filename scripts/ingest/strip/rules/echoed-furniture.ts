/**
 * @fileoverview
 *
 * Context: removes the site's furniture printed at both ends of an article. A line below the
 * last sentence that repeats, word for word, a line already removed above the text (a post's
 * read count: 阅读 1294) marks where the site's footer starts; it goes, and with it the short
 * non-sentence lines under it (文章由 美篇工作版 编辑制作, 投诉). A bare date is no such mark:
 * a document may sign with the date a site printed in its header.
 *
 * e.g.
 * - before:
 *   区人大常委会调研义务教育优质均衡发展区创建工作
 *   阅读 1294
 *   7月11日下午,区人大常委会副主任任佳琳一行7人对我区…进行实地调研。
 *   阅读 1294
 *   文章由 美篇工作版 编辑制作
 *   投诉
 * - after:
 *   区人大常委会调研义务教育优质均衡发展区创建工作
 *   7月11日下午,区人大常委会副主任任佳琳一行7人对我区…进行实地调研。
 */
import type { ContextRule } from '../rule.ts';
import { firstProse, lastProse } from '../context.ts';

/** A line that is only a date or a time. */
const DATE_ONLY = /^[\d\s年月日:：/.-]+$/;
/** A short line that is no sentence: the footer's furniture. */
const furniture = (t: string): boolean => t.length <= 24 && !/[。！？；，,;!?]/.test(t);

export const echoedFurniture: ContextRule = {
  kind: 'context',
  id: 'echoed-furniture',
  description: 'Site furniture printed at both ends of an article, and the short footer lines under its second copy.',
  select(page, claimed) {
    const [first, last] = [firstProse(page, claimed), lastProse(page, claimed)];
    if (first < 0 || last < first) return [];
    const above = new Set(page.slice(0, first).flatMap((line, i) => (claimed(i) && !line.blank ? [line.trimmed] : [])));
    for (let i = last + 1; i < page.length; i++) {
      const t = page[i].trimmed;
      if (page[i].blank || claimed(i) || !above.has(t) || DATE_ONLY.test(t) || !furniture(t)) continue;
      const rest = page.slice(i + 1).flatMap((line, k) => (line.blank || claimed(i + 1 + k) ? [] : [i + 1 + k]));
      if (!rest.every((j) => furniture(page[j].trimmed))) return [];
      return [i, ...rest];
    }
    return [];
  },
};
