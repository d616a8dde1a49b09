/** The indexed form of report text (character pairs) and the tokens a search asks for. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateGroups, isSearchedToken, type TokenGroup } from '../../shared/search/candidate-tokens.ts';
import { positionsFit } from '../../shared/search/positions.ts';
import { canonicalText, decodeIndexed, encodeForIndex, indexTokens } from '../../shared/search/index-text.ts';

describe('encodeForIndex', () => {
  it('writes each Chinese run as its pairs and its last character, other text as words', () => {
    expect(encodeForIndex('推进集团化办学。')).toBe('推进 进集 集团 团化 化办 办学 学 。');
    expect(encodeForIndex('2021年，“双减”落地')).toBe('2021 年 ，“ 双减 减 ” 落地 地');
    expect(encodeForIndex('STEM 教育 &lt;b&gt;')).toBe('STEM 教育 育 &lt;b&gt;');
    expect(encodeForIndex('保持在１００％，ＸＸ市５Ｇ')).toBe('保持 持在 在 100％，XX 市 5G');
    expect(indexTokens('岗')).toEqual(['岗']);
    expect(indexTokens('  ')).toEqual([]);
  });
});

describe('decodeIndexed', () => {
  it('gives the text back, without spaces between Chinese and other text', () => {
    expect(decodeIndexed('推进 进集 集团 团化 化办 办学 学 。')).toBe('推进集团化办学。');
    expect(decodeIndexed('2021 年 ，“ 双减 减 ” 落地 地')).toBe('2021年，“双减”落地');
    expect(decodeIndexed('Hello world 世界 界')).toBe('Hello world世界');
  });
  it('reads Pagefind zero-width separators like spaces', () => {
    expect(decodeIndexed('双减\u200b减\u200b。')).toBe('双减。');
  });
  it('round-trips any text up to spacing next to Chinese', () => {
    const text = fc.stringMatching(/^[一-龥a-zA-Z0-9，。“”、 ]{0,40}$/);
    fc.assert(
      fc.property(text, (t) => {
        const back = decodeIndexed(encodeForIndex(t));
        expect(back.replace(/\s+/g, '')).toBe(t.replace(/\s+/g, ''));
        expect(canonicalText(back)).toBe(back);
      }),
      { numRuns: 2000 },
    );
  });
  it('a phrase is in a text exactly when its canonical form is in the canonical text', () => {
    const text = '各校推进集团化办学，教师交流轮岗 2021年 完成。';
    for (const phrase of ['集团化办学', '轮岗 2021年', '2021 年', '办学，教师'])
      expect(canonicalText(text).includes(canonicalText(phrase))).toBe(true);
    expect(canonicalText(text).includes(canonicalText('化办学教师'))).toBe(false);
  });
});

const tokens = (groups: TokenGroup[]) => groups.map((g) => g.tokens);

describe('candidateGroups', () => {
  const words = (cuts: Record<string, number[]>) => (run: string) => new Set(cuts[run] ?? []);
  it('asks for the pairs across word boundaries, which are rare, consecutive ones as one phrase', () => {
    const cuts = words({ 教师交流轮岗: [2, 4, 5, 6], 集团化办学: [2, 3, 5] });
    expect(tokens(candidateGroups('教师交流轮岗', cuts))).toEqual([['师交'], ['流轮', '轮岗']]);
    expect(tokens(candidateGroups('集团化办学', cuts))).toEqual([['团化', '化办']]);
  });
  it('asks for every pair of a single word, and for numbers and Latin words', () => {
    expect(tokens(candidateGroups('双减', words({ 双减: [2] })))).toEqual([['双减']]);
    expect(tokens(candidateGroups('课后服务', words({ 课后服务: [4] })))).toEqual([['课后', '后服', '服务']]);
    expect(tokens(candidateGroups('2021年', words({})))).toEqual([['2021']]);
    expect(tokens(candidateGroups('STEM教育', words({ 教育: [2] })))).toEqual([['教育'], ['stem']]);
  });
  it('asks for other text by the word the index holds: letters and digits, lower case, half-width', () => {
    expect(tokens(candidateGroups('+N', words({})))).toEqual([['n']]);
    expect(tokens(candidateGroups('*+N', words({})))).toEqual([['n']]);
    expect(tokens(candidateGroups('<img', words({})))).toEqual([['img']]);
    expect(tokens(candidateGroups('</script>', words({})))).toEqual([['script']]);
    expect(tokens(candidateGroups('１００％', words({})))).toEqual([['100']]);
    expect(tokens(candidateGroups('ＸＸ％', words({})))).toEqual([['xx']]);
    expect(tokens(candidateGroups('+', words({})))).toEqual([]);
  });
  it('has nothing to ask for a single character or punctuation', () => {
    expect(tokens(candidateGroups('岗', words({})))).toEqual([]);
    expect(tokens(candidateGroups('，', words({})))).toEqual([]);
  });
  it('asks only for tokens the index step keeps: never a single Chinese character', () => {
    const terms = [
      '岗',
      '教师交流轮岗',
      '集团化办学',
      'STEM教育',
      '2021年',
      '双减 课后服务',
      'a岗b',
      '第3批',
      '“优质均衡”',
      '岗位',
    ];
    const asked = terms.flatMap((t) => candidateGroups(t).flatMap((g) => g.tokens));
    expect(asked.length).toBeGreaterThan(10);
    expect(asked.filter((t) => !isSearchedToken(t))).toEqual([]);
    expect(isSearchedToken('岗')).toBe(false);
    expect(['岗位', '2021', 'STEM', '3'].every(isSearchedToken)).toBe(true);
  });
  it('uses the runtime segmenter by default', () => {
    const groups = tokens(candidateGroups('教师交流轮岗')).flat();
    expect(groups).toContain('轮岗');
    expect(groups).not.toContain('教师');
  });
});

describe('positionsFit', () => {
  const g = (run: number, at: number, size: number, positions: number[]) => ({
    run,
    at,
    size,
    positions: new Set(positions),
  });
  it('accepts a page where the groups of a run sit at their distances', () => {
    expect(positionsFit([g(0, 1, 1, [378, 1887]), g(0, 3, 2, [1889, 1890])])).toBe(true);
  });
  it('rules out a page where they do not', () => {
    expect(positionsFit([g(0, 1, 1, [357]), g(0, 3, 2, [543, 544])])).toBe(false);
    expect(positionsFit([g(0, 0, 2, [10, 12])])).toBe(false);
  });
  it('puts no constraint between runs, or on other text', () => {
    expect(positionsFit([g(0, 0, 1, [5]), g(1, 0, 1, [900]), g(-1, 0, 1, [1])])).toBe(true);
  });
});
