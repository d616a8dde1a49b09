/**
 * Which page numbers a pager shows: the first, the last, and two either side of the current
 * one, with a gap (null) where numbers are left out — so a theme with 96 pages of passages
 * gets a pager of one line, not 96 links.
 *
 * pagerNumbers(3, 96) → [1, 2, 3, 4, 5, null, 96]
 */
export function pagerNumbers(page: number, pages: number, around = 2): Array<number | null> {
  const out: Array<number | null> = [];
  for (let n = 1; n <= pages; n++) {
    const shown = n === 1 || n === pages || Math.abs(n - page) <= around;
    if (shown) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}
