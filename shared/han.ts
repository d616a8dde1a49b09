/**
 * "Is this a Chinese character?", one answer for the whole project: Unicode's Script=Han on
 * every plane. That is the CJK Unified Ideographs with all their extensions (A in the BMP, B–I
 * in planes 2 and 3), the compatibility ideographs, the radicals, and 〇 々 〆. Hand-written
 * ranges drifted apart (some stopped at the BMP, some at U+9FFF, one took in unassigned plane-2
 * code points), so a stage and the search could disagree on what a Chinese run is.
 *
 * In a regular expression write `\p{Script=Han}` (flag `u`), which is this same definition;
 * these functions are for loops over code points or UTF-16 code units, where a table lookup
 * is cheaper than a regular expression per character.
 *
 *   isHan('中') → true    isHan('〇') → true    isHan('𠀋') → true (plane 2)    isHan('ア') → false
 */

/** One Han character (first code point only). */
const HAN_CHAR = /^\p{Script=Han}$/u;

/** Script=Han for every BMP code point, filled on first use (65,536 tests, a few ms). */
let bmp: Uint8Array | undefined;

function bmpTable(): Uint8Array {
  if (!bmp) {
    bmp = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if (HAN_CHAR.test(String.fromCharCode(c))) bmp[c] = 1;
  }
  return bmp;
}

/** True for a code point of Script=Han. */
export function isHanCodePoint(codePoint: number): boolean {
  if (codePoint < 0x10000) return bmpTable()[codePoint] === 1;
  return HAN_CHAR.test(String.fromCodePoint(codePoint));
}

/** True when the string's first character (code point) is Han. */
export function isHan(ch: string): boolean {
  const cp = ch.codePointAt(0);
  return cp !== undefined && isHanCodePoint(cp);
}

/**
 * For loops over UTF-16 code units: true for a BMP Han character, and for the high surrogate
 * of a plane 2 or 3 character (U+20000–U+3FFFF: those planes hold nothing but Han). Low
 * surrogates are false; the caller counts them with the character they end.
 */
export function isHanUnit(code: number): boolean {
  return bmpTable()[code] === 1 || (code >= 0xd840 && code <= 0xd8bf);
}

/** How many Han characters `text` holds, counting stops at `limit`. */
export function countHan(text: string, limit = Number.POSITIVE_INFINITY): number {
  let n = 0;
  for (let i = 0; i < text.length && n < limit; i++) if (isHanUnit(text.charCodeAt(i))) n++;
  return n;
}
