/**
 * Which report pages go into which shard of the search index: newest years first, and a
 * page's shard a function of its year and its path only, so that adding, changing or removing
 * a report changes the shard of its year and leaves the others as they were (the index step
 * then re-indexes that shard only, ./shard-cache.ts). The search page merges shards one at a
 * time, in this order, until it has a page of results, so a search for a common word reads
 * only the newest shard, and results come from the most recent reports first.
 *
 * Whole years are packed into a shard while they fit; a year larger than a shard is cut into
 * as few equal parts as it needs, a page's part chosen by a hash of its path.
 *
 *   7 pages, at most 3 a shard, years a:2024 b:2021 c:2024 d:2023 e:2022 f:2023 g:—
 *   → [a c] [d e f] [b g]      (2024 | 2023 and 2022 | 2021 and no year)
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

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** FNV-1a of a path: a part of a large year that does not move when other pages come and go. */
function pathHash(path: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The pages in shards of at most `shardPages` (a large year's hash-cut parts: about that many),
 * newest year first, each shard in path order.
 */
export function planShards(pages: readonly IndexedPage[], shardPages: number): string[][] {
  const years = new Map<number, string[]>();
  for (const p of pages) {
    const year = p.year ?? -1;
    const list = years.get(year);
    if (list) list.push(p.file);
    else years.set(year, [p.file]);
  }
  const shards: string[][] = [];
  let open: string[] | null = null;
  for (const year of [...years.keys()].sort((a, b) => b - a)) {
    const files = years.get(year)!;
    if (files.length > shardPages) {
      const parts = Math.ceil(files.length / shardPages);
      const cut: string[][] = Array.from({ length: parts }, () => []);
      for (const f of files) cut[pathHash(f) % parts].push(f);
      shards.push(...cut.filter((c) => c.length > 0));
      open = null;
    } else if (open && open.length + files.length <= shardPages) {
      open.push(...files);
    } else {
      open = [...files];
      shards.push(open);
    }
  }
  return shards.map((s) => s.sort(byPath));
}
