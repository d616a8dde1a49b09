/**
 * Flags stage: garbled runs, the script lean, masked figures, truncation, then goldens. A
 * case's input.json holds, per document of a page, what the pipeline hands this stage: the
 * structured blocks in canonical text with their `original` (left out where it equals the
 * text: a Simplified source) and whether the preview was cut. For the seeds it was captured
 * once from the pipeline, so a flags golden changes only when flags does. The golden shows
 * each document's flags and every mark on a line: block index, kind, offsets, the marked
 * text in [ ] with a few characters either side.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  endsMidSentence,
  findGarbled,
  findMasked,
  type FlagInputBlock,
  flagDocument,
  maskExample,
} from '../../scripts/ingest/flags.ts';
import { garbledSpansOnCanonical } from '../../scripts/ingest/flags/to-canonical-spans.ts';
import { hanLeanOf, leanCounts, leanOfCounts } from '../../scripts/ingest/flags/han-chars.ts';
import * as OpenCC from 'opencc-js';
import { seed000, seed001, seed002, seed003, seed004, twToCn, type SeedDoc } from '../helpers/seed-docs.ts';
import { expectMatchesFixture, fixtureCases, markLines, readFixture, toGoldenJson } from '../helpers/fixtures.ts';
import { SEED_CASES } from '../helpers/seed-cases.ts';

const cnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });

const slices = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));
const allBlocks = (docs: SeedDoc[]) => docs.flatMap((d) => d.blocks);

const STAGE = 'flags';

/** A block as a case stores it: `original` only where it differs from the text. */
type CaseBlock = Omit<FlagInputBlock, 'original'> & { original?: string };

describe('flags: golden fixtures, one case per folder', () => {
  const cases = fixtureCases(STAGE);

  it('has a case for every seed', () => {
    expect(cases).toEqual(expect.arrayContaining(Object.values(SEED_CASES)));
  });

  it.each(cases)('%s', (name) => {
    const docs: Array<{ previewCut: boolean; blocks: CaseBlock[] }> = JSON.parse(
      readFixture(STAGE, name, 'input.json'),
    );
    const flagged = docs.map(({ previewCut, blocks }) =>
      flagDocument({ previewCut, blocks: blocks.map((b) => ({ ...b, original: b.original ?? b.text })) }),
    );
    const golden = flagged.map(({ flags, blocks }) => ({ flags, marks: markLines(blocks) }));
    expectMatchesFixture(STAGE, name, 'output.json', toGoldenJson(golden));
  });
});

