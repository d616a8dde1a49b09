/**
 * Whether a query may read differently once converted to Simplified, decided without the
 * converter: the search page loads the converter's dictionaries (110 kB) only when it may.
 *
 *   双减 教师轮岗  → no: every character is GB2312 and none is a trigger
 *   雙減          → yes: 雙 is not in GB2312
 *   反覆          → yes: a word the converter rewrites (反复) though both characters are GB2312
 *
 * GB2312 is the mainland Simplified character set; the triggers are generated from the
 * converter's own dictionaries (./conversion-triggers.ts) and a test checks the rule against it.
 */
import { TRIGGER_CHARS, TRIGGER_WORDS } from './conversion-triggers.ts';

/** The 6,763 Chinese characters of GB2312, decoded from its byte rows (no table to ship). */
export function gb2312Hanzi(): string[] {
  const decoder = new TextDecoder('gb18030');
  const out: string[] = [];
  for (let hi = 0xb0; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (/^\p{Script=Han}$/u.test(ch)) out.push(ch);
    }
  }
  return out;
}

let simplified: Set<string> | undefined;

/** True unless `text` is certainly left as it is by the Traditional→Simplified converter. */
export function mayNeedConversion(text: string): boolean {
  simplified ??= new Set(gb2312Hanzi());
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch) && (!simplified.has(ch) || TRIGGER_CHARS.includes(ch))) return true;
  }
  return TRIGGER_WORDS.some((w) => text.includes(w));
}
