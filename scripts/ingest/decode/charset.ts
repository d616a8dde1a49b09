/**
 * Finds the character encoding of a source file and decodes it. Order: byte order mark,
 * UTF-16 NUL pattern, an HTML page's declared charset (when it does not clearly fail), strict
 * UTF-8, UTF-8 with a few broken sequences, then a contest between GB18030, Big5 (and UTF-16,
 * UTF-8) decided by the share of common Chinese characters each decode yields.
 */
import { isUtf8 } from 'node:buffer';
import { commonCodeUnits } from './common-chars.ts';

/** Decoded text, the encoding used and how many U+FFFD the decoder had to insert. */
export interface CharsetDecode {
  encoding: string;
  text: string;
  invalidBytes: number;
  /**
   * When the common-character contest chose the encoding: the winner's share of common
   * Chinese characters among the sample's non-ASCII characters.
   */
  contest?: { share: number };
}

/** An encoding the first bytes prove: a BOM, or UTF-16's alternating NUL bytes. */
export type UnicodeSignature = 'utf-8' | 'utf-16le' | 'utf-16be';

/** How much of a file the encoding contest looks at; enough to be sure, cheap for big files. */
const SCORE_SAMPLE_BYTES = 256 * 1024;
/** A common-character share no mis-decoding reaches (mojibake ≈ 0.15–0.3, clean text ≈ 0.99). */
export const CLEARLY_CHINESE = 0.9;
/** An otherwise UTF-8 file is decoded as UTF-8 if at least this share of its non-ASCII bytes are valid. */
const MIN_VALID_UTF8_SHARE = 0.98;
/** A declared charset is overruled when detection scores this much higher. */
const DECLARED_CHARSET_MARGIN = 0.3;
/** A declared charset has clearly failed above this share of U+FFFD among non-ASCII characters. */
const MAX_DECLARED_INVALID_SHARE = 0.01;

/** Byte order mark, or for BOM-less UTF-16 the NUL bytes of ASCII characters on one side of each pair. */
export function unicodeSignature(bytes: Uint8Array): UnicodeSignature | null {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  return utf16ByNulPattern(bytes);
}

/**
 * UTF-16 without a BOM: ASCII characters put a NUL in every high byte, so NULs gather on one
 * parity (odd offsets for little-endian). Needs at least 2% of code units to be such NULs,
 * twice as many as on the other side (CJK text has some there too: 一 is U+4E00), and a
 * decode without unpaired surrogates. Random binary has NULs on both sides alike.
 */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2 || bytes.indexOf(0) === -1) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const units = Math.floor(bytes.length / 2);
  const [encoding, onSide] = odd >= even ? (['utf-16le', odd] as const) : (['utf-16be', even] as const);
  if (onSide < Math.max(1, units * 0.02) || onSide < 2 * (even + odd - onSide)) return null;
  return fatalDecode(bytes, encoding) === null ? null : encoding;
}

/** The charset an HTML page declares in its first 2 KB (meta charset, http-equiv, XML declaration), mapped to a decoder name. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 2048));
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  const xml = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  const label = (meta ?? xml)?.[1];
  return label === undefined ? null : charsetForLabel(label);
}

/** Maps a charset label to the decoder used for it: the GB family → gb18030 (a superset), Big5 family → big5. */
export function charsetForLabel(label: string): string | null {
  const name = label.trim().toLowerCase();
  if (/^(gbk|gb2312|gb_2312(-80)?|gb18030|x-gbk|cp936|ms936|windows-936|euc-cn|csgb2312|chinese|iso-ir-58)$/.test(name))
    return 'gb18030';
  if (/^(big5(-hkscs)?|x-big5|cn-big5|csbig5|cp950|ms950|windows-950)$/.test(name)) return 'big5';
  if (/^(utf-?8|unicode-1-1-utf-8)$/.test(name)) return 'utf-8';
  return null;
}

