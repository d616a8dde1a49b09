/**
 * @fileoverview
 *
 * Context: removes a line the page prints again and again with only its page number changed
 * (counting up: 1, 2, 3, or 2, 4, 7 where a site skips pages; every other number the same):
 * a page counter or a thumbnail caption in a wording no other rule knows. A report's own
 * lines do not repeat that way: its headings are numbered in the text (一、 二、), its
 * sentences differ, and the figures of a table flattened one row a line change in more than
 * one place.
 *
 * e.g.
 * - before:
 *   教育局工作总结 — 页 1
 *   …加大农村学校投入力度。
 *   教育局工作总结 — 页 2
 *   …全面落实“双减”政策。
 *   教育局工作总结 — 页 3
 * - after:
 *   …加大农村学校投入力度。
 *   …全面落实“双减”政策。
 */
import type { ContextRule } from '../rule.ts';
import { markerAt } from '../../structure/markers.ts';

/** How often a shape must recur to be the page's furniture. */
const TIMES = 3;

/** The line with every number made one: 第3页 / 共15页 → 第#页 / 共#页. */
const shapeOf = (text: string): string => text.replace(/\d+/g, '#').replace(/\s+/g, ' ');

/** Largest number taken for a page number (a year is a figure, not a page). */
const MAX_PAGE = 999;

/** Whether the lines (one shape, in page order) differ in one number only, which counts up from line to line. */
function countsPages(texts: string[]): boolean {
  const numbers = texts.map((t) => (t.match(/\d+/g) ?? []).map(Number));
  const varying = numbers[0].flatMap((_, k) => (numbers.some((n) => n[k] !== numbers[0][k]) ? [k] : []));
  if (varying.length !== 1) return false;
  const k = varying[0];
  return numbers.every((n, j) => n[k] <= MAX_PAGE && (j === 0 || n[k] > numbers[j - 1][k]));
}

export const repeatedFurniture: ContextRule = {
  kind: 'context',
  id: 'repeated-furniture',
  description: 'A line printed again and again with only its number changed (a page counter or caption).',
  select(page, claimed) {
    const shapes = new Map<string, number[]>();
    page.forEach((line, i) => {
      const t = line.trimmed;
      if (line.blank || claimed(i) || t.length > 80 || !/\d/.test(t) || /[。；，,;]/.test(t) || markerAt(t, 0)) return;
      const shape = shapeOf(t);
      if (!/\p{Script=Han}|[a-z]{2}/iu.test(shape)) return;
      (shapes.get(shape) ?? shapes.set(shape, []).get(shape)!).push(i);
    });
    const out: number[] = [];
    for (const lines of shapes.values())
      if (lines.length >= TIMES && countsPages(lines.map((i) => page[i].trimmed))) out.push(...lines);
    return out.sort((a, b) => a - b);
  },
};
