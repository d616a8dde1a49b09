/**
 * Rule patterns are written once, in Simplified script, and tested against a Simplified copy
 * of each line. The copy is made character by character from a table that opencc-js
 * (Taiwan Traditional → mainland) fills once at load: running the converter itself on every
 * line costs most of a second on a 10 MB page, a table lookup almost nothing. Chrome
 * patterns only need characters, not opencc's phrase substitutions.
 */
import { dropPinyinGlosses } from '../repair/pinyin-glosses.ts';
import * as OpenCC from 'opencc-js';
import { singleCharConverter } from '../script/single-char.ts';

/** Lines longer than this are never chrome (the longest site notice seen is ~110 characters). */
export const MAX_CHROME_LINE_CHARS = 300;
/** How much of a longer line the rules see: enough for a label and its first words. */
const OPENING_CHARS = 40;

/** BMP ranges holding Traditional characters: CJK extension A through the URO, compatibility. */
const HAN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3400, 0x9fff],
  [0xf900, 0xfaff],
];

/**
 * Simplified code unit for each BMP code unit (0 where the character does not change). Each
 * character is converted alone, by the one-character form of opencc's `tw→cn` converter
 * (../script/single-char.ts: the same results, without loading its phrase tries).
 */
function buildTable(): Uint16Array {
  const twToCn = singleCharConverter(OpenCC, 'tw2s', { from: 'tw', to: 'cn' });
  const table = new Uint16Array(0x10000);
  for (const [start, end] of HAN_RANGES) {
    for (let code = start; code <= end; code++) {
      const from = String.fromCharCode(code);
      const to = twToCn(from);
      if (to.length === 1 && to !== from) table[code] = to.charCodeAt(0);
    }
  }
  return table;
}

/** Built once at load. */
const toSimplifiedUnit = buildTable();

/** `text` with each Traditional character replaced by its Simplified form. */
export function toSimplifiedChars(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const to = toSimplifiedUnit[text.charCodeAt(i)];
    if (to === 0) continue;
    out += text.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The trimmed line in Simplified script, or null when blank or too long to be chrome. */
export function simplifiedForMatching(text: string): string | null {
  const t = text.trim();
  if (t === '') return null;
  // A long line is text, but its opening may still be a site's label (概要：…, 摘要：小编…):
  // its first characters are matched, with a line break after them that no `$` reaches.
  if (t.length > MAX_CHROME_LINE_CHARS)
    return `${toSimplifiedChars(dropPinyinGlosses(t.slice(0, OPENING_CHARS)).text)}\n`;
  // 當(dāng)前位置:首頁(yè) > 新聞: the site's pinyin glosses are no part of its wording.
  return toSimplifiedChars(dropPinyinGlosses(t).text);
}