/**
 * Decodes `bytes` with the encoding the rules above pick. `signature` is `unicodeSignature(bytes)`.
 * A BOM is kept as a leading U+FEFF (decoders run with `ignoreBOM`), so it is stripped exactly
 * once, by `normaliseText`, whatever the encoding (GB18030 has a BOM too).
 */
export function decodeBytes(bytes: Uint8Array, isHtml: boolean, signature: UnicodeSignature | null): CharsetDecode {
  if (signature !== null) return decodeWith(bytes, signature);
  const declared = isHtml ? declaredCharset(bytes) : null;
  if (declared === null) return detect(bytes);
  const trusted = decodeWith(bytes, declared);
  if (trusted.invalidBytes > Math.max(2, nonAsciiCount(trusted.text) * MAX_DECLARED_INVALID_SHARE))
    return detect(bytes);
  const detected = detect(bytes);
  if (detected.encoding === trusted.encoding) return trusted;
  return detectionScore(detected.text) >= detectionScore(trusted.text) + DECLARED_CHARSET_MARGIN ? detected : trusted;
}

/** Strict UTF-8, then UTF-8 with a few broken sequences, then the common-character contest. */
function detect(bytes: Uint8Array): CharsetDecode {
  const strict = fatalDecode(bytes, 'utf-8');
  if (strict !== null) return { encoding: 'utf-8', text: strict, invalidBytes: 0 };
  // The share is read off the bytes: a GB18030 or Big5 file (the usual way here) is never decoded as UTF-8 in full.
  if (validUtf8Share(bytes, MIN_VALID_UTF8_SHARE) >= MIN_VALID_UTF8_SHARE) return decodeWith(bytes, 'utf-8');
  return contest(bytes, () => decodeWith(bytes, 'utf-8'));
}

/**
 * Decodes a sample with each candidate and keeps the one whose text has the highest share of
 * common Chinese characters among its non-ASCII characters. Ties go to the earlier candidate
 * (GB18030: the corpus is mostly mainland pages).
 */
function contest(bytes: Uint8Array, utf8: () => CharsetDecode): CharsetDecode {
  const sample = bytes.subarray(0, SCORE_SAMPLE_BYTES);
  const candidates = ['gb18030', 'big5', 'utf-8'];
  if (bytes.length % 2 === 0) candidates.push('utf-16le', 'utf-16be');
  // When the sample is the whole file, GB18030's full decode is its sample decode (same text): done once.
  const whole = sample.length === bytes.length;
  let gb18030: CharsetDecode | undefined;
  let best = candidates[0]!;
  let bestScore = -1;
  for (const encoding of candidates) {
    if (whole && encoding === 'gb18030') gb18030 = decodeWith(bytes, encoding);
    const text =
      gb18030 !== undefined && encoding === 'gb18030'
        ? gb18030.text
        : new TextDecoder(encoding, { ignoreBOM: true }).decode(sample);
    const score = detectionScore(text);
    if (score > bestScore) [best, bestScore] = [encoding, score];
    // Clean GB18030 made of common characters: no other reading can do better (the usual case).
    if (encoding === 'gb18030' && score >= CLEARLY_CHINESE) break;
  }
  const chosen =
    best === 'utf-8' ? utf8() : best === 'gb18030' && gb18030 !== undefined ? gb18030 : decodeWith(bytes, best);
  return { ...chosen, contest: { share: bestScore } };
}

/** Share of non-ASCII characters (in the first 100k) that are common Chinese characters; U+FFFD and symbols count against. */
function detectionScore(text: string): number {
  let nonAscii = 0;
  let common = 0;
  const end = Math.min(text.length, 100_000);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    nonAscii++;
    common += commonCodeUnits[code]!;
  }
  return nonAscii === 0 ? 0 : common / nonAscii;
}

