/**
 * Normalised text for copy detection: only letters and digits, full-width forms folded to
 * ASCII and case folded, so 推进“双减”工作 and 推进双减工作, or ＸＸ% and XX%, compare equal.
 * Punctuation, spaces and symbols are dropped — reposting sites change them freely — and
 * every kept character remembers its block and UTF-16 offset, so a match found here is
 * mapped back to an exact span of the published text.
 */

/** Between blocks: never equal to a character, so no match runs across a block boundary. */
export const SEPARATOR = -1;

/** A report's normalised text with the way back to each character's block and offset. */
export interface NormalisedDoc {
  /** Normalised code points, SEPARATOR between blocks. */
  codes: Int32Array;
  /** Block index of each position (−1 at separators). */
  block: Int32Array;
  /** UTF-16 offset of each position's character in its block's text. */
  offset: Int32Array;
  /** UTF-16 length of each position's character (1, or 2 for astral characters). */
  width: Uint8Array;
  /** Kept characters (separators excluded). */
  chars: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const folded = new Map<number, number>();

/** The normalised code of one code point, or −2 when it is dropped. */
export function foldCode(cp: number): number {
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39)) return cp;
  if (cp >= 0x41 && cp <= 0x5a) return cp + 32;
  let f = folded.get(cp);
  if (f === undefined) {
    const ch = String.fromCodePoint(cp);
    if (!LETTER_OR_DIGIT.test(ch)) f = -2;
    else {
      const nfkc = ch.normalize('NFKC').toLowerCase();
      f = [...nfkc].length === 1 ? nfkc.codePointAt(0)! : cp;
    }
    folded.set(cp, f);
  }
  return f;
}

/** Normalises a report's blocks (see the module comment). */
export function normaliseBlocks(texts: string[]): NormalisedDoc {
  const total = texts.reduce((n, t) => n + t.length + 1, 0);
  const codes = new Int32Array(total);
  const block = new Int32Array(total);
  const offset = new Int32Array(total);
  const width = new Uint8Array(total);
  let n = 0;
  let chars = 0;
  texts.forEach((text, b) => {
    if (b > 0) {
      codes[n] = SEPARATOR;
      block[n] = -1;
      n++;
    }
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      const w = cp > 0xffff ? 2 : 1;
      const f = foldCode(cp);
      if (f >= 0) {
        codes[n] = f;
        block[n] = b;
        offset[n] = i;
        width[n] = w;
        n++;
        chars++;
      }
      i += w;
    }
  });
  return {
    codes: codes.subarray(0, n),
    block: block.subarray(0, n),
    offset: offset.subarray(0, n),
    width: width.subarray(0, n),
    chars,
  };
}

/**
 * The normalised string of [from, to), for display and list matching; separators become
 * `sep` (nothing by default, a newline to keep blocks apart when searching).
 */
export function normalisedText(doc: { codes: Int32Array }, from: number, to: number, sep = ''): string {
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = from; i < to; i++) {
    if (doc.codes[i] >= 0) chunk.push(doc.codes[i]);
    if (doc.codes[i] < 0 || chunk.length >= 4096 || i === to - 1) {
      parts.push(String.fromCodePoint(...chunk));
      if (doc.codes[i] < 0) parts.push(sep);
      chunk = [];
    }
  }
  return parts.join('');
}
