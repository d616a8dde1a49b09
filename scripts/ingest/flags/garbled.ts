/**
 * Garbled runs: stretches of a block's original-script text that are mis-decoded bytes,
 * not words. Before → after (the run is what gets marked):
 *
 *   深化高中階段學??荚囌猩贫雀母铮龠M教育公平公正   →  run `??荚囌猩贫雀母铮龠M`
 *   ��教育局工作总结                                  →  run `��`
 *   今年浠婂勾锛屽湪…                                 →  the mojibake stretch
 *
 * One linear pass classifies every code unit, a second joins suspicious units into
 * clusters, and each cluster is kept only when the evidence is strong enough: a single
 * rare but real character (亳州, 戮力同心) never makes a run on its own.
 */
import { isHanUnit } from '../../../shared/han.ts';
import {
  type HanLean,
  hanLeanOf,
  isCommonHan,
  isLowSurrogate,
  isPrivateUseUnit,
  isSimplifiedOnly,
} from './han-chars.ts';

/** A garbled run: UTF-16 offsets into the text it was found in, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface GarbledOptions {
  /**
   * The script of the whole document, used when the block itself does not say clearly
   * (a short heading, a stretch of mojibake). The common-character set, and whether
   * Simplified-only characters are out of place, depend on it. Default: Simplified.
   */
  documentLean?: HanLean;
  /**
   * The text's own lean (`hanLeanOf(original)`, null when unclear), when the caller has
   * counted it already: the flags stage counts every block once for the document's lean
   * too, and a second count per block was a whole extra pass over the text.
   */
  ownLean?: HanLean | null;
}

/** Per-unit evidence, from "ordinary" to "certainly garbled". */
const OK = 0;
/** Can hang on to a run's edge but never counts towards one: stray ASCII from GBK trail bytes. */
const WEAK = 1;
/**
 * Counts towards a run, but a stretch of these alone is a Simplified quotation inside a
 * Traditional text (喜欢就按个赞), not mojibake: a Simplified-only character in Traditional.
 */
const OUT_OF_SCRIPT = 2;
/** Counts towards a run: rare Han, a lone `?` among Han, mojibake symbols, stray letters. */
const SUSPECT = 3;
/** A run by itself: U+FFFD, private use, `??` among Han, 锟斤拷 / 烫烫烫 / 屯屯屯. */
const STRONG = 4;

/** Placeholder sequences that debuggers and broken converters leave behind. */
const LITERAL_GARBAGE = /(?:锟斤拷)+|烫{3,}|屯{3,}/g;

/** Non-Han characters that a GBK/UTF-8 mix-up produces and Chinese prose does not use. */
function isMojibakeSymbol(code: number): boolean {
  return (
    code === 0x20ac || // €
    (code >= 0x0370 && code <= 0x04ff) || // Greek, Cyrillic
    (code >= 0x3040 && code <= 0x30ff) || // kana
    (code >= 0x3100 && code <= 0x312f) || // bopomofo
    (code >= 0xff21 && code <= 0xff3a) || // fullwidth Latin capitals
    (code >= 0xff41 && code <= 0xff5a) || // fullwidth Latin small letters
    code === 0xff1c ||
    code === 0xff1e ||
    code === 0xff3e ||
    code === 0xff40 || // ＜ ＞ ＾ ｀
    (code >= 0x2500 && code <= 0x257f) || // box drawing
    (code >= 0x00c0 && code <= 0x00ff && code !== 0x00d7 && code !== 0x00f7) // Latin-1 letters
  );
}

/** ASCII that a GBK trail byte (0x40–0x7E) decodes to when read out of step, and U+3000. */
function isStrayAscii(code: number): boolean {
  return (code >= 0x40 && code <= 0x7e) || code === 0x3000;
}

/**
 * A lone ASCII letter with Han on both sides (`全暑I先`, `實F學`) is what a GBK trail byte
 * looks like once the decoder is out of step. X and x are left out: they are masks (X区).
 */
function isSandwichedLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  const letter = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (!letter || code === 0x58 || code === 0x78) return false;
  return i > 0 && i + 1 < text.length && isHanUnit(text.charCodeAt(i - 1)) && isHanUnit(text.charCodeAt(i + 1));
}