/**
 * Share of the non-ASCII bytes that belong to valid UTF-8 sequences, counted on the bytes by
 * the WHATWG decoder's own rules (so exactly the bytes a lenient decode turns into characters
 * other than inserted U+FFFD; a U+FFFD written in the file is a valid sequence like any other);
 * 0 as soon as the share is sure to end below `wanted`.
 */
function validUtf8Share(bytes: Uint8Array, wanted: number): number {
  // A GB18030 or Big5 file shows within its first few kilobytes that it cannot reach
  // `wanted`: the scan stops there (returning 0) instead of reading the whole file.
  const hopeless = Math.min(1, 1 - wanted + 0.001);
  let nonAsciiBytes = 0;
  let validBytes = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let i = 0; i < bytes.length; i++) {
    if ((i & 4095) === 0 && i > 0) {
      // Bytes that can no longer be valid, against the most non-ASCII bytes the file can have.
      const invalid = nonAsciiBytes - validBytes - (needed === 0 ? 0 : seen + 1);
      if (invalid > hopeless * (nonAsciiBytes + bytes.length - i)) return 0;
    }
    const b = bytes[i]!;
    if (needed === 0) {
      if (b < 0x80) continue;
      nonAsciiBytes++;
      if (b >= 0xc2 && b <= 0xdf) needed = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
      }
      seen = 0;
      continue;
    }
    if (b < lower || b > upper) {
      // The pending sequence is broken; this byte starts afresh (the decoder reads it again).
      needed = 0;
      lower = 0x80;
      upper = 0xbf;
      i--;
      continue;
    }
    nonAsciiBytes++;
    lower = 0x80;
    upper = 0xbf;
    if (++seen === needed) {
      validBytes += needed + 1;
      needed = 0;
    }
  }
  return nonAsciiBytes === 0 ? 1 : validBytes / nonAsciiBytes;
}

/** Decodes without failing; `invalidBytes` counts the U+FFFD the decoder inserted (not ones encoded in the file). */
export function decodeWith(bytes: Uint8Array, encoding: string): CharsetDecode {
  const strict = fatalDecode(bytes, encoding);
  if (strict !== null) return { encoding, text: strict, invalidBytes: 0 };
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  let replacements = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) replacements++;
  return { encoding, text, invalidBytes: Math.max(0, replacements - countEncodedReplacementChars(bytes, encoding)) };
}

/**
 * The text of `bytes` in `encoding`, or null when they are not valid in it. UTF-8 (most
 * sources, and the first guess for all) is checked and decoded by Buffer's native routines:
 * the same text as a fatal TextDecoder (a BOM kept as U+FEFF), without its cost or the
 * exception it throws for every GB18030 or Big5 file.
 */
function fatalDecode(bytes: Uint8Array, encoding: string): string | null {
  if (encoding === 'utf-8') {
    return isUtf8(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : null;
  }
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** U+FFFD written in the file itself (a real character, not a decode error), per encoding. */
const ENCODED_REPLACEMENT: Record<string, { bytes: readonly number[]; step: number }> = {
  'utf-8': { bytes: [0xef, 0xbf, 0xbd], step: 1 },
  gb18030: { bytes: [0x84, 0x31, 0xa4, 0x37], step: 1 },
  'utf-16le': { bytes: [0xfd, 0xff], step: 2 },
  'utf-16be': { bytes: [0xff, 0xfd], step: 2 },
};

function countEncodedReplacementChars(bytes: Uint8Array, encoding: string): number {
  const pattern = ENCODED_REPLACEMENT[encoding];
  if (pattern === undefined) return 0;
  const first = pattern.bytes[0]!;
  let count = 0;
  for (let i = bytes.indexOf(first); i !== -1; i = bytes.indexOf(first, i + 1)) {
    if (i % pattern.step !== 0) continue;
    if (pattern.bytes.every((b, k) => bytes[i + k] === b)) count++;
  }
  return count;
}

function nonAsciiCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) n++;
  return n;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}
