// Masked numbers: placeholders a template (范文) puts where the real figures were.
// Before → marked (line comments, because a fraction mask would close a block comment):
//
//   新建改扩建中小学*所、幼儿园*所          →  `*` `*`
//   (占全市*/*)   (*-*)   “*+*”项目          →  `*/*`  `*-*`  `*+*` (one placeholder each)
//   201x年  XX市  XXXX年  X.XX㎡  体育艺术X+X  →  `201x` `XX` `XXXX` `X.XX` `X+X`
//   ×××同志  ____年  ×县  （名称替换）        →  `×××` `____` `×` `（名称替换）`
//
// Not masks: `互联网+教育` (+ joins words), `*+N` keeps its real N, a `*` bullet at line
// start, `3*4`, ASCII words (`Next Article`, `PWA`, `X光`), real numbers (100%, 91.5).

import type { Span } from './garbled.ts';

/** One placeholder expression: `*` runs, X runs, masked years, ××× and blanks, with joins. */
const MASK =
  /[*＊]+(?:[-+/.:～~—–／][*＊]+)*|(?:1[89]|20)\d?[xXＸ]{1,2}(?![A-Za-z0-9])|[XＸ]+(?:[-+/.:～~—–／．][XＸ]+)*|x{2,}|×{2,}|×(?=[省市区县镇乡村校])|○{2,}|_{2,}|＿{2,}|[(（](?:名称替换|单位名称|学校名称|地名|姓名|具体名称|填写名称)[)）]/g;

/** Words where X is a letter, not a placeholder. */
const X_WORDS = /^(?:光|射线|线|轴|染色体|型)/;

function isAsciiLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9]/.test(ch);
}

/** True when the match is a real mask in its context (see the module's "not masks"). */
function isMask(text: string, start: number, end: number): boolean {
  const token = text.slice(start, end);
  const before = text[start - 1];
  const after = text[end];
  const first = token[0];
  if (first === '*' || first === '＊') {
    const lineStart = start === 0 || before === '\n';
    if (lineStart && (after === ' ' || after === '\t' || after === '\u3000')) return false; // bullet
    if (before !== undefined && /\d/.test(before) && after !== undefined && /\d/.test(after)) return false; // 3*4
    return true;
  }
  if (first === 'X' || first === 'Ｘ' || first === 'x') {
    if (isAsciiLetterOrDigit(before) || /[A-Za-z]/.test(after ?? '')) return false; // PWAX, Xbox
    if (first === 'x' && !hasHanNeighbour(before, after)) return false; // lowercase xx only among Han
    return !X_WORDS.test(text.slice(end, end + 3));
  }
  if (/\d/.test(first)) return !isAsciiLetterOrDigit(before); // 201x, not a189x code
  if (token === '×') return !/\d/.test(before ?? ''); // ×县, not 3×4
  return true;
}

function hasHanNeighbour(before: string | undefined, after: string | undefined): boolean {
  const han = /\p{Script=Han}/u;
  return (before !== undefined && han.test(before)) || (after !== undefined && han.test(after));
}

/**
 * Masked placeholders in a block's canonical text, sorted and disjoint. Why on canonical:
 * masks are ASCII or symbols that the script conversion never touches, and marks are
 * stored against canonical offsets.
 */
export function findMasked(canonical: string): Span[] {
  const spans: Span[] = [];
  for (const m of canonical.matchAll(MASK)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isMask(canonical, start, end)) spans.push({ start, end });
  }
  return spans;
}

/** Units that follow a masked figure (`*所`, `XX%`, `*余个`): shown with it in examples. */
const UNIT =
  /^(?:\+N|余个|多个|多名|余名|多人|余人|余次|余所|万元|亿元|万平方米|平方米|人次|周岁|教育|[个所名人元%％年月日次届项家倍册台间亩米㎡分区市县镇省乡村金银铜])/;

/**
 * A short sample of a masked placeholder for the reader: the placeholder plus its unit,
 * e.g. `*所`, `*%`, `XX市`, `201x年`. Why: a bare `*` says nothing about what was hidden.
 */
export function maskExample(canonical: string, span: Span): string {
  const unit = UNIT.exec(canonical.slice(span.end, span.end + 4));
  return canonical.slice(span.start, span.end) + (unit ? unit[0] : '');
}
