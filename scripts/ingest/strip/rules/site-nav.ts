/**
 * @fileoverview
 *
 * Removes a site menu line: three or more short entries joined by ` - `, `|` or `·`.
 * Head and tail regions only.
 *
 * e.g.
 * - before:
 *   字典網 - 試題庫 - 元問答 - 简体 - 頂部
 *   Copyright © cnj8 All Rights Reserved.
 * - after:
 *   Copyright © cnj8 All Rights Reserved.
 */
import type { LineRule } from '../rule.ts';
import { MENU_LINE } from '../line-shape.ts';

/** 字典网 - 试题库 - 元问答 - 简体 - 顶部: a site menu. */
export const siteNav: LineRule = {
  kind: 'line',
  id: 'site-nav',
  description: 'Site menu line (字典网 - 试题库 - 元问答 - 简体 - 顶部).',
  region: 'edges',
  pattern: MENU_LINE,
};
