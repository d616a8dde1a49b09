/**
 * @fileoverview
 *
 * Removes the 文档简介 label a document-sharing site prints above the text excerpt.
 *
 * e.g.
 * - before:
 *   文檔簡介
 *   蘇州教育局工作報告
 * - after:
 *   蘇州教育局工作報告
 */
import type { LineRule } from '../rule.ts';

/** 文档简介: the label above a doc-sharing site's text excerpt. */
export const documentSummaryLabel: LineRule = {
  kind: 'line',
  id: 'document-summary-label',
  description: 'The 文档简介 label above the text excerpt of a document-sharing page.',
  pattern: /^文档(?:简介|介绍|描述)\s*[:：]?$/,
};
