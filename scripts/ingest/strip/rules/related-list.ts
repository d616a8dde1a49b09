/**
 * @fileoverview
 *
 * Removes a "related" header (相关推荐, 相关文档, 同类文章, 猜你喜欢…) and the links under it.
 *
 * e.g.
 * - before:
 *   …與社區、家庭、社會的聯繫。
 *   同類文章
 *   Next Article
 * - after:
 *   …與社區、家庭、社會的聯繫。
 */
import type { SectionRule } from '../rule.ts';

/** 相关推荐 / 相关文档 / 同类文章 and its list of links. */
export const relatedList: SectionRule = {
  kind: 'section',
  id: 'related-list',
  description: 'A related-content header (相关推荐, 相关文档, 同类文章) and the links under it.',
  header:
    /^(?:【[^【】]{1,40}】)?(?:相关(?:推荐|文档|文章|阅读|资料|下载|搜索)|同类文章|猜你喜欢|推荐阅读|热门推荐)\s*[:：]?$/,
};
