/**
 * What the context rules (./rules/head-chrome.ts, ./rules/tail-chrome.ts) know of a page
 * once the line rules have run: where the report's prose starts and ends, which line is its
 * title, and which lines belong to an official document's frame (红头, 文号, 主送, 署名,
 * 成文日期, 附件), which are never chrome wherever they stand.
 */
import type { PageLine } from './page.ts';
import { markerAt } from '../structure/markers.ts';
import { isFrameLine as isFrame } from '../frame.ts';
import { hasSentencePunctuation, isBulletItem, looksLikeProse } from './line-shape.ts';

/** Words a document's title holds (a report, a plan, a notice, a meeting's news). */
const TITLE_CUE =
  /工作|总结|报告|汇报|计划|要点|讲话|方案|通知|意见|会议|调研|召开|举行|开展|实施|关于|情况|决定|通报|规划|述职|发言|致辞|督导|评估|督查|推进|部署/;

/** A part heading (第一部分 引言): the document's, never the site's. */
const PART = /^第[一二三四五六七八九十\d]{1,3}(?:部分|章|节)/;

/** A subtitle under a title: ——在全市教育工作会议上的讲话. */
const SUBTITLE = /^[—–-]{1,2}\s*\p{Script=Han}/u;

/** A line of the document's frame (../frame.ts) or a part heading: never site chrome. */
export function isFrameLine(text: string): boolean {
  return isFrame(text) || PART.test(text.trim());
}

/**
 * A line that can be a document's title: short, no sentence end, and a title's words. A
 * numbered heading (一、 （一） 1.) is the body's first heading, never its title.
 */
export function isTitleCandidate(text: string): boolean {
  const t = text.trim();
  if (t.length < 4 || t.length > 90 || /[。！？!?]$/.test(t) || isBulletItem(t) || markerAt(t, 0)) return false;
  return TITLE_CUE.test(t) || SUBTITLE.test(t);
}

/**
 * A line of the report's running text: prose with a clause inside (，；、), which a site's
 * slogan (更全更新信息实报!) or a menu never has.
 */
function isBodyProse(line: PageLine): boolean {
  return (
    !line.blank && !isBulletItem(line.trimmed) && looksLikeProse(line.trimmed) && /[，。；、,;]/.test(line.trimmed)
  );
}

/**
 * A line shaped like a title even without a report's words (擦亮绥德教育名片 办好人民满意教育):
 * long enough to be more than a menu entry, no sentence, no numbering.
 */
export function isTitleShaped(text: string): boolean {
  const t = text.trim();
  return t.length >= LONG_TITLE && t.length <= 60 && !hasSentencePunctuation(t) && !markerAt(t, 0) && !isBulletItem(t);
}

/** Index of the first unclaimed prose line, or -1. */
export function firstProse(page: readonly PageLine[], claimed: (i: number) => boolean): number {
  return page.findIndex((line, i) => !claimed(i) && isBodyProse(line));
}

/** Index of the last unclaimed prose line, or -1. */
export function lastProse(page: readonly PageLine[], claimed: (i: number) => boolean): number {
  for (let i = page.length - 1; i >= 0; i--) {
    if (!claimed(i) && isBodyProse(page[i])) return i;
  }
  return -1;
}

/** How far above the prose a title is looked for, in unclaimed non-blank lines. */
const TITLE_REACH = 6;

/**
 * The report's title line: the nearest unclaimed line above the first prose line that can
 * be a title. Lines the earlier rules removed (a page-info header between title and text)
 * are stepped over.
 */
export function titleLine(page: readonly PageLine[], claimed: (i: number) => boolean, prose: number): number {
  let seen = 0;
  let nearestLong = -1;
  for (let i = prose - 1; i >= 0 && seen < TITLE_REACH; i--) {
    if (page[i].blank || claimed(i)) continue;
    seen++;
    const t = page[i].trimmed;
    if (isTitleCandidate(t) && !hasSentencePunctuation(t.replace(/[:：,，、]/g, ''))) return i;
    if (nearestLong < 0 && isTitleShaped(t)) nearestLong = i;
  }
  // A headline without a report's words (探寻桃源县义务教育均衡发展的生动路径) is still the
  // nearest long line above the text that is no sentence.
  return nearestLong;
}

/** Fewest characters of a title found by its shape alone. */
const LONG_TITLE = 10;
