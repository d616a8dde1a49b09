/**
 * The sentence around a span, as a reader would quote it: from the previous sentence end to
 * the next one (。！？；, or the block's edge), trimmed to a readable length around the span.
 * Why: an occurrence or an indicator is only checkable with its sentence beside it.
 *
 * A block's sentence ends are found once and looked up by binary search, and a quote is cut
 * before it is copied, so a block of one endless sentence with thousands of mentions costs
 * time in proportion to its length, not to its length times its mentions.
 */

import { lowerBound } from './lower-bound.ts';

const END = /[。！？!?；;]/;

/** The block the ends below belong to: callers ask about one block many times in a row. */
let endsOf: string | null = null;
let ends: number[] = [];

/** Positions of the sentence-end marks in `text`, ascending. */
function sentenceEnds(text: string): number[] {
  if (text !== endsOf) {
    ends = [];
    for (let i = 0; i < text.length; i++) if (END.test(text[i])) ends.push(i);
    endsOf = text;
  }
  return ends;
}

/** [start, end) of the sentence containing [from, to) in `text`. */
export function sentenceBounds(text: string, from: number, to: number): [number, number] {
  const marks = sentenceEnds(text);
  const before = lowerBound(marks, from) - 1; // the last end mark before `from`
  const start = before >= 0 ? marks[before] + 1 : 0;
  const after = lowerBound(marks, Math.max(to, from));
  const end = after < marks.length ? marks[after] + 1 : text.length; // keep the sentence's own end mark
  return [start, end];
}

/** The sentence around [from, to), at most `max` characters, cut around the span with “…”. */
export function sentenceAround(text: string, from: number, to: number, max = 120): string {
  const [start, end] = sentenceBounds(text, from, to);
  if (end - start <= max) return text.slice(start, end).trim();
  const room = Math.max(0, max - (to - from));
  const left = Math.max(start, from - Math.floor(room / 2));
  const right = Math.min(end, left + max);
  return `${left > start ? '…' : ''}${text.slice(left, right).trim()}${right < end ? '…' : ''}`;
}
