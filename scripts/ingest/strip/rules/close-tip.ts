/**
 * @fileoverview
 *
 * Removes the label of a popup's close button.
 *
 * e.g.
 * - before:
 *   喜欢就按个赞吧!!!
 *   点击关闭提示
 * - after:
 *   喜欢就按个赞吧!!!
 */
import type { LineRule } from '../rule.ts';

/** 点击关闭提示: a popup's close button. */
export const closeTip: LineRule = {
  kind: 'line',
  id: 'close-tip',
  description: 'Close button of a popup (点击关闭提示).',
  pattern: /^点击关闭(?:提示|窗口)?$/,
};
