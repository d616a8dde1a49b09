/**
 * Where a numbered heading ends and its paragraph begins, when the page ran them together.
 *
 *   学前教育普及普惠发展持续加大学前教育资源供给，…  → 学前教育普及普惠发展 | 持续加大…
 *   推进教育体制改革教育体制改革是促进公平…          → 推进教育体制改革 | 教育体制改革是…
 *   加强师资队伍建设师资是提升学校教育质量…          → 加强师资队伍建设 | 师资是…
 *   过去工作回顾（一）学前教育…                      → 过去工作回顾 | （一）学前教育…
 *
 * Cues, nearest first: a deeper numbering marker; the heading's words said again
 * (教育体制改革|教育体制改革, 师资|师资是); a word that opens sentences in such reports and
 * does not close headings (持续, 通过, 为了, 我们 …). A short line with no cue is a
 * heading whole; a long one with no cue stays a paragraph.
 */
// Paragraph openers and one-word headings (see ./heading-words.ts), in Simplified, Taiwan and
// OpenCC Traditional forms: structure runs before script conversion. Read from a generated
// file so that loading the stage builds no opencc converter (two of them cost a fifth of a
// second at every start).
import { OPENERS, WHOLE_HEADINGS } from './heading-words-both.ts';
import { markerAt } from './markers.ts';

const MAX_HEADING = 32;
const MIN_HEADING = 4;
/** A cut must leave a real paragraph: 一、教育优质均衡深入推进 is one heading. */
const MIN_PARAGRAPH = 8;
const PUNCTUATION = /[。！？；：，,.;:!?、]/;
/**
 * The paragraph starts with words the heading just said: a square (改革|改革), or a word of
 * the heading followed by 是/对/方面/一直, or by 的 if 3+ characters long (师资|师资是,
 * 教育资源|教育资源的), or 在 + such a
 * word (在教育资源配置方面).
 */
function repeatsHeading(text: string, at: number): boolean {
  for (let k = Math.min(12, at); k >= 2; k--) {
    if (text.slice(at, at + k) === text.slice(at - k, at)) return true;
  }
  const heading = text.slice(0, at);
  const skip = text[at] === '在' ? 1 : 0;
  for (let k = 6; k >= 2; k--) {
    const word = text.slice(at + skip, at + skip + k);
    if (!heading.includes(word)) continue;
    const next = text.slice(at + skip + k);
    if (skip === 1 || /^(?:是|对|方面|一直)/.test(next) || (k >= 3 && next.startsWith('的'))) return true;
  }
  return false;
}

/**
 * Index in `text` (the heading's text after its marker) where the paragraph starts;
 * `text.length` when it is all heading; -1 when it is not a heading at all.
 */
export function findHeadingEnd(text: string): number {
  const whole = WHOLE_HEADINGS.find(
    (w) => text.startsWith(w) && text.length > w.length && !PUNCTUATION.test(text[w.length]),
  );
  if (whole) return whole.length;
  const firstBreak = text.search(PUNCTUATION);
  const limit = Math.min(MAX_HEADING, firstBreak < 0 ? text.length : firstBreak);
  // 001's style: the heading is a short sentence of its own — （一）教育发展水平全市领先。
  const sentenceEnd =
    firstBreak >= MIN_HEADING && /[。！]/.test(text[firstBreak]) && firstBreak <= MAX_HEADING ? firstBreak + 1 : -1;
  for (let at = 2; at <= limit && at < text.length; at++) {
    if (markerAt(text, at)) return at;
    if (at < MIN_HEADING) continue;
    if (text.length - at < MIN_PARAGRAPH) break;
    if (repeatsHeading(text, at)) return at;
    if (sentenceEnd < 0 && OPENERS.some((w) => text.startsWith(w, at))) return at;
  }
  if (sentenceEnd > 0) return sentenceEnd;
  // A heading that carries its own clause (（一）条块教研，促进优质教育资源共生) on a line of its own.
  if (text.length <= MAX_HEADING && !/[。！？]/.test(text)) return text.length;
  return -1;
}
