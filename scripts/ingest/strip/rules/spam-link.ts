/**
 * @fileoverview
 *
 * Removes unrelated clickbait links (图片大全, 美女图片, 壁纸大全…) below the report. Tail
 * region only.
 *
 * e.g.
 * - before:
 *   相關推薦
 *   清純唯美圖片大全
 * - after:
 *   (nothing: 相關推薦 is removed by related-list)
 */
import type { LineRule } from '../rule.ts';

/** 清纯唯美图片大全 and the like: a spam link in the tail. */
export const spamLink: LineRule = {
  kind: 'line',
  id: 'spam-link',
  description: 'Clickbait link below the report (清纯唯美图片大全).',
  region: 'tail',
  pattern:
    /^(?:[-*•]\s*)?[^。，；：！？,;:!?]{0,16}(?:图片大全|美女图片|唯美图片|壁纸大全|头像大全|性感|写真|影院|在线观看|无码|av)[^。，；：！？,;:!?]{0,10}$/,
};
