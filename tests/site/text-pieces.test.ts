/**
 * The arrival highlight matches a block's text across its inline markup: 义务教育巩固率 is a
 * theme link and 保持在100% follows it, * is a masked-figure mark and +N follows it.
 */
import { describe, expect, it } from 'vitest';
import { splitPiecesByTerms } from '../../src/lib/text-pieces.ts';

const hits = (pieces: string[], terms: string[]) =>
  splitPiecesByTerms(pieces, terms).map((segments) => segments.filter((s) => s.hit).map((s) => [s.text, s.occurrence]));

describe('splitPiecesByTerms', () => {
  it('finds a term running across a theme link and marks each piece of it', () => {
    const pieces = ['共享。', '义务教育巩固率', '保持在100%，教育公平'];
    expect(hits(pieces, ['义务教育巩固率保持在100%'])).toEqual([[], [['义务教育巩固率', 0]], [['保持在100%', 0]]]);
  });

  it('finds a term across a masked figure, and counts occurrences over the whole block', () => {
    const pieces = ['实施基础教育“', '*', '+N”行动，又一“', '*', '+N”'];
    expect(hits(pieces, ['*+N'])).toEqual([[], [['*', 0]], [['+N', 0]], [['*', 1]], [['+N', 1]]]);
  });

  it('gives back every piece whole, hits and the rest', () => {
    const pieces = ['', '推进集团', '化', '', '办学，深化集团化办学', '。'];
    const split = splitPiecesByTerms(pieces, ['集团化办学', '深化']);
    expect(split.map((segments) => segments.map((s) => s.text).join(''))).toEqual(pieces);
    expect(
      split
        .flat()
        .filter((s) => s.hit)
        .map((s) => [s.text, s.occurrence]),
    ).toEqual([
      ['集团', 0],
      ['化', 0],
      ['办学', 0],
      ['深化', 1],
      ['集团化办学', 2],
    ]);
  });

  it('folds full-width letters and digits as the search does', () => {
    expect(hits(['保持在', '１００％'], ['在100%'])).toEqual([[['在', 0]], [['１００％', 0]]]);
  });
});
