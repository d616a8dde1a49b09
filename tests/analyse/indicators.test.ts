/**
 * Indicators: figures found in sentences (and the numbers that are not figures), names and
 * years, masked placeholders kept as masked — and the seeds' actual figures.
 */
import { canonicalIndicator, figureKind } from '../../scripts/analyse/indicators/canonical.ts';
import { describe, expect, it } from 'vitest';
import type { CorpusReport } from '../../scripts/analyse/corpus.ts';
import { findIndicators, reportIndicators } from '../../scripts/analyse/indicators.ts';
import { findMasked } from '../../scripts/ingest/flags.ts';
import { seedCorpus, seedReport } from '../helpers/analysis.ts';

const { reports } = await seedCorpus();
const all = findIndicators(reports);
const of = (key: string) => all.filter((i) => i.reportId === seedReport(reports, key).meta.id);

/** A one-paragraph report whose masked marks are found the way the ingest finds them. */
function one(text: string, headings: string[] = []): CorpusReport {
  const blocks = [
    ...headings.map((h, i) => ({ id: `h-${i + 1}`, kind: 'heading' as const, level: 1, text: h, marks: [] })),
    {
      id: 'p-1',
      kind: 'paragraph' as const,
      level: 0,
      text,
      marks: findMasked(text).map((s) => ({ ...s, kind: 'masked' as const })),
    },
  ];
  return { meta: { id: 'x' } as CorpusReport['meta'], blocks };
}
const figures = (text: string, headings: string[] = []) =>
  reportIndicators(one(text, headings)).map((i) => [i.indicator, i.value, i.unit, i.masked, i.raw, i.year]);

