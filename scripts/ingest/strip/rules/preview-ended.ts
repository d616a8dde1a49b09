/**
 * @fileoverview
 *
 * Removes the paywall line that says the free preview is over. The text above it is
 * truncated by the site, so the rule marks a preview end.
 *
 * e.g.
 * - before:
 *   201x年是XX市教育事業取得顯著成效的一年。…
 *   预览阅读已结束,若您需要全文或代笔。
 * - after:
 *   201x年是XX市教育事業取得顯著成效的一年。…
 */
import type { LineRule } from '../rule.ts';

/** 预览阅读已结束 / 试读已结束: the site stops the text here. */
export const previewEnded: LineRule = {
  kind: 'line',
  id: 'preview-ended',
  description: 'Paywall notice that the free preview is over (预览阅读已结束).',
  previewEnd: true,
  pattern: /^(?:本文档?)?(?:预览|试读)(?:阅读)?已?结束/,
};
