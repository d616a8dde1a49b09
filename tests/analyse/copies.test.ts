/**
 * Copied passages: the building blocks (normalising, winnowing's guarantee, gapped
 * alignment, boilerplate, the index's cap) and the seeds' actual copies — 003's duplicated
 * block and restated goal, the passage 004-08 and 004-15 share, the stock formulae 000 and
 * 002 share told apart from copying.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCopies } from '../../scripts/analyse/copies.ts';
import { alignSeeds } from '../../scripts/analyse/copies/align.ts';
import { formulaCoverage, isBoilerplate, normaliseFormula } from '../../scripts/analyse/copies/boilerplate.ts';
import { components } from '../../scripts/analyse/copies/clusters.ts';
import { fingerprintsOf, K, W } from '../../scripts/analyse/copies/fingerprints.ts';
import { buildIndex } from '../../scripts/analyse/copies/ngram-index.ts';
import { repairRepeats } from '../../scripts/analyse/copies/internal.ts';
import { nearDuplicates, signature } from '../../scripts/analyse/copies/minhash.ts';
import { normaliseBlocks, normalisedText } from '../../scripts/analyse/copies/normalise.ts';
import type { CorpusReport } from '../../scripts/analyse/corpus.ts';
import { seedCorpus, seedReport } from '../helpers/analysis.ts';

const { reports } = await seedCorpus();
const copies = findCopies(reports);
const id = (key: string) => seedReport(reports, key).meta.id;

/** A minimal report for unit tests: id and paragraphs. */
function report(reportId: string, paragraphs: string[], repairs: CorpusReport['meta']['repairs'] = []): CorpusReport {
  return {
    meta: { id: reportId, repairs } as CorpusReport['meta'],
    blocks: paragraphs.map((text, i) => ({ id: `p-${i + 1}`, kind: 'paragraph', level: 0, text, marks: [] })),
  };
}

describe('normalising', () => {
  it('keeps letters and digits, folds full-width and case, and maps back to exact offsets', () => {
    const doc = normaliseBlocks(['推进“双减”工作，覆盖率ＸＸ％。', 'Ab 1']);
    expect(normalisedText(doc, 0, doc.codes.length)).toBe('推进双减工作覆盖率xxab1');
    expect(doc.codes[doc.block.indexOf(1) - 1]).toBe(-1);
    const i = normalisedText(doc, 0, doc.codes.length).indexOf('双');
    expect([doc.block[i], doc.offset[i]]).toEqual([0, 3]);
  });
});

