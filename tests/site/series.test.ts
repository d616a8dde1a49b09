import { describe, expect, it } from 'vitest';
import { seriesOf, sinceLastYear } from '../../shared/series.ts';

const r = (id: string, issuer: string | null, years: number[], themes: string[]) => ({
  id,
  issuer,
  years,
  themes: Object.fromEntries(themes.map((t) => [t, 1])),
});

describe('a bureau over the years', () => {
  const all = [
    r('c', '某县教育局', [2023], ['shuangjian', 'kehou-fuwu']),
    r('a', '某县教育局', [2021], ['shuangjian', 'jituanhua']),
    r('b', '某县教育局', [2021, 2022], ['shuangjian']),
    r('d', '另一县教育局', [2023], ['shuangjian']),
    r('e', null, [2022], []),
  ];

  it('lists the issuer’s reports oldest first, by the last year each covers', () => {
    expect(seriesOf(all[0], all).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(seriesOf(all[3], all)).toEqual([]);
    expect(seriesOf(all[4], all)).toEqual([]);
  });

  it('says which themes are new and which dropped since the report of the year before', () => {
    const series = seriesOf(all[0], all);
    expect(sinceLastYear(all[0], series)).toEqual({ previous: all[2], added: ['kehou-fuwu'], dropped: [] });
    expect(sinceLastYear(all[2], series)).toEqual({ previous: all[1], added: [], dropped: ['jituanhua'] });
    expect(sinceLastYear(all[1], series)).toBeNull();
  });
});
