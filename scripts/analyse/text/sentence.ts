/**
 * The sentence around a span, as a reader would quote it: from the previous sentence end to
 * the next one (。！？；, or the block's edge), trimmed to a readable length around the span.
 * Why: an occurrence or an indicator is only checkable with its sentence beside it.
 */

const END = /[。！？!?；;]/;

/** [start, end) of the sentence containing [from, to) in `text`. */
export function sentenceBounds(text: string, from: number, to: number): [number, number] {
  let start = from;
  while (start > 0 && !END.test(text[start - 1])) start--;
  let end = Math.max(to, from);
  while (end < text.length && !END.test(text[end])) end++;
  if (end < text.length) end++; // keep the sentence's own end mark
  return [start, end];
}

/** The sentence around [from, to), at most `max` characters, cut around the span with “…”. */
export function sentenceAround(text: string, from: number, to: number, max = 120): string {
  const [start, end] = sentenceBounds(text, from, to);
  const sentence = text.slice(start, end).trim();
  if (end - start <= max) return sentence;
  const room = Math.max(0, max - (to - from));
  const left = Math.max(start, from - Math.floor(room / 2));
  const right = Math.min(end, left + max);
  return `${left > start ? '…' : ''}${text.slice(left, right).trim()}${right < end ? '…' : ''}`;
}
