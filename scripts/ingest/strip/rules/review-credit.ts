/**
 * @fileoverview
 *
 * Removes the review credits a government or news site prints under an article: who wrote,
 * checked and signed it off (一审：李红光 / 二审：费 充 / 三审：周 超, 责任编辑：余凌古田网).
 * A label of the site's three-review workflow and a name, nothing else: a document never
 * signs so (a credit with a site's name glued on reads like a sentence, so no region).
 *
 * e.g.
 * - before:
 *   …为新学期教育教学工作的平稳进行提供保障。
 *   一审:李红光
 *   二审:费 充
 *   三审:周 超
 * - after:
 *   …为新学期教育教学工作的平稳进行提供保障。
 */
import type { LineRule } from '../rule.ts';

export const reviewCredit: LineRule = {
  kind: 'line',
  id: 'review-credit',
  description: 'Review credits under an article (一审 / 二审 / 三审 / 终审 / 责任编辑 and a name).',
  pattern:
    /^[（(【[]?(?:[一二三]审|初审|复审|终审|审核|审签|责任编辑|责编|编辑)\s*[:：]\s*[^\s。，；！？,;!?][^。，；！？,;!?]{0,14}[)）】\]]?$/,
};
