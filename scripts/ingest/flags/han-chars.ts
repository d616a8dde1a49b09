/**
 * Character tests shared by the detectors: which code units are private-use or "common",
 * and whether a text leans Simplified or Traditional (which are Han: shared/han.ts). Lookups
 * are table-based so a detector stays linear in the length of its input.
 */
import { BIG5_LEVEL1, GB2312_LEVEL1, SIMPLIFIED_ONLY } from './han-sets.ts';

/** Which script a text leans to; decides which characters count as common in it. */
export type HanLean = 'Hans' | 'Hant';

function tableOf(...sets: string[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const set of sets) for (let i = 0; i < set.length; i++) table[set.charCodeAt(i)] = 1;
  return table;
}

const COMMON_SIMPLIFIED = tableOf(GB2312_LEVEL1);
/** A Traditional text also uses the Simplified/Traditional shared forms of GB2312 level 1. */
const COMMON_TRADITIONAL = tableOf(GB2312_LEVEL1, BIG5_LEVEL1);
const SIMPLIFIED_ONLY_TABLE = tableOf(SIMPLIFIED_ONLY);
/** Characters of Big5 level 1 that GB2312 level 1 lacks: 學, 區, 蘇 … (a Traditional signal). */
const TRADITIONAL_ONLY_TABLE = (() => {
  const table = tableOf(BIG5_LEVEL1);
  for (let i = 0; i < GB2312_LEVEL1.length; i++) table[GB2312_LEVEL1.charCodeAt(i)] = 0;
  return table;
})();

/** True for the second half of a surrogate pair. */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Private-use code units (BMP area and the surrogates of planes 15–16): never real text. */
export function isPrivateUseUnit(code: number): boolean {
  return (code >= 0xe000 && code <= 0xf8ff) || (code >= 0xdb80 && code <= 0xdbff);
}

/** True when a Han character belongs to the common set of the text's script. */
export function isCommonHan(code: number, lean: HanLean): boolean {
  return (lean === 'Hant' ? COMMON_TRADITIONAL : COMMON_SIMPLIFIED)[code] === 1;
}

/** True for GB2312 characters that Big5 cannot encode (贫, 铮): out of place in Traditional. */
export function isSimplifiedOnly(code: number): boolean {
  return SIMPLIFIED_ONLY_TABLE[code] === 1;
}

/** Per code unit: 1 for a Traditional-only character, 2 for a Simplified-only one (one lookup per unit instead of two). */
const LEAN_EVIDENCE = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0x3400; code < 0x10000; code++) {
    if (TRADITIONAL_ONLY_TABLE[code] === 1) table[code] = 1;
    else if (SIMPLIFIED_ONLY_TABLE[code] === 1) table[code] = 2;
  }
  return table;
})();

/** What a text's lean is decided on: its Traditional-only and Simplified-only characters. */
export interface LeanCounts {
  traditional: number;
  simplified: number;
}

/** Counts the Traditional-only and Simplified-only characters of `text` (one pass). */
export function leanCounts(text: string): LeanCounts {
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const evidence = LEAN_EVIDENCE[text.charCodeAt(i)];
    if (evidence === 0) continue;
    if (evidence === 1) traditional++;
    else simplified++;
  }
  return { traditional, simplified };
}

/**
 * The lean of a text with these counts: null when they do not say clearly (fewer than 4
 * such characters, or no 2:1 majority). Lets a caller that needs the lean of each block and
 * of all blocks together count every block once (counts add up).
 */
export function leanOfCounts({ traditional, simplified }: LeanCounts): HanLean | null {
  if (traditional + simplified < 4) return null;
  if (traditional > 2 * simplified) return 'Hant';
  if (simplified > 2 * traditional) return 'Hans';
  return null;
}

/**
 * Which script a text leans to, by counting Traditional-only against Simplified-only
 * characters; null when the text does not say clearly (see `leanOfCounts`). Deliberately
 * separate from the script stage: the detector only needs to know which common-character
 * set to measure a block against.
 */
export function hanLeanOf(text: string): HanLean | null {
  return leanOfCounts(leanCounts(text));
}
