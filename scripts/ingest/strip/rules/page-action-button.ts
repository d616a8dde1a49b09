/**
 * @fileoverview
 *
 * Removes page action buttons that stand on their own line: 收藏, 分享, 点赞, 举报, 打印.
 *
 * e.g.
 * - before:
 *   對照全國學前教育普及普惠創建標準,…學前教育普及普惠水平全市領先。
 *   收藏
 * - after:
 *   對照全國學前教育普及普惠創建標準,…學前教育普及普惠水平全市領先。
 */
import type { LineRule } from '../rule.ts';

/** 收藏 / 分享 / 点赞 / 举报 / 打印 alone on a line. */
export const pageActionButton: LineRule = {
  kind: 'line',
  id: 'page-action-button',
  description: 'Page action button (收藏, 分享, 点赞, 举报, 打印, 返回顶部).',
  pattern: /^(?:加入)?收藏(?:本文|本页)?$|^(?:分享到?|点赞|举报|打印(?:本页)?|关闭窗口|返回顶部)$/,
};
