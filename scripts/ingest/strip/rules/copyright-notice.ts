/**
 * @fileoverview
 *
 * Removes the upload disclaimer document-sharing sites put above a document
 * (版权说明/版权声明: 本文档由用户提供并上传…). The line does not name the site, so the
 * rule is not site-specific.
 *
 * e.g.
 * - before:
 *   版權說明:本文檔由用戶提供并上傳,收益歸屬內容提供方,若內容存在侵權,請進行舉報或認領
 *   蘇州教育局工作報告
 * - after:
 *   蘇州教育局工作報告
 */
import type { LineRule } from '../rule.ts';

/** 版权说明: the doc-sharing upload disclaimer line. */
export const copyrightNotice: LineRule = {
  kind: 'line',
  id: 'copyright-notice',
  description: 'Upload disclaimer of a document-sharing site (版权说明: 本文档由用户提供并上传…).',
  pattern: /^版权(?:说明|声明)\s*[:：]/,
};
