/**
 * Years a report covers (reviewed or planned), ascending and unique. The rule, kept simple
 * on purpose:
 *
 * 1. When the title states years, they are the answer (区教育局关于2022年工作总结与2023年
 *    工作打算 → 2022, 2023): a title names the period; the body also cites other years.
 * 2. Otherwise every `YYYY年` (and both ends of `YYYY-YYYY年`) in the text, except
 *    - inside 《…》: a cited document's own years (《…规划(2019-2022年)》);
 *    - `YYYY年第N期`: the issue of a cited publication (《广东教学报》2021年第98期);
 *    - `YYYY年以来` / `自YYYY年`: a starting point, not a covered year.
 * 3. A title naming a five-year plan and no year (“十四五”专项规划) covers the plan's years.
 * Masked years (201x, XXXX) are not years. Only 1949–2100 are accepted.
 */

import { frameKind } from '../frame.ts';

const YEAR = /(?<![\d.])((?:19|20)\d{2})(?:\s*[-–—~～至到]\s*((?:19|20)\d{2}))?\s*学?年(?!第\s*\d+\s*期|以来)/g;
const SINCE_BEFORE = /(?:自|从)\s*$/;

/** Removes 《…》 book-title spans so years inside cited titles are not read. */
function withoutCitations(text: string): string {
  return text.replace(/《[^《》]*》/g, (m) => ' '.repeat(m.length));
}

/** Years written in `text` by the rule above (without the title rule). */
export function yearsIn(text: string): number[] {
  const plain = withoutCitations(text);
  const found = new Set<number>();
  for (const m of plain.matchAll(YEAR)) {
    if (SINCE_BEFORE.test(plain.slice(Math.max(0, m.index - 2), m.index))) continue;
    for (const y of [m[1], m[2]]) {
      const n = y === undefined ? NaN : Number(y);
      if (n >= 1949 && n <= 2100) found.add(n);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * The years a report covers: the title's when it names any, else the text's. A report from
 * 台湾省 (`minguo`) counts years as the 民国 calendar does: 114学年度 is 2025.
 */
export function extractYears(
  title: string | null,
  blocks: ReadonlyArray<{ text: string }>,
  options: { minguo?: boolean } = {},
): number[] {
  const read = (text: string): string => (options.minguo ? fromMinguo(text) : schoolYears(text));
  const titled = title ? read(title) : null;
  const fromTitle = titled ? (yearsIn(titled).length > 0 ? yearsIn(titled) : planYears(titled)) : [];
  if (fromTitle.length > 0) return fromTitle;
  // The document's 文号 and 成文日期 say when it was issued, not which years it covers.
  const text = blocks.filter((b) => frameKind(b.text) === null && !DATE_LINE.test(b.text.trim()));
  return yearsIn(read(text.map((b) => b.text).join('\n')));
}

/**
 * A 民国 school year with its term: the first term falls in the year it starts (113学年度第1学期:
 * autumn 2024), the second in the next (113学年度第2学期, 下学期: spring 2025).
 */
const MINGUO_TERM = /(?<![\d.])(\d{2,3})(\s*学年度?\s*)(第\s*[2二]\s*学期|下学期)/g;

/**
 * A school year numbered in three digits (105学年度) is a 民国 one wherever the page is from:
 * no Gregorian year is written so (金門 and 馬祖 are filed under 福建省).
 */
function schoolYears(text: string): string {
  return /(?<![\d.])1\d{2}\s*学年度/.test(text) ? fromMinguo(text, /(?<![\d.])(1\d{2})(?=\s*学年度)/g) : text;
}

/** 民国 years (97学年度, 114年度) rewritten as the Gregorian years they are. */
function fromMinguo(text: string, years = /(?<![\d.])(\d{2,3})(?=\s*学?年度?)/g): string {
  const termed = text.replace(MINGUO_TERM, (m, n: string, mid: string, term: string) =>
    Number(n) >= 38 && Number(n) <= 189 ? `${Number(n) + 1912}${mid}${term}` : m,
  );
  return termed.replace(years, (m) => (Number(m) >= 38 && Number(m) <= 189 ? String(Number(m) + 1911) : m));
}
/** A line that is only a date (2018年3月, 2024年3月1日): when the page or document was dated. */
const DATE_LINE = /^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$/;

/** The five-year plans by their ordinal: 十一五 (2006–2010) … 十五五 (2026–2030). */
const PLAN = /十([一二三四五])五/;
const ORDINAL: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };

/** A title naming a five-year plan (“十四五”专项规划) covers its five years. */
function planYears(title: string): number[] {
  const m = PLAN.exec(title);
  if (!m) return [];
  const first = 2001 + 5 * ORDINAL[m[1]];
  return [0, 1, 2, 3, 4].map((k) => first + k);
}
