import { describe, expect, it } from 'vitest';
import type { CorpusReport } from '../../scripts/analyse/corpus.ts';
import { seriesCsv } from '../../scripts/analyse/exports.ts';

/** Just what the series export reads of a report. */
const report = (id: string, issuer: string | null, years: number[], themes: string[]) =>
  ({
    meta: { id, issuer, years, themes: Object.fromEntries(themes.map((t) => [t, 1])) },
    blocks: [],
  }) as unknown as CorpusReport;

describe('series.csv', () => {
  it('lists each issuer with two or more years, oldest first, with what changed since the year before', () => {
    const csv = seriesCsv([
      report('b', '某县教育局', [2023], ['shuangjian', 'kehou-fuwu']),
      report('a', '某县教育局', [2022], ['shuangjian', 'jituanhua']),
      report('c', '另一县教育局', [2023], ['shuangjian']),
      report('d', null, [2021], []),
    ]);
    expect(csv.split('\r\n')).toEqual([
      '\ufeffissuer,report_id,year,previous_id,themes_added,themes_dropped',
      '某县教育局,a,2022,,,',
      '某县教育局,b,2023,a,kehou-fuwu,jituanhua',
      '',
    ]);
  });
});
