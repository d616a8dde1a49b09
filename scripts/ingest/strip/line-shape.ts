/**
 * Cheap tests on the shape of one line, shared by the stripper and the heuristic rules.
 * They look only at characters (Han count, punctuation, bullets, separators), so they work
 * the same on Simplified and Traditional text.
 */
import { countHan } from '../../../shared/han.ts';

/** Chinese and ASCII sentence punctuation; scraped pages often carry ASCII `,` and `:`. */
const SENTENCE_PUNCTUATION = /[。，；：！？,;:!?]/;

/** Punctuation that ends a sentence or clause; link titles can carry ：，、 but not these. */
const SENTENCE_STOP = /[。！？；]/;

/** A leading bullet as left by HTML list conversion or by hand: `- `, `* `, `• `. */
const BULLET = /^\s*[-*•·▪●◦]\s+/;

/** One navigation segment: short, no spaces (but between Latin words: About Sina), no separators, no punctuation. */
const NAV_SEGMENT = String.raw`[^\s\-|｜·/>›»。，；：！？,;:!?]{1,12}(?: [A-Za-z]{1,12}){0,2}`;

/** A menu separator: `|` or `·` with or without spaces; `-` and `/` only spaced (dates use them). */
const NAV_SEPARATOR = String.raw`(?:\s+[-/]\s+|\s*[|｜·]\s*)`;

/** Three or more short segments joined by menu separators: `字典网 - 试题库 - 元问答`. */
export const MENU_LINE = new RegExp(`^${NAV_SEGMENT}(?:${NAV_SEPARATOR}${NAV_SEGMENT}){2,}$`);

/** `首页 > 正文`: segments joined by `>`-like arrows. */
const BREADCRUMB = new RegExp(`^${NAV_SEGMENT}(?:\\s*[>›»]{1,2}\\s*${NAV_SEGMENT})+$`);

/** Longest line a link or menu entry is taken to be. */
const MAX_LINK_CHARS = 60;

/** Fewest Han characters in a line of report prose. */
const MIN_PROSE_HAN = 8;

/** Number of Han characters in `text`, counting no further than `limit` (shared/han.ts). */
export const hanCount = countHan;

/** Whether the line carries sentence punctuation (Chinese or the ASCII stand-ins). */
export function hasSentencePunctuation(text: string): boolean {
  return SENTENCE_PUNCTUATION.test(text);
}

/** A bullet item (`- 最新文档标题`): how link lists and site notices arrive after HTML conversion. */
export function isBulletItem(text: string): boolean {
  return BULLET.test(text);
}

/**
 * A line that reads as report prose: enough Han characters and sentence punctuation.
 * Headings, titles, link lists and menus fail; the page's edges are found with this.
 */
export function looksLikeProse(text: string): boolean {
  // The colon of an address (http://) is no sentence's.
  return hanCount(text, MIN_PROSE_HAN) >= MIN_PROSE_HAN && hasSentencePunctuation(text.replace(WEB_ADDRESS, ''));
}

/** A web address, which carries `:` and `.` of its own. */
const WEB_ADDRESS = /(?:https?:\/\/|www\.)\S+/gi;

/**
 * A site menu or breadcrumb (`字典网 - 试题库 - 元问答`, `首页 > 正文`), or a short line with
 * Latin letters and no Han at all (`Home`, `Login`): never a title of a Chinese report.
 */
export function isNavLike(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > MAX_LINK_CHARS || hasSentencePunctuation(t.replace(/^[-*•]\s+/, ''))) return false;
  if (MENU_LINE.test(t) || BREADCRUMB.test(t)) return true;
  return hanCount(t, 1) === 0 && /[A-Za-z]/.test(t);
}

/**
 * An entry of a link list: short, no sentence-ending punctuation, and marked as a list
 * item or menu. Document titles in such lists may contain ：，、 so only 。！？； disqualify.
 */
export function isLinkLike(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > MAX_LINK_CHARS || SENTENCE_STOP.test(t)) return false;
  return isBulletItem(t) || isNavLike(t) || DATED_ITEM.test(t);
}

/** A list entry dated the way sites date their links: 县教育状况调研报告范文07-04. */
const DATED_ITEM = /\p{Script=Han}\s*(?:(?:19|20)\d{2}[-/.])?\d{1,2}[-/.]\d{1,2}$/u;
