/**
 * The whole pipeline on the five shipped seeds: golden files for every report (reviewed by
 * hand; `UPDATE=1` regenerates them) and explicit checks of what issue #2 promises.
 */
import { describe, expect, it } from 'vitest';
import type { ReportMeta } from '../../shared/schemas/report.ts';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expectMatchesFixture, fixturePath } from '../helpers/fixtures.ts';
import { runIngest, seedsDir } from '../helpers/ingest.ts';
import { elements, renderMdx, textOf } from '../helpers/mdx.ts';
import { readBlocks } from '../../shared/read-report.ts';

const run = await runIngest(seedsDir);
const reports: ReportMeta[] = JSON.parse(run.files.get('reports.json')!);
const byTitle = (title: string) => reports.find((r) => r.title === title)!;
const mdx = (id: string) => run.files.get(`${id}.mdx`)!;
const body = (id: string) => mdx(id).replace(/^---\n[\s\S]*?\n---\n/, '');

/** What a reader sees of a report: the text of its headings and paragraphs. */
async function shownText(id: string): Promise<string> {
  const tree = await renderMdx(body(id));
  return elements(tree, ['h2', 'h3', 'h4', 'h5', 'p']).map(textOf).join('\n');
}

describe('pipeline on the seeds: golden output', () => {
  it('writes exactly the expected files', () => {
    const dir = fixturePath('pipeline', 'seeds', '');
    if (process.env.UPDATE === '1')
      for (const f of existsSync(dir) ? readdirSync(dir) : [])
        if (!run.files.has(f)) rmSync(join(dir, f));
        else expect(readdirSync(dir).sort()).toEqual([...run.files.keys()]);
  });
  it.each([...run.files.keys()])('%s matches its reviewed golden file', (name) => {
    expectMatchesFixture('pipeline', 'seeds', name, run.files.get(name)!);
  });
});