describe('findGarbled', () => {
  it('finds the two GBK-out-of-step runs of seed 000, tightly', () => {
    const body = seed000().blocks[0].original;
    const runs = findGarbled(body);
    expect(slices(body, runs)).toEqual(['??荚囌猩贫雀母铮龠M', '??荚囌猩贫雀母?']);
    // The run starts right after the last good character (學) and stops before 教育.
    const at = body.indexOf('學??荚');
    expect(runs[0]).toEqual({ start: at + 1, end: at + 1 + '??荚囌猩贫雀母铮龠M'.length });
    expect(body.slice(runs[0].end, runs[0].end + 6)).toBe('教育公平公正');
  });

  it('still finds the seed-000 run when the ?? is gone (Simplified-only and rare characters)', () => {
    const text = '深化高中階段學荚囌猩贫雀母铮龠M教育公平公正';
    expect(slices(text, findGarbled(text, { documentLean: 'Hant' }))).toEqual(['荚囌猩贫雀母铮龠M']);
  });

  it('finds U+FFFD, 锟斤拷, 烫烫烫 and private-use characters as runs of their own', () => {
    const item = seed004()[11].blocks[0].original; // an item's first paragraph, as if its first bytes were broken
    const broken = `��${item}`;
    expect(findGarbled(broken)).toEqual([{ start: 0, end: 2 }]);
    expect(slices('今年锟斤拷锟斤拷工作', findGarbled('今年锟斤拷锟斤拷工作'))).toEqual(['锟斤拷锟斤拷']);
    expect(slices('内存烫烫烫烫未初始化', findGarbled('内存烫烫烫烫未初始化'))).toEqual(['烫烫烫烫']);
    expect(slices('屯屯屯屯屯', findGarbled('屯屯屯屯屯'))).toEqual(['屯屯屯屯屯']);
    expect(findGarbled('教育\ue000\ue001工作')).toEqual([{ start: 2, end: 4 }]);
  });

  it('finds UTF-8 read as GBK inside clean text, with the clean text left out', () => {
    const clean = seed002().blocks.find((b) => b.original.length > 60)!.original;
    const mojibake = iconv.decode(Buffer.from('今年，在全市教育系统的共同努力下', 'utf8'), 'gbk');
    expect(mojibake.startsWith('浠婂勾锛屽湪')).toBe(true);
    const text = `${clean.slice(0, 20)}${mojibake}${clean.slice(20, 40)}`;
    const runs = findGarbled(text);
    expect(runs).toHaveLength(1);
    expect(runs[0].start).toBeGreaterThanOrEqual(20);
    expect(runs[0].start).toBeLessThanOrEqual(21);
    expect(runs[0].end).toBeGreaterThanOrEqual(20 + mojibake.length - 2);
    expect(runs[0].end).toBeLessThanOrEqual(20 + mojibake.length);
  });

  it('finds UTF-8-read-as-GBK stretches in every long line of the Simplified seeds', () => {
    const lines = allBlocks([seed002(), ...seed004()])
      .map((b) => b.original)
      .filter((t) => t.length >= 40);
    for (const line of lines) {
      const mojibake = iconv.decode(Buffer.from(line.slice(10, 25), 'utf8'), 'gbk');
      expect(findGarbled(line.slice(0, 10) + mojibake + line.slice(25)).length, line).toBeGreaterThan(0);
    }
  });

  it('reports nothing on the clean seed text: 001, 002, 003 and every 004 document', () => {
    const docs: [SeedDoc, 'Hans' | 'Hant'][] = [
      [seed001(), 'Hant'],
      [seed002(), 'Hans'],
      [seed003(), 'Hant'],
    ];
    for (const doc of seed004()) docs.push([doc, 'Hans']);
    for (const [doc, documentLean] of docs) {
      for (const block of doc.blocks) expect(findGarbled(block.original, { documentLean }), block.original).toEqual([]);
    }
  });

  it('reports nothing on 000 once its runs are repaired, nor on the Simplified seeds written in Traditional', () => {
    const body = seed000().blocks[0].original;
    expect(findGarbled(body.replace(/學\?\?[^教,]*/g, '學校考試招生制度改革'))).toEqual([]);
    for (const block of allBlocks([seed002(), ...seed004()])) {
      const traditional = cnToTw(block.original);
      expect(findGarbled(traditional, { documentLean: 'Hant' }), traditional).toEqual([]);
    }
  });

  it('does not flag rare but real words, real question marks, or Simplified quotes in Traditional text', () => {
    for (const text of [
      '全市教育系统戮力同心，积极作为',
      '亳州市教育局工作总结报告',
      '亳州市谯城区、濉溪县教育局',
      '赓续红色血脉，踔厉奋发，笃行不怠',
      '如何提高质量?我们认为关键在教师',
      '被评为A类学校，B级以上',
      '白芨沟小学、乌兰小学',
      '“質优+名师+名生+名气”基础教育优质学校',
    ]) {
      expect(findGarbled(text), text).toEqual([]);
    }
    expect(findGarbled('喜欢就按个赞吧!!!', { documentLean: 'Hant' })).toEqual([]);
    expect(findGarbled('点击关闭提示', { documentLean: 'Hant' })).toEqual([]);
  });

  it('returns sorted, disjoint, in-bounds runs for any input', () => {
    const alphabet = fc.constantFrom(...'教育学?？荚囌贫铮龠MX*锟斤拷烫\ufffd\ue000，。 a1亳戮'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), (chars) => {
        const text = chars.join('');
        const runs = findGarbled(text);
        let end = -1;
        for (const r of runs) {
          expect(r.start).toBeGreaterThan(end);
          expect(r.end).toBeGreaterThan(r.start);
          expect(r.end).toBeLessThanOrEqual(text.length);
          end = r.end;
        }
      }),
    );
  });

  it('never flags clean Simplified prose stitched from the seeds', () => {
    const sentences = allBlocks([seed002(), ...seed004()])
      .flatMap((b) => b.original.split('。'))
      .filter((s) => s.length > 4);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 6 }), (picked) => {
        expect(findGarbled(picked.join('。'))).toEqual([]);
      }),
    );
  });
});

describe('script lean of blocks and documents', () => {
  it('counts each block once: the counts of the blocks add up to those of the joined text', () => {
    const blocks = ['學校教育質量穩步提升，辦學條件改善', '义务教育优质均衡发展', '區域教育'];
    const counts = blocks.map(leanCounts);
    expect(counts).toEqual([
      { traditional: 6, simplified: 0 },
      { traditional: 0, simplified: 4 },
      { traditional: 1, simplified: 0 },
    ]);
    const total = { traditional: 7, simplified: 4 };
    expect(leanCounts(blocks.join(''))).toEqual(total);
    expect(counts.map(leanOfCounts)).toEqual(['Hant', 'Hans', null]); // the last: fewer than 4
    expect(leanOfCounts(total)).toBe(null); // no 2:1 majority
    expect(blocks.map(hanLeanOf)).toEqual(counts.map(leanOfCounts));
  });

  it('findGarbled given a block’s own lean finds what it finds counting the lean itself', () => {
    const original = seed000().blocks[0].original;
    const ownLean = leanOfCounts(leanCounts(original));
    expect(findGarbled(original, { documentLean: 'Hans', ownLean })).toEqual(
      findGarbled(original, { documentLean: 'Hans' }),
    );
  });
});

