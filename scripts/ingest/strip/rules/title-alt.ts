/**
 * @fileoverview
 *
 * Context: removes an image's alt text left in the article: the title again, with the site's
 * label for a picture after a separator (…期盼改善地方教育与中央关係! | 文章内置图片, …_图1).
 * Only a line that opens with the whole title counts, anywhere below it.
 *
 * e.g.
 * - before:
 *   前台中市教育局副局长邱干国接手国教署 期盼改善地方教育与中央关係!
 *   教育部人事异动!台中市教育局副局长邱干国今日受任教育部国民及学前教育署长，…
 *   前台中市教育局副局长邱干国接手国教署 期盼改善地方教育与中央关係! | 文章内置图片
 * - after:
 *   前台中市教育局副局长邱干国接手国教署 期盼改善地方教育与中央关係!
 *   教育部人事异动!台中市教育局副局长邱干国今日受任教育部国民及学前教育署长，…
 */
import type { ContextRule } from '../rule.ts';
import { reportStart, titleLine } from '../context.ts';

/** What follows the title in an alt text: a separator and a short label with no sentence in it. */
const LABEL = /^\s*[|｜_—-]\s*[^。，；！？,;!?]{1,10}$/;

export const titleAlt: ContextRule = {
  kind: 'context',
  id: 'title-alt',
  description: "An image's alt text: the title again with a label (| 文章内置图片, _图1).",
  select(page, claimed) {
    // The title as the context rules find it, else the page's first line left (a headline
    // ending with ! is no title candidate, but its alt text still repeats it).
    const prose = reportStart(page, claimed);
    const found = prose < 0 ? -1 : titleLine(page, claimed, prose);
    const title = found >= 0 ? found : page.findIndex((line, i) => !line.blank && !claimed(i));
    if (title < 0 || page[title].trimmed.length < 6) return [];
    const text = page[title].trimmed;
    const out: number[] = [];
    for (let i = title + 1; i < page.length; i++) {
      const t = page[i].trimmed;
      if (!page[i].blank && !claimed(i) && t.startsWith(text) && LABEL.test(t.slice(text.length))) out.push(i);
    }
    return out;
  },
};
