/**
 * @fileoverview
 *
 * Context: removes a lone bar (`|`) that separates no cells. Between two cells a bar is a
 * flattened table's (the repair stage joins those rows back); next to a menu or a row of
 * bars it is the site's layout.
 *
 * e.g.
 * - before:
 *   第K05版:经开时报 民生 | 上一版3 4下一版 |
 *   |
 *   本报讯 9月2日,经开区教文体局召开机关全体干部大会…
 * - after:
 *   第K05版:经开时报 民生 | 上一版3 4下一版 |
 *   本报讯 9月2日,经开区教文体局召开机关全体干部大会…
 */
import type { ContextRule } from '../rule.ts';

const BAR = /^[|｜]$/;
/** A table cell: short, no bar of its own. */
const isCell = (text: string): boolean => text.length > 0 && text.length <= 40 && !/[|｜]/.test(text);

export const strayBar: ContextRule = {
  kind: 'context',
  id: 'stray-bar',
  description: 'A lone bar (|) that stands between no two table cells.',
  select(page, claimed) {
    const neighbour = (i: number, step: number): string => {
      for (let j = i + step; j >= 0 && j < page.length; j += step)
        if (!page[j].blank) return claimed(j) ? '' : page[j].trimmed;
      return '';
    };
    const out: number[] = [];
    page.forEach((line, i) => {
      if (claimed(i) || !BAR.test(line.trimmed)) return;
      if (!isCell(neighbour(i, -1)) || !isCell(neighbour(i, 1))) out.push(i);
    });
    return out;
  },
};
