/**
 * @fileoverview
 *
 * Removes the comment form's controls: the character counter (0/150) and the submit button.
 * The 评论 header itself is the `comments` section rule.
 *
 * e.g.
 * - before:
 *   評論
 *   0/150
 *   提交評論
 * - after:
 *   (nothing)
 */
import type { LineRule } from '../rule.ts';

/** 0/150 and 提交评论: a comment box's counter and button. */
export const commentForm: LineRule = {
  kind: 'line',
  id: 'comment-form',
  description: 'Comment box controls: character counter (0/150) and 提交评论 / 发表评论 button.',
  pattern: /^(?:(?:提交|发表|发布|我要)评论|0\s*\/\s*\d{2,4})$/,
};
