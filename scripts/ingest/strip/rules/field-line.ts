/**
 * @fileoverview
 *
 * Context: removes a line of the site's fields at the page edges — labels with their values
 * (发布时间：2024-03-29 来源：楚都宜城网, 浏览：1808) — in wordings no line rule lists. Such
 * a line is nothing but short `label：value` pairs, one of them a date, a time or a count;
 * a report's own lines with a colon address someone (各学校：) or run on into a sentence.
 *
 * e.g.
 * - before:
 *   宜城市部署2024年教育工作
 *   刊发日：2024-03-29 出处：楚都宜城网
 *   3月28日，全市教育工作会议召开，…
 * - after:
 *   宜城市部署2024年教育工作
 *   3月28日，全市教育工作会议召开，…
 */
import type { ContextRule } from '../rule.ts';
import { firstProse, isFrameLine, lastProse } from '../context.ts';

/** One `label：value` pair: a label of two to six letters, a short value without a sentence's marks. */
const PAIR =
  /[【[(（]?\s*(\p{Script=Han}{2,6})\s*[:：]\s*((?:\d{1,2}:\d{2}(?::\d{2})?|[^:：。，；！？,;]){0,40}?)\s*[】\])）]?(?=\s+[【[(（]?\s*\p{Script=Han}{2,6}\s*[:：]|\s*$)/gu;
/** A value that is a site's: a date, a time, a count, an address on the web. */
const SITE_VALUE =
  /^(?:\d{2,4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}|\d+\s*次?|https?:\S+|www\.\S+)$/i;

/** A document's own contact fields, which close many a notice (联系人：王某 电话：12345678). */
const CONTACT = /联系|电话|手机|邮箱|传真|地址|邮编|QQ/i;

/** The pairs of a line made only of pairs, or null. */
function pairsOf(text: string): Array<[string, string]> | null {
  const pairs = [...text.matchAll(PAIR)].map((m) => [m[1], m[2].trim()] as [string, string]);
  if (pairs.length === 0) return null;
  const rest = text.replace(PAIR, '').trim();
  return rest === '' ? pairs : null;
}

export const fieldLine: ContextRule = {
  kind: 'context',
  id: 'field-line',
  description: 'A line of the site’s label：value fields at the page edges, one of them a date, time or count.',
  select(page, claimed) {
    const [first, last] = [firstProse(page, claimed), lastProse(page, claimed)];
    if (first < 0) return [];
    const out: number[] = [];
    page.forEach((line, i) => {
      if (line.blank || claimed(i) || (i > first && i < last) || isFrameLine(line.trimmed)) return;
      const pairs = pairsOf(line.trimmed);
      if (pairs?.some(([, value]) => SITE_VALUE.test(value)) && !pairs.some(([label]) => CONTACT.test(label)))
        out.push(i);
    });
    return out;
  },
};
