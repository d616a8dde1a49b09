/**
 * @fileoverview
 *
 * Removes a standalone publish date (or 发布时间: date) above the body. Only in the head
 * region: a date at the end of a report is its signature date and stays.
 *
 * e.g.
 * - before:
 *   區教育局關於2022年工作總結與2023年工作打算範文
 *   2023年11月13日
 * - after:
 *   區教育局關於2022年工作總結與2023年工作打算範文
 *
 * Also a news portal's stamp: ` date 2025-08-19 快訊`.
 */
import type { LineRule } from '../rule.ts';

/** 2023年11月13日 / 2023-11-13 10:20 above the body: the page's publish date. */
export const dateLine: LineRule = {
  kind: 'line',
  id: 'date-line',
  description: 'Standalone publish date above the report body.',
  region: 'head',
  pattern:
    /^(?:(?:发布|发表|更新)(?:时间|日期)\s*[:：]\s*|date\s+)?\d{4}\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}\s*日?(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+(?:快讯|即时|最新|焦点))?$/i,
};
