/** What a query means: words, quoted phrases, conversion, and which results count. */
import { describe, expect, it } from 'vitest';
import { candidatePlan, formatQuery, groupQuery, parseQuery, tokenize } from '../../shared/search/query.ts';
import { bestBlock, hitUrl, isTrueHit } from '../../shared/search/true-hits.ts';
import type { ResultBlock } from '../../shared/search/result-text.ts';
import { createToSimplified } from '../../shared/search/to-simplified.ts';

const same = (s: string) => s;

describe('tokenize', () => {
  it('splits on spaces (ASCII and ideographic) and keeps quoted phrases whole', () => {
    expect(tokenize('教师 轮岗\u3000"集团化 办学" “双减”「课后服务」')).toEqual([
      { text: '教师', quoted: false },
      { text: '轮岗', quoted: false },
      { text: '集团化 办学', quoted: true },
      { text: '双减', quoted: true },
      { text: '课后服务', quoted: true },
    ]);
  });
  it('takes an unclosed quote to the end, and ignores empty quotes', () => {
    expect(tokenize('"双减 课后')).toEqual([{ text: '双减 课后', quoted: true }]);
    expect(tokenize('"" 教育')).toEqual([{ text: '教育', quoted: false }]);
    for (const quotes of ['"""', '“”', '「」', '『』', ' “ ” ']) expect(tokenize(quotes), quotes).toEqual([]);
  });
});

describe('parseQuery', () => {
  const toSimplified = createToSimplified();
  it('converts Traditional words and says so', () => {
    const q = parseQuery('雙減 “教師輪崗”', toSimplified);
    expect(q).toEqual({ terms: ['双减', '教师轮岗'], phrases: ['教师轮岗'], converted: true });
    expect(formatQuery(q)).toBe('双减 "教师轮岗"');
  });
  it('leaves a Simplified query as typed, without duplicates', () => {
    expect(parseQuery('显著 显著 双减', toSimplified)).toEqual({
      terms: ['显著', '双减'],
      phrases: [],
      converted: false,
    });
    expect(parseQuery('  ', same).terms).toEqual([]);
  });
});

describe('candidatePlan', () => {
  it('asks per term for its rarest pairs, each search once', () => {
    const plan = candidatePlan(parseQuery('双减 教师交流轮岗 岗 落实双减', same));
    expect(plan.perTerm.map((groups) => groups.map((g) => [g.tokens.join(' '), g.run, g.at]))).toEqual([
      [['双减', 0, 0]],
      [
        ['师交', 0, 1],
        ['流轮 轮岗', 0, 3],
      ],
      [],
      [['实双 双减', 0, 1]],
    ]);
    expect(plan.searches).toEqual(['双减', '师交', '"流轮 轮岗"', '"实双 双减"']);
    expect(candidatePlan(parseQuery('岗', same)).searches).toEqual([]);
  });
  it('searches a group of several pairs as an exact phrase', () => {
    expect(groupQuery(['流轮', '轮岗'])).toBe('"流轮 轮岗"');
    expect(groupQuery(['双减'])).toBe('双减');
  });
});

describe('results', () => {
  const blocks: ResultBlock[] = [
    ['main', '双减 集团化办学'],
    ['h-1', '一、双减工作'],
    ['p-1', '落实双减。'],
    ['p-2', '推进集团化办学，深化双减。'],
  ];
  it('sends the reader to the first block with every term, else the one with most', () => {
    expect(bestBlock(blocks, ['双减', '集团化办学'])?.[0]).toBe('p-2');
    expect(bestBlock(blocks, ['双减', '火星'])?.[0]).toBe('h-1');
    expect(bestBlock(blocks, ['火星'])).toBeUndefined();
  });
  it('counts a report only when each term is in one of its blocks', () => {
    const report: ResultBlock[] = [
      ['report-title', '某区2021年工作总结'],
      ['p-1', '落实双减。 2021年'],
      ['p-2', '推进集团化办学'],
    ];
    expect(isTrueHit(report, ['双减', '减。2021', '2021 年', '集团化办学', '工作总结'])).toBe(true);
    expect(isTrueHit([['p-1', '双方减少']], ['双减'])).toBe(false);
    // The end of one paragraph and the start of the next are not a phrase.
    expect(isTrueHit(report, ['2021年推进'])).toBe(false);
    expect(isTrueHit(report, ['工作总结落实'])).toBe(false);
  });
  it('links with one hl parameter per term and the block as hash', () => {
    expect(hitUrl('/sub/reports/x/', ['双减', '集团 办学'], 'p-2')).toBe(
      '/sub/reports/x/?hl=%E5%8F%8C%E5%87%8F&hl=%E9%9B%86%E5%9B%A2+%E5%8A%9E%E5%AD%A6#p-2',
    );
    expect(hitUrl('/reports/x/', [])).toBe('/reports/x/');
  });
});
