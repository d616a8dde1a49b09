/**
 * Theme × report analysis on the shipped corpus, with the actual numbers, and the precision
 * table: true and false matches taken from the seeds, each checked against the marks the
 * ingest wrote — what the page links is what is counted.
 */
import { describe, expect, it } from 'vitest';
import { analyseThemes } from '../../scripts/analyse/themes.ts';
import { cooccurrences } from '../../scripts/analyse/themes/cooccurrence.ts';
import { seedCorpus, seedReport } from '../helpers/analysis.ts';

const { reports, taxonomy } = await seedCorpus();
const themes = analyseThemes(reports, taxonomy);
const theme = (id: string) => themes.find((t) => t.id === id)!;
const count = (id: string, report: string) =>
  theme(id).perReport.find((p) => p.reportId === seedReport(reports, report).meta.id)?.count ?? 0;
const collection = reports.filter((r) => r.meta.source.startsWith('004'));

describe('themes on the seeds: Traditional and variant matches, counts, co-occurrence', () => {
  it('001 (Traditional 雙減) counts 双减 at least 3 times: 4 by name, 9 with its variants', () => {
    const occ = theme('shuangjian').occurrences.filter((o) => o.reportId === seedReport(reports, '001').meta.id);
    expect(occ.filter((o) => o.matched === '双减')).toHaveLength(4);
    expect(count('shuangjian', '001')).toBe(9);
    expect(occ.map((o) => o.matched)).toEqual([
      '双减',
      '双减',
      '校外培训机构',
      '学科类培训机构',
      '双减',
      '双减',
      '校外培训',
      '学科类校外培训',
      '动态清零',
    ]);
    expect(seedReport(reports, '001').meta.themes.shuangjian).toBe(9);
  });

  it('000, 002 and the 004 collection show 集团化办学', () => {
    expect(count('jituanhua', '000')).toBe(2);
    expect(count('jituanhua', '002')).toBe(4);
    expect(
      collection.filter((r) => r.meta.themes.jituanhua).map((r) => [r.meta.id.slice(-2), r.meta.themes.jituanhua]),
    ).toEqual([
      ['18', 4],
      ['21', 3],
    ]);
    expect(
      theme('jituanhua')
        .occurrences.filter((o) => o.reportId.startsWith('002'))
        .map((o) => o.matched),
    ).toEqual(['学校联盟', '集团办学', '学校联盟', '集团办学']);
  });

  it('004 documents show 教师交流轮岗 (and 001–003 do not)', () => {
    const per = Object.fromEntries(theme('jiaoshi-lungang').perReport.map((p) => [p.reportId.slice(-2), p.count]));
    expect(per).toEqual({ '01': 3, '03': 1, '07': 1, '11': 2, '15': 1, '21': 6 });
    expect(
      theme('jiaoshi-lungang')
        .occurrences.filter((o) => o.reportId.endsWith('-21'))
        .map((o) => o.matched),
    ).toEqual(['校长交流比例', '教师交流比例', '支教', '教师轮岗交流', '轮岗教师', '校际流动']);
  });

  it('003’s 弹性离校 counts under 课后服务, 4 times, each with its sentence', () => {
    const occ = theme('kehou-fuwu').occurrences.filter((o) => o.reportId.startsWith('003'));
    expect(occ.map((o) => [o.blockId, o.matched])).toEqual(Array(4).fill(['p-12', '弹性离校']));
    expect(occ[0].sentence).toBe(
      '立足实效，以推进社团活动建设为抓手，科学落实“弹性离校”工作，破解学生课业负担重的难题，创新推动“弹性离校”管理规范化、有效性和品质化，开展“弹性离校”创新课题研究，保障“弹性离校”工作有序推进和深入开展。',
    );
  });

  it('lists every theme of the taxonomy, counts agreeing with the reports’ frontmatter', () => {
    expect(themes.map((t) => t.id)).toEqual(taxonomy.themes.map((t) => t.id));
    for (const t of themes) {
      expect(t.mentionCount).toBe(t.occurrences.length);
      expect(t.reportCount).toBe(t.perReport.length);
      for (const p of t.perReport)
        expect(reports.find((r) => r.meta.id === p.reportId)!.meta.themes[t.id]).toBe(p.count);
    }
    expect(themes.reduce((n, t) => n + t.mentionCount, 0)).toBe(
      reports.reduce((n, r) => n + Object.values(r.meta.themes).reduce((a, b) => a + b, 0), 0),
    );
  });

  it('co-occurrence: 双减 and 课后服务 share 001’s paragraph p-8; strength is the Jaccard index', () => {
    const c = theme('shuangjian').cooccurring.find((x) => x.theme === 'kehou-fuwu')!;
    // 双减: 5 blocks of 001; 课后服务: 001 p-8 and 003 p-12. Blocks 1 / (5 + 2 − 1); reports 1 / (1 + 2 − 1).
    expect(c).toEqual({ theme: 'kehou-fuwu', paragraphs: 1, reports: 1, strength: 0.1667, reportStrength: 0.5 });
    expect(theme('kehou-fuwu').cooccurring.find((x) => x.theme === 'shuangjian')).toEqual(
      c && { ...c, theme: 'shuangjian' },
    );
  });
});

