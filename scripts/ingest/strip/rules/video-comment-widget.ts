/**
 * @fileoverview
 *
 * Removes the 静网PWA视频评论 widget label that heads some article pages.
 *
 * e.g.
 * - before:
 *   靜網PWA視頻評論
 *   區教育局關於2022年工作總結與2023年工作打算範文
 * - after:
 *   區教育局關於2022年工作總結與2023年工作打算範文
 */
import type { LineRule } from '../rule.ts';

/** 静网PWA视频评论: a video/comment widget label, not part of any report. */
export const videoCommentWidget: LineRule = {
  kind: 'line',
  id: 'video-comment-widget',
  description: 'The 静网PWA视频评论 widget label.',
  pattern: /^静网\s*PWA\s*视频评论$/i,
};
