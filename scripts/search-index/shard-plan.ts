/**
 * Which report pages go into which shard of the search index: newest years first, and a
 * page's shard a function of its year and its path, so that adding, changing or removing a
 * report leaves the other shards as they were (the index step then re-indexes only the shard
 * it changed, ./shard-cache.ts). The search page merges shards one at a time, in this order,
 * until it has a page of results, so a search for a common word reads only the newest shard,
 * and results come from the most recent reports first.
 *
 * Each year's pages are dealt into CELLS parts by a hash of their path; the cells, newest year
 * first, are packed into shards in order while they fit. A shard boundary only moves when a
 * change makes a cell stop (or start) fitting, and shards fill to within a cell of the limit:
 * fewer shards than packing whole years (a search reads each shard's metadata).
 *
 *   7 pages, at most 3 a shard, years a:2024 b:2021 c:2024 d:2023 e:2022 f:2023 g:—
 *   → [a c f] [b d e] [g]       (2023's pages fell in two parts)
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

/** Parts each year's pages are dealt into. */
export const CELLS = 8;

/** FNV-1a of a path: which part of its year a page falls in, whatever else comes and goes. */
function pathHash(path: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The pages in shards of at most `shardPages`, newest year first, each shard in path order. */
export function planShards(pages: readonly IndexedPage[], shardPages: number, cells = CELLS): string[][] {
  const byCell = new Map<string, { year: number; cell: number; files: string[] }>();
  for (const p of pages) {
    const year = p.year ?? -1;
    const cell = pathHash(p.file) % cells;
    const name = `${year} ${cell}`;
    const found = byCell.get(name);
    if (found) found.files.push(p.file);
    else byCell.set(name, { year, cell, files: [p.file] });
  }
  const ordered = [...byCell.values()].sort((a, b) => b.year - a.year || a.cell - b.cell);
  const shards: string[][] = [];
  let open: string[] | null = null;
  for (const { files } of ordered) {
    if (open && open.length + files.length <= shardPages) {
      open.push(...files);
      continue;
    }
    // A cell larger than a shard (a huge year, or a tiny limit) is cut in path order.
    files.sort(byPath);
    for (let i = 0; i < files.length; i += shardPages) shards.push((open = files.slice(i, i + shardPages)));
  }
  return shards.map((s) => s.sort(byPath));
}
