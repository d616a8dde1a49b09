/**
 * Word boundaries for phrase candidates. Counting character n-grams finds 化教育资源 (from
 * 优化/深化教育资源) and 进一步加 (from 进一步加大) as often as real phrases; a phrase must
 * begin and end on a word boundary of the text it was found in. Intl.Segmenter is not good
 * enough to find policy terms (it splits 双减 and 轮岗), but it is a fair judge of where a
 * run of ordinary words may be cut, and it only has to look at one occurrence per phrase.
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** True when [from, to) of `text` starts and ends on word boundaries. */
export function onWordBoundaries(text: string, from: number, to: number): boolean {
  let startOk = from === 0;
  let endOk = to === text.length;
  for (const s of segmenter.segment(text)) {
    if (s.index === from) startOk = true;
    if (s.index === to) endOk = true;
    if (s.index > to) break;
  }
  return startOk && endOk;
}
