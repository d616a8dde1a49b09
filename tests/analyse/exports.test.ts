import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../shared/schemas/analysis.ts';
import type { CorpusReport } from '../../scripts/analyse/corpus.ts';
import { findCopies } from '../../scripts/analyse/copies.ts';
import { passageFamilies } from '../../scripts/analyse/copies/families.ts';
import { familiesCsv, seriesCsv } from '../../scripts/analyse/exports.ts';

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
      '\ufeffissuer,report_id,year,previous_id,themes_added,themes_dropped,carried_chars,figures_changed',
      '某县教育局,a,2022,,,,,',
      '某县教育局,b,2023,a,kehou-fuwu,jituanhua,0,',
      '',
    ]);
  });
});

describe('series.csv with the analysis', () => {
  it('says how much the report carries over from last year’s and which figures changed', () => {
    const shared =
      '全县坚持把教师队伍建设作为基础工作，深入推进县管校聘管理改革，建立城乡校际之间教师交流轮岗的长效机制。';
    const report2 = (id: string, years: number[], figure: string) =>
      ({
        meta: { id, issuer: '某县教育局', years, themes: {}, official: null, repairs: [] },
        blocks: [
          { id: 'p-1', kind: 'paragraph', level: 0, text: shared, marks: [] },
          { id: 'p-2', kind: 'paragraph', level: 0, text: `全县义务教育巩固率达到${figure}。`, marks: [] },
        ],
      }) as unknown as CorpusReport;
    const reports = [report2('a', [2022], '99.2%'), report2('b', [2023], '99.5%')];
    const figure = (reportId: string, raw: string) =>
      ({
        reportId,
        canonical: '义务教育巩固率',
        kind: 'achieved',
        masked: false,
        raw,
        value: Number.parseFloat(raw),
      }) as Indicator;
    const csv = seriesCsv(reports, findCopies(reports), [figure('a', '99.2%'), figure('b', '99.5%')]);
    expect(csv.split('\r\n').slice(1, 3)).toEqual([
      '某县教育局,a,2022,,,,,',
      // The shared paragraph but its closing 。 (a passage ends on its last letter).
      `某县教育局,b,2023,a,,,${[...shared].length - 1},义务教育巩固率 99.2%→99.5%`,
    ]);
  });
});

describe('families.csv', () => {
  const paragraph = (place: string, and: string) =>
    `${place}坚持把教师队伍建设作为基础工作，深入推进县管校聘管理改革，建立城乡${and}校际之间教师交流轮岗的长效机制。`;
  const copy = (id: string, years: number[], text: string) =>
    ({
      meta: { id, years, official: null, repairs: [] },
      blocks: [{ id: 'p-1', kind: 'paragraph', level: 0, text, marks: [] }],
    }) as unknown as CorpusReport;

  it('gives each copy a row in time order, its own wording in brackets, the earliest marked', () => {
    const reports = [
      copy('b', [2023], paragraph('全区', '和')),
      copy('a', [2022], paragraph('全区', '、')),
      copy('c', [], paragraph('全区', '、')),
    ];
    const found = findCopies(reports);
    const copies = { ...found, families: passageFamilies(found.pairs, reports) };
    const rows = familiesCsv(copies).split('\r\n');
    const id = copies.families[0].id;
    const consensus =
      '全区坚持把教师队伍建设作为基础工作，深入推进县管校聘管理改革，建立城乡…校际之间教师交流轮岗的长效机制。';
    expect(rows).toEqual([
      '\ufefffamily,reports,consensus,order,report_id,block_id,years,date,earliest,text',
      `${id},3,${consensus},1,a,p-1,2022,,true,${paragraph('全区', '[、]')}`,
      `${id},3,${consensus},2,b,p-1,2023,,false,${paragraph('全区', '[和]')}`,
      `${id},3,${consensus},3,c,p-1,,,false,${paragraph('全区', '[、]')}`,
      '',
    ]);
  });
});
