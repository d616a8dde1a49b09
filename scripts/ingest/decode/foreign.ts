/**
 * Korean and Japanese text in their legacy encodings (EUC-KR, Shift-JIS, EUC-JP) is valid
 * GB18030 or Big5 byte for byte, and decodes into plausible-looking Chinese characters:
 * published, it would be mojibake no flag marks. Read in its own encoding, such text shows
 * what it is: Korean is mostly Hangul syllables, and mostly very frequent ones (particles,
 * endings); Japanese is full of kana. Chinese bytes read as EUC-KR give Hangul too, but
 * spread evenly over the 2,350 syllables of KS X 1001, rarely the frequent ones; read as
 * Shift-JIS or EUC-JP they give almost no kana.
 */

/**
 * Very frequent Hangul syllables: particles, verb endings and common Sino-Korean syllables
 * (a hand-picked list; its use is only to tell Korean text from Chinese bytes read as Korean).
 */
const FREQUENT_HANGUL = new Set(
  '이다의는에하고을를가한서로지기리사대도수자정어적인일으있아시나전해들부상보국주제과여성위라원거구장것면게동경화요니습학교육년었했합된되등와할중우개생문우만실내업관계발회무연신간물공소현분방비선출재금후법민세통체결청도조명행의당미영외차단계진건저책으며였다는지만까지께서부터에서으로'.replace(
    /\s/g,
    '',
  ),
);

/** How much of a file is looked at: enough to be sure. */
const SAMPLE_BYTES = 64 * 1024;
/** Fewer non-ASCII characters than this say nothing either way. */
const MIN_CHARACTERS = 20;

function fatal(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Counts over the non-ASCII characters of `text`. */
function counts(text: string): { nonAscii: number; hangul: number; frequent: number; kana: number } {
  const c = { nonAscii: 0, hangul: 0, frequent: 0, kana: 0 };
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) continue;
    c.nonAscii++;
    if (code >= 0xac00 && code <= 0xd7a3) {
      c.hangul++;
      if (FREQUENT_HANGUL.has(ch)) c.frequent++;
    } else if (code >= 0x3041 && code <= 0x30ff) c.kana++;
  }
  return c;
}

/** The sample cut at a line end, so no multi-byte character is cut in two (which would fail the strict decode). */
function sample(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SAMPLE_BYTES) return bytes;
  const end = bytes.lastIndexOf(10, SAMPLE_BYTES);
  return bytes.subarray(0, end > 0 ? end : SAMPLE_BYTES);
}

/** The language and encoding `bytes` look like when they are Korean or Japanese text, else null. */
export function foreignLanguage(bytes: Uint8Array): string | null {
  const head = sample(bytes);
  const korean = fatal(head, 'euc-kr');
  if (korean !== null) {
    const c = counts(korean);
    if (c.nonAscii >= MIN_CHARACTERS && c.hangul >= 0.5 * c.nonAscii && c.frequent >= 0.3 * c.hangul)
      return 'Korean, EUC-KR';
  }
  for (const [encoding, label] of [
    ['shift_jis', 'Japanese, Shift-JIS'],
    ['euc-jp', 'Japanese, EUC-JP'],
  ] as const) {
    const japanese = fatal(head, encoding);
    if (japanese === null) continue;
    const c = counts(japanese);
    if (c.nonAscii >= MIN_CHARACTERS && c.kana >= 0.2 * c.nonAscii) return label;
  }
  return null;
}
