/**
 * The ingest's invariant, as a property: every non-blank line of a source ends up in a
 * report (its title or text) or in that report's removed record. Pages are drawn from the
 * shapes real pages are made of: site chrome, titles and their copies, headings, prose,
 * captions repeated under photos, collection items, official-document frame lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../scripts/ingest/decode.ts';
import { processSource } from '../../scripts/ingest/pipeline.ts';
import { scorePage } from '../../scripts/eval-pages/score.ts';
import type { Expected } from '../../scripts/eval-pages/corpus.ts';

const SHAPES = [
  '首页 > 新闻中心 > 正文',
  '发布时间：2024-01-29 来源：区教育局 浏览次数：',
  '微信扫一扫 分享到朋友圈',
  '第1页 / 共15页',
  '下面是小编为大家整理的教育局工作总结，仅供参考。',
  '相关推荐',
  '- 2025年安全知识竞赛题库及答案',
  '||||',
  '热点',
  '某区教育局2023年工作总结',
  '某区教育局2023年工作总结范文.docx',
  '2023年工作总结7篇',
  '——在全区教育工作会议上的讲话',
  '一、主要工作',
  '（一）推进集团化办学',
  '1.深化“双减”改革',
  '鲁教督字〔2024〕1号',
  '各学校、各直属单位：',
  '2023年，全区教育系统坚持立德树人根本任务，推动教育高质量发展。',
  '全年新建改扩建中小学3所，新增学位2000余个。',
  '图为区教育局召开集团化办学推进会现场',
  '2023年12月20日',
  '某区教育局',
  '（此件公开发布）',
  '已阅读5页，还剩6页未读',
  '甲区工作总结',
  '甲区工作总结一、甲区全年工作。',
  'date 2025-08-19 快讯',
  '县教育局召开会议 - 新闻中心',
  '小学(xué)课后服务(wù)工作总结(jié)',
  '@page { margin: 2cm }',
  '',
  '  • 标    题:某区教育局2016年政府信息公开年度报告',
  '某区教育局2016年政府信息公开年度报告',
  '目录/提纲:……',
  '信息内容',
  '|',
  '焖骚影院,在线观看,无码专区',
  '曲 沃 县 监 察 局',
  '当前义务教育均衡发展存在问题Word文档下载推荐.docx',
];

const expected: Expected = {
  url: null,
  site: 'generated',
  query: '',
  set: 'dev',
  title: '-',
  titleInText: false,
  issuer: null,
  place: null,
  years: [],
  docType: '其他',
  chrome: [],
  titleLines: [],
  flags: [],
};

describe('no line lost', () => {
  it('property: every non-blank line of any page of real shapes is published or on record', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SHAPES), { minLength: 1, maxLength: 40 }), (lines) => {
        const bytes = new TextEncoder().encode(`${lines.join('\n')}\n`);
        const decoded = decodeSource(bytes, 'page.txt');
        const result = processSource(bytes, 'page.txt');
        if (!result.ok) return; // a page of nothing but chrome is refused whole, with its reason
        expect(scorePage('generated', expected, decoded.ok ? decoded.text : null, result).lost).toEqual([]);
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });

  it('keeps a collection page’s own title on record when its items have no text', () => {
    // Found on a page from a site never seen: the title over two empty items vanished.
    const lines = [
      '  • 标    题:三亚市教育局2016年政府信息公开年度报告',
      '三亚市教育局2016年政府信息公开年度报告',
      '三亚市教育局2016年政府信息公开年度报告',
      '三亚市教育局',
      '三亚市教育局',
      '三亚市教育局2016年政府信息公开年度报告',
      '2016年，我局认真贯彻落实《条例》精神，做好政府信息公开工作。',
    ];
    const bytes = new TextEncoder().encode(`${lines.join('\n')}\n`);
    const result = processSource(bytes, 'page.txt');
    expect(scorePage('generated', expected, lines.join('\n'), result).lost).toEqual([]);
  });
});
