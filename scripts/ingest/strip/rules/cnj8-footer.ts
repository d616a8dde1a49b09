/**
 * @fileoverview
 *
 * Removes the cnj8 site footer; it names the site, so the rule carries `site: 'cnj8'`.
 *
 * e.g.
 * - before:
 *   字典網 - 試題庫 - 元問答 - 简体 - 頂部
 *   Copyright © cnj8 All Rights Reserved.
 * - after:
 *   字典網 - 試題庫 - 元問答 - 简体 - 頂部
 */
import type { LineRule } from '../rule.ts';

/** Copyright © cnj8 All Rights Reserved. */
export const cnj8Footer: LineRule = {
  kind: 'line',
  id: 'cnj8-footer',
  description: 'Footer of the cnj8 site (Copyright © cnj8 All Rights Reserved.).',
  site: 'cnj8',
  pattern: /^copyright\s*(?:©|\(c\))?\s*(?:\d{4}(?:-\d{4})?\s*)?cnj8\b/i,
};