describe('findMasked', () => {
  it('finds the * placeholders of seed 001 (a 范文 template)', () => {
    const blocks = seed001().blocks;
    const spans = blocks.flatMap((b) => findMasked(b.text).map((s) => ({ text: b.text, ...s })));
    expect(spans).toHaveLength(68); // 75 stars, seven of them joined: *-*, *+* ×4, */* ×2
    const examples = new Set(spans.map((s) => maskExample(s.text, s)));
    for (const e of ['*所', '*%', '*余个', '*+N', '*+*', '*/*', '*区', '*-*', '*万元'])
      expect(examples.has(e), e).toBe(true);
    const share = blocks.find((b) => b.text.includes('占全市*/*'))!.text;
    expect(slices(share, findMasked(share))).toContain('*/*');
    const hightech = blocks.find((b) => b.text.includes('*高新区(*区)'))!.text;
    expect(slices(hightech, findMasked(hightech)).slice(0, 2)).toEqual(['*', '*']);
  });

  it('finds the placeholders of 范文 pages: ×县, blanks, （名称替换）, but not 3×4', () => {
    const text = '×县教育局于____年召开会议，（名称替换）学校参加，面积3×4米。';
    expect(slices(text, findMasked(text))).toEqual(['×', '____', '（名称替换）']);
  });

  it('finds 201x and XX in seed 002', () => {
    const found = seed002().blocks.flatMap((b) => findMasked(b.text).map((s) => maskExample(b.text, s)));
    expect(found).toEqual(['201x年', 'XX教育', 'XX', '201x年', 'XX市']);
  });

  it("finds X, XX, XXXX and X+X in 004's page document", () => {
    const page = seed004().at(-1)!;
    const found = page.blocks.flatMap((b) =>
      findMasked(b.text).map((s) => ({ mark: b.text.slice(s.start, s.end), ex: maskExample(b.text, s) })),
    );
    expect(found).toHaveLength(95);
    const examples = new Set(found.map((f) => f.ex));
    for (const e of ['X区', 'XX所', 'XXXX年', 'XXX万元', 'X所', 'XX%', 'X.XX㎡', 'X-XX周岁'])
      expect(examples.has(e), e).toBe(true);
    expect(found.map((f) => f.mark)).toContain('X+X');
    // Masked list numbering: the X of `X.入学机会。` is a hidden 1/2/3.
    const numbered = page.blocks.find((b) => b.text.startsWith('X.入学机会'))!.text;
    expect(findMasked(numbered)).toEqual([{ start: 0, end: 1 }]);
  });

  it('finds nothing in seed 003 (互联网+教育, 91.5, 90分) or seed 000 (100%, 5G)', () => {
    for (const doc of [seed003(), seed000()])
      for (const b of doc.blocks) expect(findMasked(b.text), b.text).toEqual([]);
  });

  it('finds the other placeholder forms', () => {
    const cases: [string, string[]][] = [
      ['×××同志在全区大会上', ['×××']],
      ['于____年__月完成', ['____', '__']],
      ['填写＿＿＿＿所学校', ['＿＿＿＿']],
      ['20XX年工作总结', ['20XX']],
      ['xx市教育局', ['xx']],
      ['“体育艺术X+X”工程', ['X+X']],
      ['连续X年将中小学', ['X']],
      ['*名教师获评正高级职称', ['*']],
    ];
    for (const [text, marks] of cases) expect(slices(text, findMasked(text)), text).toEqual(marks);
  });

  it('leaves real numbers, ASCII words, bullets and + between words alone', () => {
    for (const text of [
      '义务教育巩固率保持在100%，得分为91.5',
      '2023年工作打算',
      '实施互联网+教育战略',
      'Next Article',
      '静网PWA视频评论',
      '* 第一项工作',
      '面积为3*4米',
      '配备X光机和X射线设备',
      '推进5G、人工智能',
      'Xbox 与 XML',
      '“優质+名师+名生”',
    ]) {
      expect(findMasked(text), text).toEqual([]);
    }
  });
});

