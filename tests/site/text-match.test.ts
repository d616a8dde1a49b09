/** The one notion of "contains the query" shared by search, excerpts, theme pages and highlighting. */
import { describe, expect, it } from 'vitest';
import { comparable, containsAll, excerptAround, splitByTerms, tidyCjkSpaces } from '../../shared/search/text-match.ts';

describe('containsAll', () => {
  it('matches every term verbatim, across Pagefind word gaps and spaces', () => {
    const page = '推进\u200b集团\u200b化\u200b办学。 \u200b双\u200b减\u200b落实';
    expect(containsAll(page, ['集团化办学', '双减'])).toBe(true);
    expect(containsAll(page, ['集团化办学', '火星'])).toBe(false);
    expect(containsAll(page, [])).toBe(true);
  });
  it('folds full-width Latin and case, and nothing else', () => {
    expect(comparable('ＰＷＡ ５Ｇ')).toBe('pwa5g');
    expect(containsAll('推进5G校园', ['５ｇ'])).toBe(true);
    expect(containsAll('双减', ['雙減'])).toBe(false); // script conversion happens before, not here
  });
});

describe('splitByTerms', () => {
  it('marks every occurrence, longest term first', () => {
    expect(splitByTerms('集团办学与集团化办学', ['集团化办学', '集团'])).toEqual([
      { text: '集团', hit: true },
      { text: '办学与', hit: false },
      { text: '集团化办学', hit: true },
    ]);
  });
  it('returns the text whole when nothing matches', () => {
    expect(splitByTerms('教育', ['火星'])).toEqual([{ text: '教育', hit: false }]);
    expect(splitByTerms('', ['x'])).toEqual([]);
  });
});

describe('excerptAround', () => {
  it('cuts around the first hit with ellipses', () => {
    const text = `${'甲'.repeat(100)}双减${'乙'.repeat(100)}`;
    const segments = excerptAround(text, ['双减'], 10);
    expect(segments[0]).toEqual({ text: '…', hit: false });
    expect(segments.at(-1)).toEqual({ text: '…', hit: false });
    expect(segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['双减']);
    expect(segments.map((s) => s.text).join('')).toBe(`…${'甲'.repeat(10)}双减${'乙'.repeat(18)}…`);
  });
});

describe('tidyCjkSpaces', () => {
  it('drops spaces between Chinese characters, keeps them around Latin and digits', () => {
    expect(tidyCjkSpaces('2021年起推行。 地方报告 通常')).toBe('2021年起推行。地方报告通常');
    expect(tidyCjkSpaces('使用 PWA 技术')).toBe('使用 PWA 技术');
  });
});
