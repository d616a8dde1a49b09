/**
 * Structure stage: numbering markers, where a run-in heading ends, whole documents, the
 * official frame, then goldens. A case's input.json holds, per document of a page, the
 * repaired lines the pipeline hands this stage (`number: text`, one per JSON line); for the
 * seeds they were captured once from the pipeline, so a structure golden changes only when
 * structure does. The golden shows each block on a line: `h<level>`, `p` or `table`, then its text.
 */
import { describe, expect, it } from 'vitest';
import { findHeadingEnd } from '../../scripts/ingest/structure/heading-end.ts';
import { markerAt } from '../../scripts/ingest/structure/markers.ts';
import { structureDocument } from '../../scripts/ingest/structure.ts';
import type { Block } from '../../scripts/ingest/types.ts';
import { expectMatchesFixture, fixtureCases, readFixture, toGoldenJson } from '../helpers/fixtures.ts';
import { SEED_CASES } from '../helpers/seed-cases.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
const outline = (...texts: string[]) =>
  structureDocument(lines(...texts)).map((b) => (b.kind === 'heading' ? `h${b.level} ${b.text}` : `p ${b.text}`));

const STAGE = 'structure';

/** `12: text` → the source line it stands for (the text kept as is, leading spaces too). */
const sourceLine = (entry: string) => {
  const at = entry.indexOf(': ');
  return { line: Number(entry.slice(0, at)), text: entry.slice(at + 2) };
};
const blockLine = (b: Block) =>
  `${b.kind === 'heading' ? `h${b.level}` : b.kind === 'table' ? 'table' : 'p'} ${b.text}`;

describe('structure: golden fixtures, one case per folder', () => {
  const cases = fixtureCases(STAGE);

  it('has a case for every seed', () => {
    expect(cases).toEqual(expect.arrayContaining(Object.values(SEED_CASES)));
  });

  it.each(cases)('%s', (name) => {
    const docs: string[][] = JSON.parse(readFixture(STAGE, name, 'input.json'));
    const blocks = docs.map((doc) => structureDocument(doc.map(sourceLine)).map(blockLine));
    expectMatchesFixture(STAGE, name, 'output.json', toGoldenJson(blocks));
  });
});

describe('structure: numbering markers', () => {
  it.each([
    ['一、过去工作回顾', 1, 2],
    ['十二、其他', 1, 3],
    ['（一）学前教育', 2, 3],
    ['(二)义务教育', 2, 3],
    ['1.搭建平台', 3, 2],
    ['2、推进', 3, 2],
    ['3. 加强', 3, 3],
    ['⒈义务教育', 3, 1],
    ['（1）细则', 4, 3],
    ['⑵学校基本情况', 4, 1],
  ])('%s → level %i', (text, level, length) => {
    expect(markerAt(text, 0)).toEqual({ level, length });
  });
  it.each(['91.5分', '2023年', '第一、二季度', '1.5倍', '一是抓撤并。'])('%s is no marker', (text) => {
    expect(markerAt(text, 0)).toBeNull();
  });
});

describe('structure: where a run-in heading ends', () => {
  it.each([
    ['学前教育普及普惠发展持续加大学前教育资源供给，新建', '学前教育普及普惠发展'],
    ['过去工作回顾（一）学前教育', '过去工作回顾'],
    ['推进教育体制改革教育体制改革是促进公平发展的关键。', '推进教育体制改革'],
    ['加强师资队伍建设师资是提升学校教育质量的核心要素。', '加强师资队伍建设'],
    ['推动优质教育资源向基层倾斜为了打破城乡教育发展不平衡的局面，', '推动优质教育资源向基层倾斜'],
    ['教育发展水平全市领先。区政府履行教育职责评价水平', '教育发展水平全市领先。'],
    ['结语教育是国之大计、党之大计。', '结语'],
    ['結語教育是國之大計、黨之大計。', '結語'],
    ['學前教育普及普惠發展持續加大學前教育資源供給，', '學前教育普及普惠發展'],
    ['教育优质均衡深入推进', '教育优质均衡深入推进'],
    ['条块教研，促进优质教育资源共生', '条块教研，促进优质教育资源共生'],
  ])('%s → %s', (text, heading) => {
    expect(text.slice(0, findHeadingEnd(text))).toBe(heading);
  });
  it('a long numbered sentence with no cue stays a paragraph', () => {
    expect(findHeadingEnd('学校办学条件：大部分学校办学条件达到国家标准，但仍有个别学校存在教学设施陈旧的问题。')).toBe(
      -1,
    );
  });
});

describe('structure: documents', () => {
  it('recovers run-in headings from one long line (seed 000 style)', () => {
    expect(
      outline(
        '尊敬的各位领导：现呈上报告。一、过去工作回顾（一）学前教育普及普惠发展持续加大学前教育资源供给，新建幼儿园。（二）义务教育优质均衡推进深入实施义务教育学校标准化建设，改善薄弱学校办学条件，缩小城乡差距。二、当前面临的形势与挑战随着经济社会的快速发展，需求增长。',
      ),
    ).toEqual([
      'p 尊敬的各位领导：现呈上报告。',
      'h1 一、过去工作回顾',
      'h2 （一）学前教育普及普惠发展',
      'p 持续加大学前教育资源供给，新建幼儿园。',
      'h2 （二）义务教育优质均衡推进',
      'p 深入实施义务教育学校标准化建设，改善薄弱学校办学条件，缩小城乡差距。',
      'h1 二、当前面临的形势与挑战',
      'p 随着经济社会的快速发展，需求增长。',
    ]);
  });

  it('makes short unnumbered lines headings, stacked ones nested (seed 003 style)', () => {
    expect(
      outline(
        '区教育局作为全区教育主管部门，深化改革。',
        '找准差距',
        '教育优质均衡方面',
        '对照高水平教育现代化要求，还有提升空间。',
        '教师队伍建设方面',
        '教师断层现象尚且存在。',
      ),
    ).toEqual([
      'p 区教育局作为全区教育主管部门，深化改革。',
      'h1 找准差距',
      'h2 教育优质均衡方面',
      'p 对照高水平教育现代化要求，还有提升空间。',
      'h2 教师队伍建设方面',
      'p 教师断层现象尚且存在。',
    ]);
  });

  it('keeps numbered list sentences as paragraphs and never loses text', () => {
    const input = [
      '1.加大对学前教育的投入，继续新建、改扩建一批幼儿园，确保学位供给满足需求。',
      '一是抓撤并。',
      '——坚持优先发展战略办好人民满意教育',
    ];
    const blocks = structureDocument(lines(...input));
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(blocks.map((b) => b.text).join('')).toBe(input.join(''));
  });
});

describe('structure: the official-document frame', () => {
  it('never makes a signature, a date, a 文号 or a news byline a heading', () => {
    const lines = [
      '鲁政教督委〔2024〕1号',
      '现将评价报告印发给你们。',
      '某区教育局',
      '2024年3月1日',
      '（此件公开发布）',
    ].map((text, i) => ({ line: i + 1, text }));
    expect(structureDocument(lines).map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    const news = ['□常德日报记者 黄媛媛 通讯员 田志波', '金秋时节，碧空如洗，丹桂飘香。'].map((text, i) => ({
      line: i + 1,
      text,
    }));
    expect(structureDocument(news).map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });
});
