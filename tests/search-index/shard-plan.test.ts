/** How report pages are cut into shards of the search index. */
import { describe, expect, it } from 'vitest';
import { pageYear, planShards } from '../../scripts/search-index/shard-plan.ts';

describe('planShards', () => {
  it('puts the newest reports first, in shards as equal as possible', () => {
    const pages = [
      { file: 'a', year: 2024 },
      { file: 'b', year: 2021 },
      { file: 'c', year: 2024 },
      { file: 'd', year: 2023 },
      { file: 'e', year: 2022 },
      { file: 'f', year: 2023 },
      { file: 'g' },
    ];
    expect(planShards(pages, 3)).toEqual([
      ['a', 'c'],
      ['d', 'f', 'e'],
      ['b', 'g'],
    ]);
  });
  it('keeps one shard when the corpus fits, and every page exactly once', () => {
    const pages = Array.from({ length: 10 }, (_, i) => ({ file: `r${i}`, year: 2020 + (i % 3) }));
    expect(planShards(pages, 10)).toHaveLength(1);
    const shards = planShards(pages, 4);
    expect(shards.map((s) => s.length)).toEqual([3, 4, 3]);
    expect(shards.flat().sort()).toEqual(pages.map((p) => p.file).sort());
  });
});

describe('pageYear', () => {
  it('reads the latest year filter of a page', () => {
    expect(pageYear('<span data-pagefind-filter="year">2021</span><span data-pagefind-filter="year">2022</span>')).toBe(
      2022,
    );
    expect(pageYear('<p>2021</p>')).toBeUndefined();
  });
});
