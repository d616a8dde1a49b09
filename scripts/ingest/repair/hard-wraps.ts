/**
 * Hard wraps: a line broken inside a word or a sentence is joined back.
 *
 *   近年来，我区加大城区周边学校、农村学      →  近年来，我区加大城区周边学校、农村学校投入力度，…
 *   校投入力度，…
 *   建议以完 / 善“校际流动机制”…             →  建议以完善“校际流动机制”…
 *   …明晰教育发展方向；/ “双减”背景下，…      →  …明晰教育发展方向；“双减”背景下，…
 *
 * Signals, any one enough: the line ends in a comma or semicolon (the sentence goes on,
 * even across a blank line); the line already reads as prose (clause punctuation) yet
 * stops without any; or a word of the platform's Chinese segmenter spans the break
 * (学|校 → 学校, 完|善 → 完善). A short heading line never forms a word with the
 * paragraph after it (找准差距 / 教育优质均衡方面), so headings stay apart.
 */
import type { SourceLine } from '../types.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const ENDS_MID_SENTENCE = /[，、,；;]$/;
const ENDS_WITH_PUNCTUATION = /[。！？；：，、,.;:!?…”’」』）)》】\]]$/;
const HAS_CLAUSE_PUNCTUATION = /[，、,；;]/;
const STARTS_NUMBERED =
  /^(?:[一二三四五六七八九十]+[、是要]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|[⑴-⒇]|[-—•·*])/;
const CJK_END = /\p{Script=Han}$/u;
const CJK_START = /^[\p{Script=Han}“"]/u;

/** True when a segmenter word runs across the end of `a` into `b`. */
export function wordSpansBreak(a: string, b: string): boolean {
  const left = a.slice(-6);
  const text = left + b.slice(0, 6);
  for (const { index, segment } of segmenter.segment(text)) {
    if (index < left.length && index + segment.length > left.length) return true;
  }
  return false;
}

/**
 * Whether line `b` continues line `a`; `adjacent` is false when a blank line stood
 * between them, which only a dangling comma or semicolon can bridge.
 */
export function isHardWrap(a: string, b: string, adjacent: boolean): boolean {
  const left = a.trim();
  const right = b.trim();
  if (!left || !right || STARTS_NUMBERED.test(right)) return false;
  if (ENDS_MID_SENTENCE.test(left)) return true;
  // A numbered line short enough to be a heading keeps its own line: （一）条块教研，促进…共生
  if (STARTS_NUMBERED.test(left) && left.length <= 32) return false;
  if (!adjacent || ENDS_WITH_PUNCTUATION.test(left)) return false;
  if (!CJK_END.test(left) || !CJK_START.test(right)) return false;
  if (HAS_CLAUSE_PUNCTUATION.test(left) && left.length >= 15) return true;
  return wordSpansBreak(left, right);
}

/** Joins wrapped lines of one document (blank lines already dropped; numbers kept). */
export function joinHardWraps(lines: SourceLine[]): { lines: SourceLine[]; joins: string[] } {
  const out: SourceLine[] = [];
  const joins: string[] = [];
  let lastLine = -1;
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && isHardWrap(prev.text, line.text, line.line === lastLine + 1)) {
      joins.push(`${prev.text.trim().slice(-4)}⏎${line.text.trim().slice(0, 4)}`);
      out[out.length - 1] = { line: prev.line, text: prev.text.trim() + line.text.trim() };
    } else {
      out.push({ line: line.line, text: line.text.trim() });
    }
    lastLine = line.line;
  }
  return { lines: out, joins };
}