/**
 * One class buffer for every call, grown when a longer text comes: a fresh typed array per
 * block is memory outside the JS heap, and allocating thousands of them per second made
 * V8 collect garbage for it more than this stage did any work.
 */
let scratch = new Uint8Array(4096);

/** A zeroed class array of length `n`, a view on the shared buffer (valid until the next call). */
function classBuffer(n: number): Uint8Array {
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, 2 * scratch.length));
  const cls = scratch.subarray(0, n);
  cls.fill(OK);
  return cls;
}

/** In a class-table entry, beside the class (low three bits): a low surrogate, part of the preceding character. */
const FOLLOWS_PREVIOUS = 0x10;
/** In a class-table entry: stray ASCII, a suspect when it is a letter between Han, else weak. */
const ASCII_IN_CONTEXT = 0x20;
/** In a class-table entry: 锟, 烫 or 屯, with which every LITERAL_GARBAGE match starts. */
const STARTS_LITERAL_GARBAGE = 0x40;
const CLASS_BITS = 0x07;

/** The class of a code unit as far as the unit alone decides it, with the flags above where its neighbours decide. */
function unitEntry(code: number, lean: HanLean): number {
  if (code === 0xfffd || isPrivateUseUnit(code)) return STRONG;
  if (isLowSurrogate(code)) return FOLLOWS_PREVIOUS;
  if (isHanUnit(code)) {
    if (!isCommonHan(code, lean)) return SUSPECT;
    return lean === 'Hant' && isSimplifiedOnly(code) ? OUT_OF_SCRIPT : OK;
  }
  if (code === 0x3f) return OK; // decided later, with its neighbours
  if (isMojibakeSymbol(code)) return SUSPECT;
  return isStrayAscii(code) ? ASCII_IN_CONTEXT : OK;
}

/**
 * `unitEntry` for every code unit, per lean: one lookup per unit of text instead of the
 * chain of range tests, which made classifying the most expensive step of the flags stage.
 */
function classTable(lean: HanLean): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = unitEntry(code, lean);
  for (const c of '锟烫屯') table[c.charCodeAt(0)] |= STARTS_LITERAL_GARBAGE;
  return table;
}

const CLASS_TABLE: Record<HanLean, Uint8Array> = { Hans: classTable('Hans'), Hant: classTable('Hant') };

function classify(text: string, lean: HanLean): Uint8Array {
  const n = text.length;
  const cls = classBuffer(n);
  const table = CLASS_TABLE[lean];
  let mayHoldLiteralGarbage = false;
  for (let i = 0; i < n; i++) {
    const entry = table[text.charCodeAt(i)];
    if (entry === 0) continue;
    if (entry & STARTS_LITERAL_GARBAGE) mayHoldLiteralGarbage = true;
    if (entry & FOLLOWS_PREVIOUS) cls[i] = i > 0 ? cls[i - 1] : OK;
    else if (entry & ASCII_IN_CONTEXT) cls[i] = isSandwichedLetter(text, i) ? SUSPECT : WEAK;
    else cls[i] = entry & CLASS_BITS;
  }
  markQuestionMarks(text, cls);
  if (mayHoldLiteralGarbage)
    for (const m of text.matchAll(LITERAL_GARBAGE)) cls.fill(STRONG, m.index, m.index + m[0].length);
  return cls;
}

/**
 * `?` is what a decoder writes for bytes it could not map. Two or more next to Han are
 * certain; a single one next to Han may be a real question mark in text whose punctuation
 * was turned into ASCII, so it only counts as a suspect.
 */
function markQuestionMarks(text: string, cls: Uint8Array): void {
  const n = text.length;
  for (let i = text.indexOf('?'); i !== -1; ) {
    let j = i;
    while (j < n && text.charCodeAt(j) === 0x3f) j++;
    const hanBefore = i > 0 && isHanUnit(text.charCodeAt(i - 1));
    const hanAfter = j < n && isHanUnit(text.charCodeAt(j));
    if (hanBefore || hanAfter) cls.fill(j - i >= 2 ? STRONG : SUSPECT, i, j);
    i = text.indexOf('?', j);
  }
}