describe('figures in a sentence', () => {
  it.each([
    ['义务教育巩固率保持在100%。', [['义务教育巩固率', 100, '%', false, '100%', null]]],
    ['2022年全区投入资金达到5000万元。', [['全区投入资金', 5000, '万元', false, '5000万元', 2022]]],
    [
      '中小学生体质健康合格率*%、优良率*%。',
      [
        ['中小学生体质健康合格率', null, '%', true, '*%', null],
        ['优良率', null, '%', true, '*%', null],
      ],
    ],
    [
      '辍学率分别为X和X%。',
      [
        ['辍学率', null, '%', true, 'X', null],
        ['辍学率', null, '%', true, 'X%', null],
      ],
    ],
    // The head-count of a meeting, a rank threshold, an ordinal, a page counter, minutes: no figures.
    ['共50多人参加会议。', []],
    ['参会人员200余人。', []],
    ['中考进入全市前100名有4人。', [['中考进入全市前100名', 4, '人', false, '4人', null]]],
    ['深入学习贯彻落实省xx次党代会精神。', []],
    ['报导点阅数：211 次', []],
    ['统筹推进教育质量提升等6项重点任务。', []],
    ['提前10分钟进场。', []],
    // Not a meeting: the pupils who sat an exam, the people trained.
    ['全县1200名学生参加中考。', [['全县学生参加中考', 1200, '名', false, '1200名', null]]],
    [
      '监测得分为91.5，确保得分达到90分。',
      [
        ['监测得分', 91.5, '分', false, '91.5', null],
        ['得分', 90, '分', false, '90分', null],
      ],
    ],
    ['8月6日召开第98期会议，推进5G建设，落实“5+2”模式，连续三年第一。', []],
    ['1.教育资源供需矛盾依然存在。', []],
    ['XXXX年新建学校X所。', [['新建学校', null, '所', true, 'X所', null]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it('takes the year from the section when the sentence has none', () => {
    expect(figures('招聘新教师*名。', ['一、2022年亮点工作'])).toEqual([['招聘新教师', null, '名', true, '*名', 2022]]);
  });
});

describe('indicators on the seeds: real figures found, masked ones never read as numbers', () => {
  it('lists 000’s 义务教育巩固率保持在100%', () => {
    expect(of('000')).toEqual([
      expect.objectContaining({
        blockId: 'p-3',
        indicator: '义务教育巩固率',
        value: 100,
        unit: '%',
        masked: false,
        raw: '100%',
        year: null,
        sentence: '义务教育巩固率保持在100%，教育公平得到进一步保障。',
      }),
    ]);
  });

  it('lists 003’s 监测得分为91.5 and 达到90分', () => {
    expect(of('003').map((i) => [i.blockId, i.indicator, i.value, i.unit, i.raw])).toEqual([
      ['p-8', '苏州太仓江苏省教育现代化监测得分', 91.5, '分', '91.5'],
      ['p-8', '江苏省教育现代化监测得分', 90, '分', '90分'],
    ]);
  });

  it('marks every one of 001’s figures masked, never a number, with the section’s year', () => {
    const list = of('001');
    expect(list).toHaveLength(32);
    expect(list.every((i) => i.masked && i.value === null)).toBe(true);
    expect(list.filter((i) => i.raw === '*%')).toHaveLength(12);
    expect(list.find((i) => i.indicator === '中小学生体质健康合格率')).toMatchObject({
      raw: '*%',
      unit: '%',
      year: 2022,
      blockId: 'p-7',
    });
    expect(list.find((i) => i.indicator === '普惠性幼儿园覆盖率')).toMatchObject({
      raw: '*%',
      year: 2023,
      blockId: 'p-21',
    });
  });

  it('finds the real figures of the 004 collection and keeps its X placeholders masked', () => {
    const key = (reportId: string) => (reportId.startsWith('004') ? reportId.slice(-2) : reportId.slice(0, 3));
    expect(all.filter((i) => !i.masked).map((i) => `${key(i.reportId)} ${i.indicator} ${i.raw}`)).toEqual([
      '000 义务教育巩固率 100%',
      '003 苏州太仓江苏省教育现代化监测得分 91.5',
      '003 江苏省教育现代化监测得分 90分',
      '12 我县教育系统投入资金 5000万元',
    ]);
    expect(all.filter((i) => i.masked).every((i) => i.value === null)).toBe(true);
    // 18's “…有关负责同志等50多人参加会议” is a meeting's head-count, not a figure.
    expect(of('18').filter((i) => i.raw === '50多人')).toEqual([]);
    expect(of('21').find((i) => i.indicator === '教师交流比例')).toMatchObject({
      raw: 'XX.X%',
      masked: true,
      value: null,
    });
  });
});

describe('indicators compared across reports', () => {
  it('names an indicator one way whatever the wording, and only from the reviewed list', () => {
    expect(canonicalIndicator('全县学前三年毛入园率', '全县学前三年毛入园率达到93.5%')).toBe('学前三年毛入园率');
    expect(canonicalIndicator('义务教育阶段巩固率', '义务教育阶段巩固率保持在100%')).toBe('义务教育巩固率');
    // 参与学生比例 is the after-school service's only when the sentence is about it.
    expect(canonicalIndicator('参与学生比例', '学校课后服务实现全覆盖，参与学生比例达到96.8%')).toBe('课后服务参与率');
    expect(canonicalIndicator('参与学生比例', '研学活动参与学生比例达到80%')).toBeNull();
    expect(canonicalIndicator('分管领导及有关负责同志等', '分管领导及有关负责同志等50多人参加会议')).toBeNull();
  });

  it('tells a goal from a result by the words before the figure', () => {
    expect(figureKind('确保义务教育巩固率保持在')).toBe('target');
    expect(figureKind('力争学前三年毛入园率达到')).toBe('target');
    expect(figureKind('全县学前三年毛入园率达到')).toBe('achieved');
    expect(figureKind('已实现了目标，巩固率达到')).toBe('achieved');
  });

  // Sentences of the seeds and the dev pages, cut at the figure.
  it.each([
    ['确保全省小学学龄人口入学率达99.5%以上，初中学龄人口入学率达98%以上，成人文盲率降至', '', 'target'],
    ['计划推动新建改扩建中小学、幼儿园', '，持续优化教育资源布局', 'target'],
    ['根据省市“十三五”规划中“新增', '公办幼儿园”的发展目标和', 'target'],
    ['与北京市教委合作推进“中小学校长教师千人培训计划”，每年选派', '', 'achieved'],
    ['上半年督办重要事项15件，其中上级交办件6件、局X组决议事项', '、领导批示件10件', 'achieved'],
    ['认真学习贯彻习近平总书记关于教育的重要论述，中小学校（幼儿园）设立党组织', '', 'achieved'],
    ['我区义务教育阶段中小学全部达到自治区规定基本办学标准要求，达标学校比例分别为', '', 'achieved'],
    ['并按要求在', '中小学校（幼儿园）实行了挂牌', 'achieved'],
    ['新增“*教名家”', '（占全市*/*）', 'achieved'],
  ])('reads %s…%s as %s', (before, after, kind) => {
    expect(figureKind(before, after)).toBe(kind);
  });
});
