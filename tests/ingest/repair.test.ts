import { describe, expect, it } from 'vitest';
import { dropDuplicateBlocks } from '../../scripts/ingest/repair/duplicate-blocks.ts';
import { joinFlattenedCells } from '../../scripts/ingest/repair/flattened-cells.ts';
import { isHardWrap, joinHardWraps } from '../../scripts/ingest/repair/hard-wraps.ts';
import { restorePunctuation } from '../../scripts/ingest/repair/punctuation.ts';
import { repairDocument } from '../../scripts/ingest/repair.ts';

const at = (...pairs: Array<[number, string]>) => pairs.map(([line, text]) => ({ line, text }));

describe('repair: punctuation', () => {
  it.each([
    ['尊敬的各位领导、各界代表:现向大家呈上,旨在总结', '尊敬的各位领导、各界代表：现向大家呈上，旨在总结', 2],
    ['总体部署, 全面开展', '总体部署，全面开展', 1],
    ['(一)学前教育', '（一）学前教育', 1],
    ['明晰教育发展方向;', '明晰教育发展方向；', 1],
    ['(占全市*/*)', '（占全市*/*）', 1],
  ])('%s', (input, output, changes) => {
    expect(restorePunctuation(input)).toEqual({ text: output, changes });
  });
  it.each([
    '1,000人',
    '得分为91.5',
    'http://a.b/c',
    'alert(1)',
    'Copyright © cnj8',
    '学??荚囌猩贫雀母?,探索'.slice(0, 9),
  ])('leaves %s alone', (text) => {
    expect(restorePunctuation(text).text).toBe(text);
  });
});

describe('repair: hard wraps', () => {
  it('joins a line broken inside a word', () => {
    expect(isHardWrap('近年来，我区加大城区周边学校、农村学', '校投入力度，学校基础设施', true)).toBe(true);
    expect(isHardWrap('建议以完', '善“校际流动机制”、“名师帮扶机制”', true)).toBe(true);
  });
  it('joins across a blank line only after a dangling comma', () => {
    expect(isHardWrap('区域内学校还有较大提升空间，', '优质教育资源规模效应有待提高。', false)).toBe(true);
    expect(isHardWrap('区域内学校还有较大提升空间', '优质教育资源规模效应有待提高。', false)).toBe(false);
  });
  it('keeps heading lines apart from their paragraphs', () => {
    for (const [a, b] of [
      ['找准差距', '教育优质均衡方面'],
      ['教育优质均衡方面', '对照高水准教育现代化要求'],
      ['（一）条块教研，促进优质教育资源共生', '通过扎实的教研活动'],
      ['有关指标完成情况', 'X.入学机会。'],
    ]) {
      expect(isHardWrap(a, b, true), `${a} | ${b}`).toBe(false);
    }
  });
  it('reports each join', () => {
    expect(joinHardWraps(at([1, '建议以完'], [2, '善机制。'], [4, '下一段。']))).toEqual({
      lines: at([1, '建议以完善机制。'], [4, '下一段。']),
      joins: ['建议以完⏎善机制。'],
    });
  });
});

describe('repair: duplicate blocks', () => {
  const a = '深入实施省现代职业教育体系建设试点项目，指导相关街道、社区建立终身学习网站。';
  const run = [
    '切实减轻学生课业负担',
    '立足实效，以推进社团活动建设为抓手，科学落实“弹性离校”工作，破解学生课业负担重的难题。',
    '建立课业负担监测报告制度和问责制度，对违反“五严”规定的行为零容忍。',
  ];
  it('drops the later copy, including a first line that repeats the tail of a paragraph', () => {
    const lines = at(
      [1, `进一步扩大职业学校招生规模，${a}`],
      [2, run[0]],
      [3, run[1]],
      [4, run[2]],
      [5, '推进依法治教'],
      [6, a],
      [7, run[0]],
      [8, run[1]],
      [9, run[2]],
    );
    const out = dropDuplicateBlocks(lines);
    expect(out.lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5]);
    expect(out.dropped.map((r) => r.map((l) => l.line))).toEqual([[6, 7, 8, 9]]);
  });
  it('keeps a short heading used twice', () => {
    const lines = at([1, '加强师资队伍建设'], [2, '第一段内容。'], [3, '加强师资队伍建设'], [4, '第二段内容。']);
    expect(dropDuplicateBlocks(lines).lines).toHaveLength(4);
  });
  it('repairDocument records what it did', () => {
    const out = repairDocument(
      at([1, '总体部署, 全面开展'], [2, run[0]], [3, run[1]], [4, run[2]], [5, run[0]], [6, run[1]], [7, run[2]]),
    );
    expect(out.repairs.map((r) => [r.kind, r.count])).toEqual([
      ['punctuation', 1],
      ['duplicate-block', 3],
    ]);
  });
});

describe('repair: pinyin glosses', () => {
  it('drops a bracketed toned syllable after a character, and records it', () => {
    const r = repairDocument([{ line: 1, text: '甘肃省县级政府教育督导(dǎo)评估秦州区(qū)汇报会召开。' }]);
    expect(r.lines.map((l) => l.text)).toEqual(['甘肃省县级政府教育督导评估秦州区汇报会召开。']);
    expect(r.repairs).toEqual([
      { kind: 'pinyin-gloss', count: 2, examples: ['甘肃省县级政府教育督导(dǎo)评估秦州区(qū)汇报会召开'] },
    ]);
  });

  it('keeps brackets that are no gloss', () => {
    const text = '开展（a）类课程，使用(PPT)课件，推进督导（2023年）。';
    expect(repairDocument([{ line: 1, text }]).repairs.filter((x) => x.kind === 'pinyin-gloss')).toEqual([]);
  });
});

describe('repair: flattened tables', () => {
  it('joins cells a site printed one a line with lone bars between, keeping the first line number', () => {
    const lines = at(
      [1, '二、主动公开政府信息情况'],
      [2, '信息内容'],
      [3, '|'],
      [4, '本年新制作数量'],
      [5, '|'],
      [6, '0'],
      [7, '三、其他'],
    );
    const out = joinFlattenedCells(lines);
    expect(out.lines).toEqual(
      at([1, '二、主动公开政府信息情况'], [2, '信息内容 | 本年新制作数量 | 0'], [7, '三、其他']),
    );
    expect(out.cells).toBe(3);
  });
  it('makes one cell of a cell the site broke over lines, and stops at the last cell', () => {
    const lines = at(
      [1, '信息内容'],
      [2, '|'],
      [3, '本年新'],
      [4, '制作数量'],
      [5, '|'],
      [6, '0'],
      [7, '三、收到和处理政府信息公开申请情况'],
    );
    expect(joinFlattenedCells(lines).lines).toEqual(
      at([1, '信息内容 | 本年新制作数量 | 0'], [7, '三、收到和处理政府信息公开申请情况']),
    );
  });
  it('leaves two cells, a bar at an edge and text without bars alone', () => {
    const lines = at([1, '甲'], [2, '|'], [3, '乙'], [4, '丙'], [5, '|']);
    expect(joinFlattenedCells(lines).lines).toEqual(lines);
  });
  it('repairDocument records the cells it joined', () => {
    const out = repairDocument(at([1, '规章'], [2, '|'], [3, '0'], [4, '|'], [5, '1']));
    expect(out.repairs).toEqual([{ kind: 'flattened-table', count: 3, examples: ['规章 | 0 | 1'] }]);
  });
});