/** Units of ordinary text allowed between two suspects of one cluster (雀母 in seed 000). */
const MAX_GAP = 2;

/**
 * Evidence a stretch needs on its own: three suspects within five units, or four at half
 * density, and at least one of them more than a Simplified-only form. Real text rarely
 * puts three characters outside the common set that close together; mojibake does so all
 * the time.
 */
function isDenseAlone(suspects: number, length: number, rare: number): boolean {
  const dense = (suspects >= 3 && suspects * 5 >= length * 3) || (suspects >= 4 && suspects * 2 >= length);
  return dense && rare > 0;
}

/** Next to a certain core, less is needed: the core already says the bytes went wrong here. */
function isDenseNextToCore(suspects: number, length: number): boolean {
  return suspects >= 3 && suspects * 5 >= length * 2;
}

/**
 * Garbled runs in `original` (a block's text in its own script), sorted and disjoint.
 * Why on the original: the Simplified conversion would hide the clearest sign of GBK read
 * out of step in a Traditional text — Simplified-only characters such as 贫 and 铮.
 */
export function findGarbled(original: string, options: GarbledOptions = {}): Span[] {
  const lean =
    (options.ownLean !== undefined ? options.ownLean : hanLeanOf(original)) ?? options.documentLean ?? 'Hans';
  const cls = classify(original, lean);
  const kept: Span[] = [];
  let clusterStart = -1;
  let last = -1;
  for (let i = 0; i < cls.length; i++) {
    if (cls[i] < OUT_OF_SCRIPT) continue;
    if (clusterStart >= 0 && i - last - 1 > MAX_GAP) {
      keepEvidence(cls, clusterStart, last, kept);
      clusterStart = i;
    } else if (clusterStart < 0) clusterStart = i;
    last = i;
  }
  if (clusterStart >= 0) keepEvidence(cls, clusterStart, last, kept);
  return extendOverWeak(cls, mergeClose(kept));
}

/**
 * Splits one cluster [first, last] into STRONG cores and the stretches between them, and
 * keeps the cores plus every stretch that is dense enough for its position.
 */
function keepEvidence(cls: Uint8Array, first: number, last: number, kept: Span[]): void {
  const pieces: { start: number; end: number; core: boolean }[] = [];
  let i = first;
  while (i <= last) {
    const core = cls[i] === STRONG;
    let j = i;
    while (j <= last && (cls[j] === STRONG) === core) j++;
    pieces.push({ start: i, end: j, core });
    i = j;
  }
  pieces.forEach((piece, k) => {
    if (piece.core) {
      kept.push({ start: piece.start, end: piece.end });
      return;
    }
    const before = pieces[k - 1]?.core ?? false;
    const after = pieces[k + 1]?.core ?? false;
    let suspects = 0;
    let rare = 0;
    let lo = -1;
    let hi = -1;
    for (let u = piece.start; u < piece.end; u++) {
      if (cls[u] !== SUSPECT && cls[u] !== OUT_OF_SCRIPT) continue;
      suspects++;
      if (cls[u] === SUSPECT) rare++;
      if (lo < 0) lo = u;
      hi = u;
    }
    const between = before && after && piece.end - piece.start <= MAX_GAP;
    if (between) kept.push({ start: piece.start, end: piece.end });
    else if (lo < 0) return;
    else if (before || after ? isDenseNextToCore(suspects, hi - lo + 1) : isDenseAlone(suspects, hi - lo + 1, rare)) {
      kept.push({ start: lo, end: hi + 1 });
    }
  });
}

/** Joins kept pieces separated by at most MAX_GAP units into one run. */
function mergeClose(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && span.start - prev.end <= MAX_GAP) prev.end = Math.max(prev.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/** Lets each run take in stray ASCII directly touching it (the `M` of `龠M教`). */
function extendOverWeak(cls: Uint8Array, spans: Span[]): Span[] {
  for (const span of spans) {
    while (span.start > 0 && cls[span.start - 1] === WEAK) span.start--;
    while (span.end < cls.length && cls[span.end] === WEAK) span.end++;
  }
  return mergeClose(spans);
}
