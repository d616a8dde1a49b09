/**
 * Passage families: one template paragraph filled in by four counties over three years, found
 * by the copy detector, joined into one family, ordered in time, with the consensus text and
 * each copy's own wording.
 */
import { describe, expect, it } from 'vitest';
import { findCopies } from '../../scripts/analyse/copies.ts';
import { passageFamilies } from '../../scripts/analyse/copies/families.ts';
import type { CorpusReport } from '../../scripts/analyse/corpus.ts';

function report(id: string, years: number[], date: string | null, paragraphs: string[]): CorpusReport {
  return {
    meta: { id, years, official: date ? { date } : null, repairs: [] } as unknown as CorpusReport['meta'],
    blocks: paragraphs.map((text, i) => ({ id: `p-${i + 1}`, kind: 'paragraph', level: 0, text, marks: [] })),
  };
}

/** The template sentence, with the place and one conjunction to fill in. */
const template = (place: string, and: string) =>
  `全市坚持把教师队伍建设作为${place}教育的基础工作，深入推进县管校聘管理改革，建立城乡${and}校际之间教师交流轮岗的长效机制，每年交流教师比例不低于百分之十五。`;

const filler = (n: number) =>
  [
    '今年以来，全市各级各类学校认真贯彻落实上级部署，扎实开展各项工作，教育教学质量稳步提升。',
    '学前教育普及普惠水平持续提高，新建改扩建幼儿园十二所，新增学位三千余个，入园难问题有效缓解。',
    '职业教育产教融合不断深化，校企合作项目覆盖全部中职学校，毕业生就业率保持在较高水平。',
    '校园安全专项整治深入开展，排查整改隐患四百余处，未发生重大安全责任事故，平安校园建设成效明显。',
  ][n];

const corpus = [
  report('c-2023', [2023], '2023-12-20', [filler(0), template('丙县', '、')]),
  report('a-2021', [2021], '2021-12-01', [template('甲县', '、'), filler(1)]),
  report('b-2022', [2022], null, [filler(2), template('乙县', '和')]),
  report('d-undated', [], null, [template('丁县', '、')]),
  report('e-other', [2022], null, [filler(3)]),
];
/** The families of a corpus, from the pairs the copy detector finds in it. */
const familiesOf = (reports: CorpusReport[]) => passageFamilies(findCopies(reports).pairs, reports);
const families = familiesOf(corpus);

describe('passage families', () => {
  it('joins the pairs sharing one passage into one family of every report holding it', () => {
    expect(families).toHaveLength(1);
    expect(families[0].reports).toBe(4);
    expect(families[0].copies.map((c) => `${c.reportId}#${c.blockId}`)).toEqual([
      'a-2021#p-1',
      'b-2022#p-2',
      'c-2023#p-2',
      'd-undated#p-1',
    ]);
  });

  it('orders copies by the years their reports cover, undated last, and names the earliest holder', () => {
    const [family] = families;
    expect(family.earliest).toEqual(['a-2021']);
    expect(family.copies.map((c) => [c.years, c.date])).toEqual([
      [[2021], '2021-12-01'],
      [[2022], null],
      [[2023], '2023-12-20'],
      [[], null],
    ]);
  });

  it('keeps as consensus only what every copy has, with … where they differ', () => {
    const [family] = families;
    expect(family.consensus).toBe(
      '全市坚持把教师队伍建设作为…县教育的基础工作，深入推进县管校聘管理改革，建立城乡…校际之间教师交流轮岗的长效机制，每年交流教师比例不低于百分之十五。',
    );
    expect(family.chars).toBe([...family.consensus.replaceAll('…', '')].length);
    expect(family.id).toMatch(/^f-[0-9a-f]{10}$/);
  });

  it("marks each copy's own wording: the place everywhere, 和 where the others have 、", () => {
    const own = (k: number) => families[0].copies[k].pieces.filter(([common]) => !common).map(([, text]) => text);
    expect(own(0)).toEqual(['甲', '、']);
    expect(own(1)).toEqual(['乙', '和']);
    expect(own(3)).toEqual(['丁', '、']);
    const copy = families[0].copies[1];
    const block = corpus[2].blocks[1].text;
    expect(copy.pieces.map(([, t]) => t).join('')).toBe(block.slice(copy.span[0], copy.span[1]));
  });

  it('leaves a passage only two reports share to the pair, and ties for earliest name every tied report', () => {
    const two = familiesOf(corpus.slice(0, 2));
    expect(two).toEqual([]);
    const tied = familiesOf([
      report('x', [2022], null, [template('甲县', '、')]),
      report('y', [2022], null, [template('乙县', '、')]),
      report('z', [2023], null, [template('丙县', '、')]),
    ]);
    expect(tied[0].earliest).toEqual(['x', 'y']);
  });

  it('is the same for the reports in any order', () => {
    const again = familiesOf([...corpus].reverse());
    expect(JSON.stringify(again)).toBe(JSON.stringify(families));
  });
});
