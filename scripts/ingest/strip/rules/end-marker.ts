/**
 * @fileoverview
 *
 * Removes the end marker a WeChat account prints under each article (-END-, — END —,
 * THE END). The marker is the account's layout, not the document's text.
 *
 * e.g.
 * - before:
 *   …全区教育系统将集智聚力,展现新气象,开创新局面。
 *   -END-
 * - after:
 *   …全区教育系统将集智聚力,展现新气象,开创新局面。
 */
import type { LineRule } from '../rule.ts';

export const endMarker: LineRule = {
  kind: 'line',
  id: 'end-marker',
  description: 'An article’s end marker as WeChat accounts print it (-END-).',
  pattern: /^[-—–_=~·•\s]*(?:the\s+)?end[-—–_=~·•\s]*$/i,
};
