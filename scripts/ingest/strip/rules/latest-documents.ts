/**
 * @fileoverview
 *
 * Removes a 最新文档 (or 热门文档) header and the unrelated document titles listed under it.
 *
 * e.g.
 * - before:
 *   最新文檔
 *   - 適合新手的軟件設計師考試試題及答案
 *   - 保潔協議書合同范本
 *   評論
 * - after:
 *   評論 (removed in turn by the comments rule)
 */
import type { SectionRule } from '../rule.ts';

/** 最新文档 / 热门文档 and its list of links. */
export const latestDocuments: SectionRule = {
  kind: 'section',
  id: 'latest-documents',
  description: 'A 最新文档 / 热门文档 header and the document links under it.',
  header: /^(?:最新|热门|精品|推荐)文档\s*[:：]?$/,
};
