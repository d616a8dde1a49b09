/**
 * @fileoverview
 *
 * Removes the 评论 (comments) header and the comment area under it.
 *
 * e.g.
 * - before:
 *   - 《汽車電氣設備構造與維修》學習課程標準
 *   評論
 *   0/150
 *   提交評論
 * - after:
 *   - 《汽車電氣設備構造與維修》學習課程標準 (removed in turn by latest-documents)
 */
import type { SectionRule } from '../rule.ts';

/** 评论 / 网友评论 / 评论(3) and the comment area. */
export const comments: SectionRule = {
  kind: 'section',
  id: 'comments',
  description: 'The 评论 header and the comment area under it.',
  header: /^(?:网友|全部|最新|热门)?评论(?:区|列表)?(?:\s*[(（]\d+[)）])?\s*[:：]?$/,
};
