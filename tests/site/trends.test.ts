import { describe, expect, it } from 'vitest';
import { risingAndFalling, sharesByProvince, sharesByYear, THIN_BELOW } from '../../src/lib/trends.ts';

/** `n` reports covering `years`, in `province`, the first `hits` of them mentioning the theme. */
function reports(prefix: string, n: number, years: number[], province: string | null) {
  return Array.from({ length: n }, (_, k) => ({ id: `${prefix}${k}`, years, province }));
}

describe('theme trends', () => {
  const corpus = [
    ...reports('a', 6, [2022], '江苏省'),
    ...reports('b', 5, [2023], '江苏省'),
    ...reports('c', 2, [2021, 2022], null),
  ];
  const mentioning = new Set(['a0', 'a1', 'a2', 'b0', 'b1', 'b2', 'b3', 'c0']);

  it('gives the share of reports per year covered, a report counted in each of its years, thin years marked', () => {
    expect(sharesByYear(corpus, mentioning)).toEqual([
      { key: '2021', reports: 2, mentioning: 1, share: 0.5, thin: true },
      { key: '2022', reports: 8, mentioning: 4, share: 0.5, thin: false },
      { key: '2023', reports: 5, mentioning: 4, share: 0.8, thin: false },
    ]);
    expect(THIN_BELOW).toBe(5);
  });

  it('gives the share per province, leaving out unplaced reports', () => {
    expect(sharesByProvince(corpus, mentioning)).toEqual([
      { key: '江苏省', reports: 11, mentioning: 7, share: 7 / 11, thin: false },
    ]);
  });

  it('finds rising and falling themes between the two latest years with enough reports, or says there are none', () => {
    const other = new Set(['a3', 'a4', 'a5', 'c1']);
    const result = risingAndFalling(corpus, [
      { id: 'shuangjian', mentioning },
      { id: 'jituanhua', mentioning: other },
      { id: 'none', mentioning: new Set() },
    ]);
    expect(result).toEqual({
      from: 2022,
      to: 2023,
      changes: [
        { id: 'jituanhua', from: 0.5, to: 0, change: -0.5 },
        { id: 'shuangjian', from: 0.5, to: 0.8, change: 0.8 - 0.5 },
      ],
    });
    expect(risingAndFalling(reports('x', 3, [2020], null), [{ id: 't', mentioning }])).toBeNull();
  });
});
