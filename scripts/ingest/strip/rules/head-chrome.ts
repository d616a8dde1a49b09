/**
 * @fileoverview
 *
 * Context: removes what a site prints above a report's title — its name and slogan, menus,
 * category labels, hot-line numbers, a column's blurb. Above the title nothing of the report
 * stands but more of its title and the frame of an official document (红头, 文号, 密级), so
 * every other line there goes, whatever its wording. Runs only when the page has both a
 * title line and prose under it.
 *
 * e.g.
 * - before:
 *   中国教育之声   更全更新信息实报!
 *   热点
 *   城东区教育局召开集团化办学座谈会
 *   2022年3月7日,青藏铁路花园学校教育集团与城东区教育局召开…
 * - after:
 *   城东区教育局召开集团化办学座谈会
 *   2022年3月7日,青藏铁路花园学校教育集团与城东区教育局召开…
 */
import type { ContextRule } from '../rule.ts';
import { firstProse, isFrameLine, isTitleCandidate, titleLine } from '../context.ts';

export const headChrome: ContextRule = {
  kind: 'context',
  id: 'head-chrome',
  description: "Site text above the report's title: site name, menus, category labels, hot-lines.",
  select(page, claimed) {
    const prose = firstProse(page, claimed);
    const title = prose < 0 ? -1 : titleLine(page, claimed, prose);
    if (title < 0) return [];
    const out: number[] = [];
    for (let i = 0; i < title; i++) {
      const t = page[i].trimmed;
      if (page[i].blank || claimed(i) || isFrameLine(t) || isTitleCandidate(t)) continue;
      out.push(i);
    }
    return out;
  },
};