describe('winnowing', () => {
  it(`property: texts sharing a run of ≥ W + K − 1 = ${W + K - 1} characters share a fingerprint`, () => {
    const han = fc.integer({ min: 0x4e00, max: 0x4e00 + 400 }).map((c) => String.fromCodePoint(c));
    const text = (min: number, max: number) => fc.array(han, { minLength: min, maxLength: max }).map((a) => a.join(''));
    fc.assert(
      fc.property(text(0, 40), text(W + K - 1, 30), text(0, 40), text(0, 40), text(0, 40), (a1, shared, a2, b1, b2) => {
        const fa = fingerprintsOf(normaliseBlocks([a1 + shared + a2]).codes);
        const fb = fingerprintsOf(normaliseBlocks([b1 + shared + b2]).codes);
        const set = new Set(fa.hashes);
        expect([...fb.hashes].some((h) => set.has(h))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('alignment', () => {
  const codes = (s: string) => normaliseBlocks([s]).codes;
  it('bridges a small edit and keeps the exact span on both sides', () => {
    const a = codes('为了缩小城乡区域校际之间的教育差距我们加大了对农村贫困地区');
    const b = codes('为了缩小城乡区域和校际之间的教育差距我们加大了对农村薄弱学校');
    // One seed inside 校际之间…; the 8 characters before the inserted 和 are found over the gap.
    const [al] = alignSeeds(a, b, [10, 11], { minChars: 20 });
    expect(al).toEqual({ aStart: 0, aEnd: 25, bStart: 0, bEnd: 26, matched: 25 });
  });
  it('drops passages shorter than the minimum and never crosses a block boundary', () => {
    const a = normaliseBlocks(['教育资源共享平台建设', '加快推进']).codes;
    const b = normaliseBlocks(['教育资源共享平台建设加快推进']).codes;
    expect(alignSeeds(a, b, [0, 0], { minChars: 5 })).toEqual([
      { aStart: 0, aEnd: 10, bStart: 0, bEnd: 10, matched: 10 },
    ]);
    expect(alignSeeds(a, b, [0, 0], { minChars: 20 })).toEqual([]);
  });
});

describe('boilerplate', () => {
  it('tells stock formulae apart by the list, and over-shared text by frequency', () => {
    const formula = normaliseFormula('以习近平新时代中国特色社会主义思想为指导，办好人民满意的教育');
    expect(formulaCoverage(formula)).toBe(1);
    expect(isBoilerplate(formula, 0)).toBe(true);
    expect(isBoilerplate(normaliseFormula('实施了教师交流轮岗制度，促进了城乡教师资源的均衡配置'), 0)).toBe(false);
    expect(isBoilerplate(normaliseFormula('实施了教师交流轮岗制度，促进了城乡教师资源的均衡配置'), 0.8)).toBe(true);
  });

  it('a passage every report shares is never paired, so the work stays linear', () => {
    const shared = '坚持以人民为中心的发展思想全面提高教育质量推动各项工作落到实处';
    const own = (i: number) =>
      Array.from({ length: 30 }, (_, j) => String.fromCodePoint(0x4e00 + ((i * 131 + j * 977) % 6000))).join('');
    const many = Array.from({ length: 30 }, (_, i) => report(`r-${String(i).padStart(2, '0')}`, [shared, own(i)]));
    const index = buildIndex(
      many.map((r) => fingerprintsOf(normaliseBlocks(r.blocks.map((b) => b.text)).codes)),
      5,
    );
    expect(index.pairs.size).toBe(0);
    const found = findCopies(many, { maxDf: 5 });
    expect(found.pairs).toEqual([]);
    // Listed as over-shared wording: the stretch its winnowed fingerprints cover (most of it).
    const listed = found.boilerplate!.filter((b) => b.source === 'frequency');
    expect(listed.map((b) => b.reports)).toEqual([30]);
    expect(normaliseFormula(shared)).toContain(listed[0].text);
    expect(listed[0].text.length).toBeGreaterThanOrEqual(normaliseFormula(shared).length - 2 * (W - 1));
  });
});

describe('clusters', () => {
  it('joins near-duplicates transitively, largest first', () => {
    expect(
      components(
        5,
        [
          [0, 1],
          [1, 2],
          [3, 4],
        ],
        (i) => `r${i}`,
      ),
    ).toEqual([
      ['r0', 'r1', 'r2'],
      ['r3', 'r4'],
    ]);
  });
  it('MinHash/LSH finds a template reused by more reports than the index cap', () => {
    const template = [
      '各学校要严格落实课后服务工作方案，确保每名学生都能参加至少一项社团活动。',
      '全区共组织开展教师培训活动，覆盖全体专任教师，培训满意度持续提升。',
      '加强校园安全管理，开展消防演练和防溺水教育，实现全年安全事故零发生。',
    ];
    const docs = Array.from({ length: 12 }, (_, i) =>
      report(`t-${String(i).padStart(2, '0')}`, [...template, `本区编号${i}`]),
    );
    const sigs = docs.map((d) => signature(fingerprintsOf(normaliseBlocks(d.blocks.map((b) => b.text)).codes)));
    expect(nearDuplicates(sigs).length).toBeGreaterThan(0);
    expect(findCopies(docs, { maxDf: 5 }).clusters).toEqual([docs.map((d) => d.meta.id)]);
  });
});

describe('repeats inside one report', () => {
  it('maps a duplicate-block repair record to the blocks it names', () => {
    const r = report(
      'x',
      ['一、概况', '开头几句，深入实施试点项目，指导相关街道', '第二段', '第三段'],
      [{ kind: 'duplicate-block', count: 2, examples: ['深入实施试点项目，…（第7–9行）'] }],
    );
    expect(repairRepeats(r)).toEqual([
      {
        a: { reportId: 'x', blockId: 'p-2' },
        b: { reportId: 'x', blockId: 'p-2' },
        text: '深入实施试点项目，指导相关街道\n第二段',
        chars: 18,
        boilerplate: false,
        origin: 'duplicate-block',
        through: 'p-3',
      },
    ]);
  });
});

describe('copies on the seeds: repeats inside a report, shared passages, stock formulae', () => {
  it('reports the duplicated block inside 003 (from the ingest’s repair record) and its restated goal', () => {
    const inside = copies.internal.filter((p) => p.a.reportId === id('003'));
    expect(inside.map((p) => [p.origin, p.a.blockId, p.b.blockId, p.through ?? null, p.chars])).toEqual([
      ['text', 'p-3', 'p-8', null, 62],
      ['duplicate-block', 'p-11', 'p-11', 'p-20', 680],
    ]);
    expect(inside[1].text.startsWith('深入实施省现代职业教育体系建设试点项目，')).toBe(true);
    expect(inside[0].text).toBe(
      '围绕“提升学业水平质量，提升学生核心素养，推进区域教育现代化进程”的核心目标，深化改革，促进公平，不断推进区域教育现代化水平',
    );
  });

  it('reports the passage 004-08 and 004-15 share, aligned across the inserted 和', () => {
    const pair = copies.pairs.find((p) => p.a === id('08') && p.b === id('15'))!;
    expect(pair).toMatchObject({ similarity: 0.0371, sharedChars: 29 });
    expect(pair.passages).toEqual([
      {
        a: { reportId: id('08'), blockId: 'p-6' },
        b: { reportId: id('15'), blockId: 'p-3' },
        text: '为了缩小城乡、区域、校际之间的教育差距，我们加大了对农村和',
        chars: 29,
        boilerplate: false,
        origin: 'text',
        spans: { a: [0, 29], b: [0, 29] },
        bText: '为了缩小城乡、区域和校际之间的教育差距，我们加大了对农村和',
      },
    ]);
    expect(copies.internal.filter((p) => p.a.reportId === id('13')).map((p) => [p.a.blockId, p.b.blockId])).toEqual([
      ['p-14', 'p-17'],
      ['p-16', 'p-18'],
    ]);
  });

  it('tells 000’s and 002’s shared stock formulae apart from copying', () => {
    expect(copies.pairs.find((p) => p.a === id('000') && p.b === id('002'))).toBeUndefined();
    expect(copies.boilerplate).toContainEqual({
      text: '以习近平新时代中国特色社会主义思想为指导',
      reports: 2,
      source: 'list',
    });
    expect(copies.boilerplate).toContainEqual({ text: '办好人民满意的教育', reports: 3, source: 'list' });
    expect(copies.pairs).toHaveLength(1);
    expect(copies.clusters).toEqual([]);
  });
});
