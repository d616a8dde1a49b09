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
import { simplifiedForMatching, toSimplifiedChars } from './simplified.ts';

/** Words a document's title holds (a report, a plan, a notice, a meeting's news). */
const TITLE_CUE =
  /工作|总结|报告|汇报|计划|要点|讲话|方案|通知|意见|会议|调研|召开|举行|开展|实施|关于|情况|决定|通报|规划|述职|发言|致辞|督导|评估|督查|推进|部署/;

/** A part heading (第一部分 引言): the document's, never the site's. */
const PART = /^第[一二三四五六七八九十\d]{1,3}(?:部分|章|节)/;

/** A subtitle under a title: ——在全市教育工作会议上的讲话. */
const SUBTITLE = /^[—–-]{1,2}\s*\p{Script=Han}/u;

/**
 * A line of the document's frame (../frame.ts) or a part heading: never site chrome. Read as
 * the rules read a line, in Simplified script without a site's pinyin glosses (贛發(fā)〔2019〕21號).
 */
export function isFrameLine(text: string): boolean {
  const t = simplifiedForMatching(text) ?? '';
  return isFrame(t) || PART.test(t);
}

/**
 * A line that can be a document's title: short, no sentence end, and a title's words (in
 * Simplified script, whatever the page's). A numbered heading (一、 （一） 1.) is the body's
 * first heading, never its title, and a line ending in a colon (以下是…的谈话内容：) opens text.
 */
export function isTitleCandidate(text: string): boolean {
  const t = toSimplifiedChars(text.trim());
  if (t.length < 4 || t.length > 90 || /[。！？!?:：]$/.test(t) || isBulletItem(t) || markerAt(t, 0)) return false;
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
  // A headline may open with the body that says it (教育部：去年全国幼儿园数量达到27.4万所);
  // a label (主题：, 热门：) is no such body.
  const t = text.trim().replace(/^[^\s:：，。]{0,8}(?:部|厅|局|委|署|院|政府|中心)[:：]\s*(?=\S)/, '');
  return (
    t.length >= LONG_TITLE &&
    t.length <= 60 &&
    !hasSentencePunctuation(t) &&
    !/[>›»]/.test(t) &&
    !markerAt(t, 0) &&
    !isBulletItem(t)
  );
}

/** Index of the first unclaimed prose line, or -1. */
export function firstProse(page: readonly PageLine[], claimed: (i: number) => boolean): number {
  return page.findIndex((line, i) => !claimed(i) && isBodyProse(line));
}

/**
 * A document's title by its shape alone: a title's words, no sentence or field punctuation
 * (时间：… 来源：… is a header), and the ending of a document's name — its type
 * (…工作总结, …的讲话, …工作思路) or a meeting's news (…会议召开) — before a site's tag
 * ((2023年), 【精选推荐】, (全文), 篇一). Read in Simplified script.
 */
export function isStrongTitle(text: string): boolean {
  const t = toSimplifiedChars(text.trim());
  if (t.length < 6 || t.length > 60 || /[。！？；!?;:：]/.test(t) || !isTitleCandidate(t)) return false;
  const bare = t.replace(TITLE_TAG, '');
  return DOCUMENT_END.test(bare);
}

/** What a site appends to a title: (2023年), (全文), 【精选推荐】, (优秀13篇), 篇一. */
const TITLE_TAG = /(?:\s*[(（【[][^()（）【】[\]]{0,10}[)）】\]]|\s*篇[一二三四五六七八九十\d]{1,3})+$/u;

/** How a document's name ends: its type, or a meeting's or visit's news. */
const DOCUMENT_END =
  /(?:总结|报告|汇报|计划|要点|方案|讲话|发言|致辞|打算|思路|安排|意见|通知|通报|规划|材料|述职|报道|召开|举行)$/;

/** Most non-blank lines between a site's sentence and the text: a title, a salutation, a speaker, a date. */
const INTRO_REACH = 4;

/** Letters and digits only, to find a title inside a sentence whatever the punctuation. */
const core = (text: string): string => text.replace(TITLE_TAG, '').replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Index of the first line of the report's text: the first prose line, unless it is a site's
 * sentence over the document's title. It is one when a strong title (isStrongTitle) stands
 * under it, before the next prose line and within a few lines, and either nothing above it
 * could be a title (an ad or a notice opening the page) or it names that title
 * (下面是小编为大家整理的《…》，供大家参考。). A salutation (同志们：) is the report's. -1 without prose.
 */
export function reportStart(page: readonly PageLine[], claimed: (i: number) => boolean): number {
  let start = firstProse(page, claimed);
  for (let round = 0; start >= 0 && round < 3; round++) {
    const sentence = page[start].trimmed;
    if (/[:：]$/.test(sentence)) break;
    let seen = 0;
    let title = -1;
    let next = -1;
    for (let i = start + 1; i < page.length && (title >= 0 || seen <= INTRO_REACH); i++) {
      if (page[i].blank || claimed(i)) continue;
      if (isBodyProse(page[i])) {
        next = i;
        break;
      }
      // A share or info widget's items (• 听全文 • 来源：…) are one block, not lines of their own.
      if (!isBulletItem(page[i].trimmed)) seen++;
      if (title < 0 && isStrongTitle(page[i].trimmed)) title = i;
    }
    if (title < 0 || next < 0) break;
    // A collection's title (…（热门14篇）) is not this document's; an item's label (第一篇, 篇一) marks its title.
    const above = page
      .slice(0, start)
      .filter((line, i) => !line.blank && !claimed(i) && isTitleCandidate(line.trimmed));
    const titleAbove = above.some((line) => !COLLECTION.test(line.trimmed));
    const item =
      above.some((line) => COLLECTION.test(line.trimmed)) ||
      page.slice(start + 1, title + 1).some((line) => ITEM.test(line.simplified ?? line.trimmed));
    const named = core(page[title].simplified ?? page[title].trimmed);
    const said = core(toSimplifiedChars(sentence));
    // A report's sentence ends with its stop; a site's notice or ad often stands without one.
    const notice = !titleAbove && !/[。；;]$/.test(sentence);
    if (!notice && !item && !(named.length >= 6 && said.includes(named))) break;
    start = next;
  }
  return start;
}

/** A collection's title: …（热门14篇）, …范文（通用3篇）, …合集. */
const COLLECTION = /[\d一二三四五六七八九十百]+\s*篇\s*[)）】\]]$|合集$|大全$/;
/** An item of a collection: 第一篇, 篇一, 【篇一】. */
const ITEM = /第\s*[\d一二三四五六七八九十]+\s*篇|篇\s*[\d一二三四五六七八九十]{1,3}(?:[】\])）]|$)/;

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