describe('endsMidSentence', () => {
  it("is true for seed 000's last words and false after sentence punctuation", () => {
    expect(endsMidSentence(twToCn('面對新的形勢與挑戰,我'))).toBe(true);
    expect(endsMidSentence('努力办好人民满意的教育。')).toBe(false);
    expect(endsMidSentence('打响区域教育品牌！')).toBe(false);
    expect(endsMidSentence('他说：“要办好教育。”')).toBe(false);
    expect(endsMidSentence('现将有关情况汇报如下：')).toBe(true);
    expect(endsMidSentence('全文到此（完）')).toBe(false);
  });
});

describe('flagDocument', () => {
  it('seed 000: garbled marks on canonical offsets, and truncation mid-sentence', () => {
    const { blocks, flags } = flagDocument({ blocks: seed000().blocks, previewCut: false });
    const body = blocks[0];
    expect(body.marks.map((m) => [m.kind, body.text.slice(m.start, m.end)])).toEqual([
      ['garbled', '??荚苏猩贫雀母铮龠M'],
      ['garbled', '??荚苏猩贫雀母?'],
    ]);
    expect(flags).toEqual([
      {
        kind: 'garbled',
        count: 2,
        examples: ['??荚苏猩贫雀母铮龠M', '??荚苏猩贫雀母?'],
        note: '此处文字为乱码（字节解码错位），原文无法还原。',
      },
      {
        kind: 'truncated',
        count: 1,
        examples: ['…好人民满意的教育。面对新的形势与挑战,我'],
        note: '文本在句子中途结束，原文可能不完整。',
      },
    ]);
  });

  it('seed 002: masked, and truncated because the preview was cut', () => {
    const { flags } = flagDocument({ blocks: seed002().blocks, previewCut: true });
    expect(flags.map((f) => f.kind)).toEqual(['truncated', 'masked']);
    expect(flags[0].note).toBe('文本在此处被截断（原网页仅提供预览）。');
    expect(flags[1]).toEqual({
      kind: 'masked',
      count: 5,
      examples: ['201x年', 'XX教育', 'XX市', 'XX'],
      note: '模板中的数字被遮盖（如 * 或 X），并非真实数据。',
    });
  });

  it('seed 001: only masked, marks sorted and disjoint; seed 003: no flags at all', () => {
    const one = flagDocument({ blocks: seed001().blocks, previewCut: false });
    expect(one.flags.map((f) => [f.kind, f.count])).toEqual([['masked', 68]]);
    expect(one.flags[0].examples).toEqual(['*区', '*省', '*多名', '*所', '*余个']);
    for (const b of one.blocks) {
      for (let k = 1; k < b.marks.length; k++) expect(b.marks[k].start).toBeGreaterThanOrEqual(b.marks[k - 1].end);
    }
    expect(flagDocument({ blocks: seed003().blocks, previewCut: false }).flags).toEqual([]);
  });

  it('keeps the garbled run when a mask falls inside it, and maps runs when lengths differ', () => {
    const block = {
      kind: 'paragraph' as const,
      level: 0,
      text: '今年锟斤拷X所学校。',
      original: '今年锟斤拷X所学校。',
    };
    const { blocks } = flagDocument({ blocks: [block], previewCut: false });
    expect(blocks[0].marks).toEqual([{ start: 2, end: 6, kind: 'garbled' }]);

    // A Taiwan phrase rewritten with a different length before the run: the converter places it.
    const original = '網際網路��建設';
    const canonical = '互联网��建设';
    const toCn = (t: string) => t.replace('網際網路', '互联网').replace('建設', '建设');
    expect(findGarbled(original)).toEqual([{ start: 4, end: 6 }]);
    expect(garbledSpansOnCanonical(original, canonical, findGarbled(original), toCn)).toEqual([{ start: 3, end: 5 }]);
    // Without a converter, the run's own text is searched for.
    expect(garbledSpansOnCanonical(original, canonical, findGarbled(original))).toEqual([{ start: 3, end: 5 }]);
  });

  it('adds a truncated flag when the document ends on a heading, but not after a sign-off', () => {
    const p = (text: string) => ({ kind: 'paragraph' as const, level: 0, text, original: text });
    const h = (text: string) => ({ kind: 'heading' as const, level: 1, text, original: text });
    expect(
      flagDocument({ blocks: [p('一年来成绩显著。'), h('二、存在问题')], previewCut: false }).flags.map((f) => f.kind),
    ).toEqual(['truncated']);
    expect(
      flagDocument({ blocks: [p('请批评指正。'), p('XX区教育局'), p('2023年1月5日')], previewCut: false }).flags.map(
        (f) => f.kind,
      ),
    ).toEqual(['masked']);
  });
});
