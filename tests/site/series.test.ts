import { describe, expect, it } from 'vitest';
import { figureChanges, seriesOf, sinceLastYear } from '../../shared/series.ts';

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

describe('figures since last year', () => {
  const fig = (canonical: string | null, raw: string, kind: 'achieved' | 'target' = 'achieved', masked = false) => ({
    canonical,
    kind,
    masked,
    raw,
    value: masked ? null : Number.parseFloat(raw),
  });

  it('lists an indicator stated as a result in both years with a new value, and nothing else', () => {
    const before = [
      fig('义务教育巩固率', '99.2%'),
      fig('学前三年毛入园率', '91%'),
      fig('近视率', '*%', 'achieved', true),
      fig('课后服务覆盖率', '100%'),
      fig(null, '200人'),
    ];
    const now = [
      fig('学前三年毛入园率', '91%'),
      fig('义务教育巩固率', '99.5%'),
      fig('义务教育巩固率', '98%'),
      fig('近视率', '30%'),
      fig('课后服务覆盖率', '95%', 'target'),
      fig(null, '300人'),
    ];
    expect(figureChanges(before, now)).toEqual([{ indicator: '义务教育巩固率', before: '99.2%', now: '99.5%' }]);
  });
});
