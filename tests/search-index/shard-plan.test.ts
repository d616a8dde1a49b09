/** How report pages are cut into shards of the search index. */
import { describe, expect, it } from 'vitest';
import { pageYear, planShards } from '../../scripts/search-index/shard-plan.ts';

describe('planShards', () => {
  it('puts the newest years first, in shards of at most the size', () => {
    const pages = [
      { file: 'a', year: 2024 },
      { file: 'b', year: 2021 },
      { file: 'c', year: 2024 },
      { file: 'd', year: 2023 },
      { file: 'e', year: 2022 },
      { file: 'f', year: 2023 },
      { file: 'g' },
    ];
    expect(planShards(pages, 3)).toEqual([['a', 'c', 'f'], ['b', 'd', 'e'], ['g']]);
    expect(planShards(pages, 10)).toEqual([['a', 'b', 'c', 'd', 'e', 'f', 'g']]);
  });
  it('fills shards to within a part of a year, every page exactly once', () => {
    const pages = Array.from({ length: 1000 }, (_, i) => ({ file: `r${i}`, year: 2015 + (i % 10) }));
    const shards = planShards(pages, 170);
    expect(shards.flat().sort()).toEqual(pages.map((p) => p.file).sort());
    expect(shards.every((s) => s.length <= 170)).toBe(true);
    expect(shards.length).toBeLessThanOrEqual(7);
    // Newest first: no page of a shard is newer than a page of an earlier shard.
    const year = new Map(pages.map((p) => [p.file, p.year]));
    const newest = shards.map((s) => Math.max(...s.map((f) => year.get(f)!)));
    const oldest = shards.map((s) => Math.min(...s.map((f) => year.get(f)!)));
    for (let i = 1; i < shards.length; i++) expect(newest[i]).toBeLessThanOrEqual(oldest[i - 1]);
  });
  it('cuts a part of a year larger than a shard, keeping every shard within the limit', () => {
    const pages = Array.from({ length: 30 }, (_, i) => ({ file: `r${String(i).padStart(2, '0')}`, year: 2020 }));
    const shards = planShards(pages, 2);
    expect(shards.every((s) => s.length >= 1 && s.length <= 2)).toBe(true);
    expect(shards.flat().sort()).toEqual(pages.map((p) => p.file));
  });
  it('changes only the shard of a report added or removed, nearly always', () => {
    const pages = Array.from({ length: 4000 }, (_, i) => ({ file: `r${i}`, year: 2015 + (i % 10) }));
    const before = new Set(planShards(pages, 680).map((s) => s.join()));
    const changedShards = (after: string[][]) => after.filter((s) => !before.has(s.join())).length;
    const counts = [
      ...Array.from({ length: 30 }, (_, k) =>
        changedShards(planShards([...pages, { file: `n${k}`, year: 2015 + (k % 10) }], 680)),
      ),
      ...Array.from({ length: 30 }, (_, k) =>
        changedShards(
          planShards(
            pages.filter((_, i) => i !== k * 131),
            680,
          ),
        ),
      ),
    ];
    expect(counts.filter((n) => n === 1).length).toBeGreaterThanOrEqual(57);
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
