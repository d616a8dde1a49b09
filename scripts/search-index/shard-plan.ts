/**
 * Which report pages go into which shard of the search index: newest first, in shards of
 * equal size. The search page merges shards one at a time, in this order, until it has a
 * page of results, so a search for a common word reads only the newest shard, and results
 * come from the most recent reports first.
 *
 *   7 pages, at most 3 a shard, years a:2024 b:2021 c:2024 d:2023 e:2022 f:2023 g:—
 *   → [a c] [d f e] [b g]
 */

export interface IndexedPage {
  /** Path of the built page, relative to the site. */
  file: string;
  /** The report's latest year, if it has one. */
  year?: number;
}

/** The report's year as its search filter states it (the latest, if several). */
export function pageYear(html: string): number | undefined {
  const years = [...html.matchAll(/data-pagefind-filter="year"[^>]*>(\d{4})</g)].map((m) => Number(m[1]));
  return years.length ? Math.max(...years) : undefined;
}

/** The pages in shards of at most `shardPages`, as equal as possible, newest year first, then by path. */
export function planShards(pages: readonly IndexedPage[], shardPages: number): string[][] {
  const sorted = [...pages].sort(
    (a, b) => (b.year ?? -1) - (a.year ?? -1) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
  );
  const count = Math.ceil(sorted.length / shardPages);
  const shards: string[][] = [];
  for (let i = 0; i < count; i++) {
    const from = Math.round((i * sorted.length) / count);
    const to = Math.round(((i + 1) * sorted.length) / count);
    shards.push(sorted.slice(from, to).map((p) => p.file));
  }
  return shards;
}
