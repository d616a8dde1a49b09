/**
 * @fileoverview
 *
 * Removes article pager links: `Next Article`, 上一篇 / 下一篇.
 *
 * e.g.
 * - before:
 *   同類文章
 *   Next Article
 * - after:
 *   (nothing)
 */
import type { LineRule } from '../rule.ts';

/** Next Article / 上一篇：… / 下一篇：…: links to the neighbouring article. */
export const nextArticle: LineRule = {
  kind: 'line',
  id: 'next-article',
  description: 'Article pager link (Next Article, 上一篇, 下一篇).',
  pattern: /^(?:next|previous|prev)\s+(?:article|post)$|^(?:上一篇|下一篇)(?:\s*[:：].{0,60})?$/i,
};