describe('co-occurrence: the measure', () => {
  it('counts shared blocks and reports, symmetric, strongest first', () => {
    const places = new Map([
      ['a', { blocks: new Set(['r1#p-1', 'r1#p-2', 'r2#p-1']), reports: new Set(['r1', 'r2']) }],
      ['b', { blocks: new Set(['r1#p-1', 'r2#p-1']), reports: new Set(['r1', 'r2']) }],
      ['c', { blocks: new Set(['r1#p-3']), reports: new Set(['r1']) }],
    ]);
    const out = cooccurrences(places);
    expect(out.get('a')).toEqual([
      { theme: 'b', paragraphs: 2, reports: 2, strength: 0.6667, reportStrength: 1 },
      { theme: 'c', paragraphs: 0, reports: 1, strength: 0, reportStrength: 0.5 },
    ]);
    expect(out.get('c')!.map((x) => x.theme)).toEqual(['a', 'b']);
  });
});

/**
 * The precision table. Each row: a report, a block, a stretch of its text, and exactly the
 * theme mentions the ingest must have marked inside that stretch (none, for a false match
 * the rules must reject). Rows with mentions are true matches; rows without are the traps.
 */
const TABLE: Array<[report: string, block: string, stretch: string, expected: string[], why: string]> = [
  ['001', 'h-8', '扎实推进双减工作', ['双减:shuangjian'], 'Traditional 雙減 matched on canonical text'],
  ['001', 'p-2', '“双减”背景下', ['双减:shuangjian'], 'quoted form'],
  [
    '001',
    'p-18',
    '学科类校外培训机构“动态清零”',
    ['学科类校外培训:shuangjian', '动态清零:shuangjian'],
    'longest match; 动态清零 next to 培训机构 is 双减',
  ],
  ['001', 'p-11', '“新市民”子女入学', ['新市民”子女:suiqian-liushou'], 'quotes inside a term'],
  ['001', 'p-2', '深化区管校聘改革', ['区管校聘:xianguan-xiaopin'], '区 form of 县管校聘'],
  ['001', 'p-16', '跨区域集群化办学机制', ['集群化办学:jituanhua'], 'variant of 集团化办学'],
  ['000', 'p-3', '推进集团化办学、学区化管理等模式', ['集团化办学:jituanhua', '学区化管理:jituanhua'], 'two variants'],
  ['002', 'p-2', '学前教育集团办学进一步壮大规模', ['集团办学:jituanhua'], '学前教育 + 集团办学, not 教育集团'],
  ['004-f09e642452c74dbc-18', 'p-13', '广东省优质教育集团', ['教育集团:jituanhua'], '教育集团 where it is one'],
  ['004-f09e642452c74dbc-03', 'p-14', '实施了教师交流轮岗制度', ['教师交流轮岗:jiaoshi-lungang'], 'by name'],
  ['004-f09e642452c74dbc-21', 'p-43', '教师轮岗交流人数', ['教师轮岗交流:jiaoshi-lungang'], 'reversed order'],
  ['004-f09e642452c74dbc-21', 'p-44', '参与轮岗教师', ['轮岗教师:jiaoshi-lungang'], 'noun form'],
  [
    '004-f09e642452c74dbc-15',
    'p-7',
    '结对帮扶活动，通过教师交流',
    ['教师交流:jiaoshi-lungang'],
    'context variant, 结对帮扶 nearby',
  ],
  ['003', 'p-12', '科学落实“弹性离校”工作', ['弹性离校:kehou-fuwu'], '弹性离校 is 课后服务'],
  [
    '003',
    'p-6',
    '对照《江苏教育现代化指标体系》',
    ['教育现代化指标体系:jiaoyu-xiandaihua'],
    'longest match over 教育现代化',
  ],
  ['004-f09e642452c74dbc-08', 'h-7', '家校社会协同育人', ['协同育人:jiaxiaoshe'], '家校社会 is not 家校社'],
  ['004-f09e642452c74dbc-15', 'p-9', '建立了随班就读支持保障体系', ['随班就读:teshu-jiaoyu'], 'plain variant'],
  ['001', 'p-13', '校企协同育人特色模式', [], '校企 collaboration is not 家校社协同育人'],
  ['004-f09e642452c74dbc-20', 'p-7', '从而使融合教育更加有针对性', [], '教育融合 of schools is not inclusive 融合教育'],
  ['004-f09e642452c74dbc-07', 'p-6', '促进教师之间的交流与合作', [], 'teachers talking is not 教师交流轮岗'],
  ['004-f09e642452c74dbc-13', 'p-13', '交流与合作', [], 'international exchange is not rotation'],
  ['002', 'p-3', '以教研交流中心纵向统领全市学科教学', [], '教研交流 is not rotation'],
  ['000', 'p-7', '深化高中阶段学??荚苏猩贫雀母铮龠M', [], 'nothing inside a garbled run'],
  ['001', 'p-4', '占比超过*%', [], 'nothing inside a masked figure'],
];

describe('precision table from the seeds', () => {
  it.each(TABLE)('%s %s “%s” → %j (%s)', (report, blockId, stretch, expected) => {
    const block = seedReport(reports, report).blocks.find((b) => b.id === blockId)!;
    const at = block.text.indexOf(stretch);
    expect(at, `“${stretch}” not in ${report} ${blockId}`).toBeGreaterThanOrEqual(0);
    const inside = block.marks.filter((m) => m.kind === 'theme' && m.start < at + stretch.length && at < m.end);
    expect(inside.map((m) => `${block.text.slice(m.start, m.end)}:${m.theme}`)).toEqual(expected);
  });

  it('has more true matches than traps, and every row holds (precision 1.0 on the table)', () => {
    const positives = TABLE.filter((r) => r[3].length > 0).length;
    expect(positives).toBeGreaterThanOrEqual(15);
    expect(TABLE.length - positives).toBeGreaterThanOrEqual(6);
  });
});
