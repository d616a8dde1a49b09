/**
 * The frame of an official document (GB/T 9704-2012), and a news story's byline, line by line: the parts around the
 * text that say who issued it, to whom, under which number and when. The stripper never
 * takes them for site chrome, the structure stage never makes them headings, and the meta
 * stage reads them as metadata.
 *
 *   鲁政教督委〔2024〕1号              →  number
 *   各县（市、区）教育局，局属各单位：  →  addressee
 *   某区教育局                         →  signer (among the last lines)
 *   2024年3月1日 / 二〇二四年三月一日   →  date
 */
import { toSimplifiedChars } from './strip/simplified.ts';

export type FrameKind =
  | 'number'
  | 'masthead'
  | 'classification'
  | 'signatory'
  | 'addressee'
  | 'attachment'
  | 'date'
  | 'note'
  | 'cc'
  | 'body'
  | 'byline';

/** 发文字号: 机关代字 + year in 〔〕 (sites type 【】 [] （）) + number + 号. */
export const DOC_NUMBER =
  /(\p{Script=Han}{1,15}?)\s*[〔［[【（(]\s*((?:19|20)\d{2})\s*[〕］\]】）)]\s*第?\s*(\d{1,4})\s*号/u;

const KINDS: Array<[FrameKind, RegExp]> = [
  ['number', new RegExp(`^${DOC_NUMBER.source}`, 'u')],
  // The 红头 (…文件), or a brief's masthead with its issue (教育简报 2024年第1期).
  [
    'masthead',
    /^\p{Script=Han}{2,30}文件$|^\p{Script=Han}{2,20}(?:简报|快报|动态|通讯)\s*(?:[（(]?\s*(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,3}\s*期[)）]?$/u,
  ],
  ['classification', /^(?:绝密|机密|秘密|特急|加急)/],
  ['signatory', /^签\s*发\s*人/],
  [
    'addressee',
    /^(?:各|全)[^。]{1,200}[:：]$|^[\p{Script=Han}（）()、，,]{2,40}?(?:局|政府|委员会|办公室|办公厅|教育厅|教育部|党委|党组|人大常委会)[:：]$/u,
  ],
  ['attachment', /^附件\s*\d*\s*[:：.．、]?[^。！？]*$/], // 附件说明 has no final stop
  [
    'date',
    /^(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[二〇○一三四五六七八九十]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$/,
  ],
  ['note', /^[（(](?:此件|本件)[^）)]{1,16}[)）]$|^[（(].{2,20}[)）]$/],
  // 抄送 / 印发 at the foot: 抄送：市教育局。 / 县教育局办公室 2024年1月15日印发
  ['cc', /^(?:抄\s*送|印\s*发)|^.{2,30}?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发$/u],
  [
    'body',
    /^[\p{Script=Han}（）()X×Ｘ*＊]{2,30}?(?:局|政府|委员会|办公室|办公厅|厅|部|委|领导小组)(?:\s*[（(][^（）()]{4,20}[)）])?$/u,
  ],
  // A news story's byline (□常德日报记者 黄媛媛 通讯员 田志波): the story's own, like a signature.
  [
    'byline',
    /^(?:[（(□]\s*)?(?:\S{0,8}?\s?(?:记者|通讯员)\s*\p{Script=Han}{2,4}(?:[\s、，,／/]+\S{0,4}?\p{Script=Han}{2,4})*\s*[)）]?)(?:[\s／/]*\p{Script=Han}{2,6}报[导道])?$/u,
  ],
];

const SPACED_LETTERS = /^(?:\p{Script=Han}\s+){2,}\p{Script=Han}(?=[:：]?$)/u;

/** The frame part a line is, or null for report text. `body` is an issuing body's name (署名, 发文机关). */
export function frameKind(text: string): FrameKind | null {
  // 曲 沃 县 监 察 局: a name set in spaced letters is the name.
  const simplified = toSimplifiedChars(text.trim()).replace(SPACED_LETTERS, (m) => m.replace(/\s+/g, ''));
  for (const [kind, pattern] of KINDS) if (pattern.test(simplified)) return kind;
  return null;
}

/** Whether a line belongs to the document's frame, never to the site's chrome or the headings. */
export function isFrameLine(text: string): boolean {
  return frameKind(text) !== null;
}

const DIGIT: Record<string, number> = {
  〇: 0,
  '○': 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 二十一 → 21, 十二 → 12, 三 → 3. */
function chineseNumber(text: string): number {
  if (!text.includes('十')) return Number([...text].map((c) => DIGIT[c]).join(''));
  const [tens, ones] = text.split('十');
  return (tens ? DIGIT[tens] : 1) * 10 + (ones ? DIGIT[ones] : 0);
}

/** A 成文日期 as an ISO date: 2024年3月1日 and 二〇二四年三月一日 → 2024-03-01. */
export function isoDate(text: string): string | null {
  const t = toSimplifiedChars(text.trim());
  const arabic = /^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(t);
  const chinese = /^([二〇○一三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/.exec(
    t,
  );
  const parts = arabic
    ? [Number(arabic[1]), Number(arabic[2]), Number(arabic[3])]
    : chinese
      ? [Number([...chinese[1]].map((c) => DIGIT[c]).join('')), chineseNumber(chinese[2]), chineseNumber(chinese[3])]
      : null;
  if (!parts || parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > 31) return null;
  return `${parts[0]}-${String(parts[1]).padStart(2, '0')}-${String(parts[2]).padStart(2, '0')}`;
}
