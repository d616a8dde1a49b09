import { describe, expect, it } from 'vitest';
import { searchStatus, type SearchProgress } from '../../src/client/search-status.ts';

const base: SearchProgress = {
  what: '包含“教育”的报告',
  note: '',
  shown: 10,
  checked: 10,
  candidates: 45,
  allShards: true,
  outOfBudget: false,
  filtered: false,
  hasTerms: true,
};

describe('the search status line', () => {
  it('gives the exact total once every candidate is checked', () => {
    expect(searchStatus({ ...base, shown: 44, checked: 45 })).toBe('找到 44 篇包含“教育”的报告。');
  });

  it('gives the range the total lies in while candidates are left, never a count of unchecked reports', () => {
    expect(searchStatus({ ...base, shown: 9 })).toBe(
      '已核对 10 篇，找到 9 篇包含“教育”的报告；索引另有 35 篇候选尚待核对，总数在 9 到 44 篇之间。',
    );
  });

  it('gives only a lower bound while older shards are not searched', () => {
    expect(searchStatus({ ...base, allShards: false, candidates: 10 })).toBe(
      '已核对 10 篇，找到 10 篇包含“教育”的报告；较早的报告尚未查找，总数至少 10 篇。',
    );
  });

  it('asks the reader to go on when a step checked its budget without filling a page', () => {
    expect(searchStatus({ ...base, shown: 0, checked: 50, candidates: 300, outOfBudget: true })).toBe(
      '已核对 50 篇，暂未找到包含“教育”的报告；索引另有 250 篇候选尚待核对，总数在 0 到 250 篇之间。可以继续查找。',
    );
  });

  it('knows the total of a search by filters alone at once', () => {
    expect(searchStatus({ ...base, what: '符合筛选条件的报告', hasTerms: false, filtered: true })).toBe(
      '已显示 10 篇，共 45 篇符合筛选条件的报告。',
    );
  });

  it('names the word no report has, and puts the conversion note first', () => {
    const none = { ...base, shown: 0, checked: 0, candidates: 0, missing: '火星' };
    expect(searchStatus(none)).toBe('没有找到结果：“火星”没有出现在任何报告中。');
    expect(searchStatus({ ...none, filtered: true, note: '已将繁体“火星”按简体“火星”搜索。' })).toBe(
      '已将繁体“火星”按简体“火星”搜索。没有找到结果：“火星”没有出现在符合筛选条件的报告中。',
    );
    expect(searchStatus({ ...none, missing: undefined })).toBe('没有找到包含“教育”的报告。');
  });
});
