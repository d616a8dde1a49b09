/** How report pages are cut into shards of the search index. */
import { describe, expect, it } from 'vitest';
import { pageYear, planShards } from '../../scripts/search-index/shard-plan.ts';

describe('planShards', () => {
  it('packs whole years, newest first, into shards of at most the size', () => {
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
      ['d', 'e', 'f'],
      ['b', 'g'],
    ]);
    expect(planShards(pages, 10)).toEqual([['a', 'b', 'c', 'd', 'e', 'f', 'g']]);
  });
  it('cuts a year larger than a shard into parts by path, every page exactly once', () => {
    const pages = Array.from({ length: 10 }, (_, i) => ({ file: `r${i}`, year: 2020 }));
    const shards = planShards(pages, 4);
    expect(shards).toHaveLength(3);
    expect(shards.flat().sort()).toEqual(pages.map((p) => p.file).sort());
  });
  it('moves no page of another year when a report is added, changed or removed', () => {
    const pages = Array.from({ length: 40 }, (_, i) => ({
      file: `r${String(i).padStart(2, '0')}`,
      year: 2015 + (i % 6),
    }));
    const before = planShards(pages, 8);
    const shardOf = (plan: string[][]) => new Map(plan.flatMap((s) => s.map((f) => [f, s.join()] as const)));
    for (const after of [
      planShards([...pages, { file: 'r99', year: 2019 }], 8),
      planShards(pages.slice(1), 8),
      planShards(
        pages.map((p, i) => (i === 5 ? { ...p, year: 2024 } : p)),
        8,
      ),
    ]) {
      const was = shardOf(before);
      const now = shardOf(after);
      const touched = new Set(
        [...now].filter(([f, s]) => was.get(f) !== s).map(([f]) => pages.find((p) => p.file === f)?.year),
      );
      expect(touched.size).toBeLessThanOrEqual(2);
    }
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
