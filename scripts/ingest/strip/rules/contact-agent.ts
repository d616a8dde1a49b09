/**
 * @fileoverview
 *
 * Removes the paywall's "contact an agent for the full text" line (often with 👉 👈).
 *
 * e.g.
 * - before:
 *   预览阅读已结束,若您需要全文或代笔。
 *   请点击👉 mooonya 👈联系老师
 * - after:
 *   (nothing)
 */
import type { LineRule } from '../rule.ts';

/** 请点击👉 … 👈联系老师: a paywall's contact link. */
export const contactAgent: LineRule = {
  kind: 'line',
  id: 'contact-agent',
  description: 'Paywall link to an agent selling the full text (请点击👉 … 👈联系老师).',
  previewEnd: true,
  pattern: /👉.*👈|^请?点击.{0,30}联系(?:老师|客服|作者)/u,
};
