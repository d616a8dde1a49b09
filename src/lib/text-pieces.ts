/**
 * Finding terms in text that the page holds in several pieces. A paragraph's text is split
 * over text nodes wherever inline markup sits: a theme link (<a class="theme-mention">义务教育巩固率</a>保持在100%)
 * or a masked figure (<span class="flag-masked">*</span>+N). A term must be found on the
 * block's text as the reader reads it, across those pieces, and then marked piece by piece,
 * since one element cannot straddle the inline markup.
 */
import { splitByTerms, type Segment } from '../../shared/search/text-match.ts';

export interface PieceSegment extends Segment {
  /** For a hit, which occurrence of a term in the whole text it belongs to (0, 1, …); -1 otherwise. */
  occurrence: number;
}

/**
 * The segments of each piece: the pieces' text joined is matched as one text
 * (shared/search/text-match.ts: splitByTerms), and every segment is cut where a piece ends. The
 * segments of piece i, joined, are piece i.
 */
export function splitPiecesByTerms(pieces: readonly string[], terms: readonly string[]): PieceSegment[][] {
  const out: PieceSegment[][] = pieces.map(() => []);
  let piece = 0;
  let offset = 0;
  let occurrence = 0;
  for (const segment of splitByTerms(pieces.join(''), terms)) {
    let rest = segment.text;
    while (rest.length > 0) {
      while (offset >= pieces[piece].length) {
        piece += 1;
        offset = 0;
      }
      const take = Math.min(rest.length, pieces[piece].length - offset);
      out[piece].push({ text: rest.slice(0, take), hit: segment.hit, occurrence: segment.hit ? occurrence : -1 });
      rest = rest.slice(take);
      offset += take;
    }
    if (segment.hit) occurrence += 1;
  }
  return out;
}
