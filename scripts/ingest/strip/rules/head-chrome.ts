/**
 * @fileoverview
 *
 * Context: removes what a site prints above a report's title — its name and slogan, menus,
 * category labels, hot-line numbers, a column's blurb — and the short non-sentence lines it
 * puts between the title and the text (an author line, a font-size or share widget). Above the title nothing of the report
 * stands but more of its title (a copy of it, or its first half right above it) and the
 * frame of an official document (红头, 文号, 密级) — and, on a page that opens with a title,
 * that first line (a collection's own title) — so every other line there goes, whatever
 * its wording. Runs only when the page has both a title line and prose under it. The
 * text starts at its first prose line, unless that line is a site's sentence over a title
 * (an ad or a notice opening the page, an editor's blurb naming the title under it, a
 * collection's blurb over an item): see reportStart in ../context.ts.
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
import { isFrameLine, reportStart, isTitleCandidate, isTitleShaped, titleLine } from '../context.ts';
import { markerAt } from '../../structure/markers.ts';
import { frameKind } from '../../frame.ts';

/** A speaker's line under a speech's title (市教育局局长 王某某), or a news byline (本报记者 黄义伟). */
const SPEAKER = /局长|书记|主任|厅长|县长|区长|市长|校长|主席|同志|代表|记者|通讯员/;

export const headChrome: ContextRule = {
  kind: 'context',
  id: 'head-chrome',
  description: "Site text above the report's title, or between it and the text: site name, menus, labels, widgets.",
  select(page, claimed) {
    const prose = reportStart(page, claimed);
    const title = prose < 0 ? -1 : titleLine(page, claimed, prose);
    if (title < 0) return [];
    const titleTexts = [page[title].trimmed];
    const opening = page.findIndex((line) => !line.blank);
    const out: number[] = [];
    // Walking up: a title candidate joined to the title by blank lines only is its first half;
    // over a subtitle (——在…会议上的报告) the main title may stand above a removed header.
    let joined = true;
    let mainTitleDue = /^[—–-]{1,2}\s*\p{Script=Han}/u.test(page[title].trimmed);
    for (let i = title - 1; i >= 0; i--) {
      const line = page[i];
      if (line.blank) continue;
      if (claimed(i)) {
        joined = false;
        continue;
      }
      const t = line.trimmed;
      // A breadcrumb (首页 > 工作总结 > 标题, …汇报» 正文) is the site's even where it ends with the title.
      // …and so is a menu of three or more short words (古田新闻网 新闻中心 古田城事).
      const words = t.split(/\s+/);
      const crumb = /[>›»]/.test(t) || (words.length >= 3 && words.every((w) => /^\p{Script=Han}{2,6}$/u.test(w)));
      const copy = !crumb && titleTexts.some((title) => t === title || t.endsWith(title));
      const part = !crumb && (joined || mainTitleDue) && (isTitleCandidate(t) || isTitleShaped(t));
      mainTitleDue = false;
      if (copy || part) titleTexts.push(t);
      // A sentence (…群里下载。加入我们) or a breadcrumb (首页 > 工作总结 > …) opening the page is no title.
      const openingTitle = i === opening && !crumb && isTitleCandidate(t) && !/[。！？；!?;]/.test(t);
      if (isFrameLine(t) || copy || part || openingTitle) continue;
      joined = false;
      out.push(i);
    }
    out.reverse();
    // Bodies' names in a menu (台中市勞工局 / 新北民政局 / 桃園中油 / 新竹市消防局): a run of them
    // with the site's lines removed on both sides (or the page's top above it) is the menu's, not
    // a 红头 over the title, which stands right above the title or its 文号.
    const gone = (j: number): boolean => claimed(j) || out.includes(j);
    for (let i = 0; i < title; i++) {
      if (page[i].blank || gone(i) || !isFrameLine(page[i].trimmed) || titleTexts.includes(page[i].trimmed)) continue;
      const run: number[] = [];
      let j = i;
      for (; j < title; j++) {
        if (page[j].blank) continue;
        if (gone(j) || !isFrameLine(page[j].trimmed) || page[j].trimmed.length > 12) break;
        run.push(j);
      }
      const before = run[0] - 1 < 0 ? -1 : page.slice(0, run[0]).findLastIndex((l) => !l.blank);
      // …and so is a site's name opening the page over its breadcrumb (县教育局 / 当前位置: 首页 …).
      if (j < title && gone(j) && (before < 0 || gone(before))) out.push(...run);
      i = Math.max(i, run.at(-1) ?? i);
    }
    out.sort((a, b) => a - b);
    // Between the title and the text stand only a subtitle, the frame, a speaker's name or a
    // date; any other short line that is no sentence is the site's (作者, 字号, 分享到 …).
    for (let i = title + 1; i < prose; i++) {
      const t = page[i].trimmed;
      // A numbered heading ((九) 培育人才及青年发展) starts the document's own outline: what follows is its.
      if (markerAt(t, 0)) break;
      // Sentences, and labelled or quoting lines (主题一：研拟「…」), are the document's.
      if (page[i].blank || claimed(i) || t.length > 60 || /[。！？，,:：「」“”《》]/.test(t)) continue;
      if (isFrameLine(t) || isTitleCandidate(t) || titleTexts.includes(t) || markerAt(t, 0) || SPEAKER.test(t))
        continue;
      out.push(i);
    }
    // A bureau's name amid a site's index fields (索引号 / 公开方式 / 青浦区教育局 / 2018.01.25) is
    // the 发布机构 field with its label lost: removed with its neighbours.
    const removed = (i: number): boolean => claimed(i) || out.includes(i);
    const neighbour = (i: number, step: number): number => {
      for (let j = i + step; j > title && j < prose; j += step) if (!page[j].blank) return j;
      return -1;
    };
    for (let i = title + 1; i < prose; i++) {
      if (page[i].blank || removed(i) || frameKind(page[i].trimmed) !== 'body') continue;
      const [before, after] = [neighbour(i, -1), neighbour(i, 1)];
      if (before >= 0 && after >= 0 && removed(before) && removed(after)) out.push(i);
    }
    return out.sort((a, b) => a - b);
  },
};
