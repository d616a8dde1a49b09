/**
 * @fileoverview
 *
 * Removes the labels a 范文 site puts before each document of a compilation (篇1, 篇一,
 * 第一篇:全县教育工作调研报告): the site's numbering of what it collected, not part of any
 * document. The document's own title, where it follows, stays.
 *
 * e.g.
 * - before:
 *   第一篇:全县教育工作调研报告
 *   全县教育工作调研报告
 *   今年以来，全县教育系统…
 * - after:
 *   全县教育工作调研报告
 *   今年以来，全县教育系统…
 */
import type { LineRule } from '../rule.ts';

export const collectionLabel: LineRule = {
  kind: 'line',
  id: 'collection-label',
  description: 'Numbering a compilation site puts before each document it collected (篇1, 第一篇:…).',
  pattern:
    /^(?:篇\s*[一二三四五六七八九十\d]{1,3}|第\s*[一二三四五六七八九十\d]{1,3}\s*篇)(?:\s*[:：]\s*[^。！？]{0,60})?$/,
};