describe('pipeline on the seeds: what issue #2 promises', () => {
  it('gives 25 reports: 1 + 1 + 1 + 1 + 21', () => {
    expect(reports).toHaveLength(25);
    const perSource = Object.fromEntries(
      ['000', '001', '002', '003', '004'].map((p) => [p, reports.filter((r) => r.source.startsWith(p)).length]),
    );
    expect(perSource).toEqual({ '000': 1, '001': 1, '002': 1, '003': 1, '004': 21 });
    expect(run.summary.skipped).toEqual([]);
  });

  it('leaves none of the seeds’ site chrome in any report', async () => {
    const chrome = [
      '版权说明',
      '版權說明',
      '文档简介',
      '温馨提示',
      '最新文档',
      '评论',
      '0/150',
      '静网',
      'txt下载',
      '收藏',
      '相关推荐',
      '清纯唯美',
      '字典网',
      'Copyright',
      '预览阅读已结束',
      'mooonya',
      '您的位置',
      '同类文章',
      'Next Article',
      '按个赞',
      '点击关闭',
      '合集下载',
      '下载文档前',
      '仅部分预览',
      '相关文档',
    ];
    for (const r of reports) {
      const text = await shownText(r.id);
      for (const c of chrome) expect(text, `${r.id} contains ${c}`).not.toContain(c);
    }
  });

  it('reads in Simplified, with 003’s Taiwan phrases reversed', async () => {
    const t003 = await shownText('003-a17b4227efebd22b');
    for (const w of ['高质量发展', '宽带网络', '大数据', '项目', '幼儿园', '支持校长', '提升管理水平'])
      expect(t003).toContain(w);
    for (const w of ['高品质发展', '宽频', '专案', '水准', '幼稚园', '大资料', '支援']) expect(t003).not.toContain(w);
    expect(await shownText('001-11e03806d8f99e7c')).toContain('“双减”背景下');
    expect(await shownText('000-b15e6c042aa66c80')).toContain('苏州教育事业高质量发展');
    expect(reports.map((r) => r.script).filter((s) => s !== 'Hans')).toEqual(['Hant', 'Hant', 'Hant-TW']);
  });

  it('keeps the text in its original script beside the canonical one', () => {
    expect(mdx('003-a17b4227efebd22b')).toContain('寬頻網路');
    expect(mdx('000-b15e6c042aa66c80')).toContain('"id":"h-1","text":"一、過去工作回顧"');
  });

  it('recovers titles, including the missing one and the glued ones', async () => {
    expect(reports.filter((r) => !r.source.startsWith('004')).map((r) => [r.title, r.titleSource])).toEqual([
      ['苏州教育局工作报告', 'page'],
      ['区教育局关于2022年工作总结与2023年工作打算', 'page'],
      ['XX市教育系统201x年上半年工作总结', 'derived'],
      ['区教育局：推进区域教育现代化，加快实现教育强区目标', 'page'],
    ]);
    expect((await shownText('000-b15e6c042aa66c80')).startsWith('尊敬的各位领导、各界代表：现向大家呈上')).toBe(true);
    expect((await shownText(byTitle('教育局全年工作总结').id)).startsWith('一、教育政策实施概况\n过去的一年中')).toBe(
      true,
    );
    expect(reports.filter((r) => r.source.startsWith('004')).map((r) => r.title)).toContain('亳州市教育局工作总结报告');
  });

  it('recovers run-in headings from 000’s single long line and 003’s unnumbered ones', async () => {
    const outline = (id: string) =>
      readBlocks(mdx(id))
        .filter((b) => b.kind === 'heading')
        .map((b) => `${b.level + 1} ${b.text}`);
    expect(outline('000-b15e6c042aa66c80')).toEqual([
      '2 一、过去工作回顾',
      '3 （一）学前教育普及普惠发展',
      '3 （二）义务教育优质均衡推进',
      '3 （三）高中阶段教育特色多样提升',
      '3 （四）教师队伍建设不断加强',
      '3 （五）教育信息化水平显著提高',
      '3 （六）教育综合改革稳步推进',
      '2 二、当前面临的形势与挑战',
      '2 三、未来工作计划',
      '3 （一）强化教育资源供给',
      '3 （二）全面提高教育质量',
      '3 （三）加强教师队伍建设',
      '3 （四）深化教育信息化应用',
      '3 （五）推进教育综合改革',
      '2 四、结语',
    ]);
    expect(outline('003-a17b4227efebd22b').slice(0, 3)).toEqual([
      '2 找准差距',
      '3 教育优质均衡方面',
      '3 教师队伍建设方面',
    ]);
  });

  it('drops 003’s duplicated block and joins 004’s hard wraps', async () => {
    const t003 = await shownText('003-a17b4227efebd22b');
    expect(t003.split('深入实施省现代职业教育体系建设试点项目').length - 1).toBe(1);
    expect(t003.split('切实减轻学生课业负担').length - 1).toBe(1);
    expect(
      byTitle('区教育局：推进区域教育现代化，加快实现教育强区目标').repairs.find((r) => r.kind === 'duplicate-block')
        ?.count,
    ).toBe(15);
    const own = await shownText(byTitle('教育局开展扩大优质教育资源情况汇报——坚持优先发展战略办好人民满意教育').id);
    expect(own).toContain('农村学校投入力度');
    expect(own).toContain('建议以完善“校际流动机制”');
  });

  it('flags garbled, truncated and masked text, in place and on the report', () => {
    const flags = (id: string) =>
      Object.fromEntries(reports.find((r) => r.id === id)!.flags.map((f) => [f.kind, f.count]));
    expect(flags('000-b15e6c042aa66c80')).toEqual({ garbled: 2, truncated: 1 });
    expect(body('000-b15e6c042aa66c80')).toContain(
      '<mark class="flag-garbled" title="乱码：原文字节解码错误">{"??荚苏猩贫雀母铮龠M"}</mark>',
    );
    expect(flags('001-11e03806d8f99e7c').masked).toBeGreaterThanOrEqual(60);
    expect(body('001-11e03806d8f99e7c')).toContain(
      '<span class="flag-masked" title="模板占位：数字被遮盖">{"*"}</span>{"%',
    );
    expect(flags('002-78e0989906f69b59')).toMatchObject({ truncated: 1 });
    expect(flags('002-78e0989906f69b59').masked).toBeGreaterThanOrEqual(3);
    expect(
      flags(byTitle('教育局开展扩大优质教育资源情况汇报——坚持优先发展战略办好人民满意教育').id).masked,
    ).toBeGreaterThan(50);
    expect(flags('003-a17b4227efebd22b')).toEqual({});
  });

  it('names the right issuers, places, levels and years', () => {
    const meta = (r: ReportMeta) => [r.issuer, r.place, r.placeCode, r.level, r.years];
    expect(meta(reports[0])).toEqual(['苏州市教育局', '苏州市', '320500', '市', []]);
    expect(meta(reports[1])).toEqual([null, null, null, '区', [2022, 2023]]);
    expect(meta(reports[3])).toEqual(['栖霞区教育局', '栖霞区', '320113', '区', []]);
    expect(reports[3].placePath).toEqual(['江苏省', '南京市', '栖霞区']);
    expect(meta(byTitle('亳州市教育局工作总结报告'))).toEqual(['亳州市教育局', '亳州市', '341600', '市', []]);
    expect(meta(reports.find((r) => r.title.startsWith('肇庆市教育局'))!)).toEqual([
      '肇庆市教育局',
      '肇庆市',
      '441200',
      '市',
      [2021],
    ]);
    expect(byTitle('某县推进义务教育优质均衡发展工作情况汇报').level).toBe('县');
    expect(reports.map((r) => r.sourceSite).filter(Boolean)).toEqual(['renrendoc', 'cnj8']);
  });

  it('records every removed line with its rule', () => {
    expect(mdx('001-11e03806d8f99e7c')).toMatch(/"text":"Copyright © cnj8 All Rights Reserved\.","rule":"cnj8-footer"/);
    expect(reports[2].stripped).toEqual({ count: 2, rules: expect.any(Object) });
  });
});
