/**
 * @fileoverview
 *
 * Removes download buttons: `- txt下载`, 合集下载, 下载文档, PDF下载.
 *
 * e.g.
 * - before:
 *   教育局开展扩大优质教育资源情况汇报
 *   合集下载
 *   教育部门工作总结优化教育资源配置促进公平发展
 * - after:
 *   教育局开展扩大优质教育资源情况汇报
 *   教育部门工作总结优化教育资源配置促进公平发展
 */
import type { LineRule } from '../rule.ts';

/** A line that is only a download button label. */
export const downloadButton: LineRule = {
  kind: 'line',
  id: 'download-button',
  description: 'Download button label (txt下载, 合集下载, 下载文档).',
  pattern: /^(?:[-*•]\s*)?(?:txt|pdf|docx?|word|ppt|合集|全文|文档|免费|立即)?\s*下载(?:文档|全文|本文|合集)?$/i,
};
