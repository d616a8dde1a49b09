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

/** The years a report covers: the title's when it names any, else the text's. */
export function extractYears(title: string | null, blocks: ReadonlyArray<{ text: string }>): number[] {
  const fromTitle = title ? yearsIn(title) : [];
  if (fromTitle.length > 0) return fromTitle;
  // The document's 文号 and 成文日期 say when it was issued, not which years it covers.
  const text = blocks.filter((b) => frameKind(b.text) === null && !DATE_LINE.test(b.text.trim()));
  return yearsIn(text.map((b) => b.text).join('\n'));
}

/** A line that is only a date (2018年3月, 2024年3月1日): when the page or document was dated. */
const DATE_LINE = /^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$/;
