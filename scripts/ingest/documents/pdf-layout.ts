/**
 * Positioned text items of PDF pages → laid lines in reading order. Pure, so it is tested on
 * plain coordinates. The steps, each below:
 *   columns  a vertical gutter most lines stop at splits a page into two columns
 *   lines    items on one baseline, left to right; no space between Chinese characters
 *   furniture  page numbers (— 2 —, -2-, 第2页) and headers repeated at the page edges
 *   paragraphs  a line that runs to the right margin continues on the next unindented line
 *   title    the large centred lines near the top of the first page
 *   tables   lines of cells with wide gaps between them, two or more in a row
 */
import type { Extracted, LaidLine } from './types.ts';

/** One text item: its string, baseline start (points from the page's bottom left), size and width. */
export interface Item {
  text: string;
  x: number;
  y: number;
  size: number;
  width: number;
}

export interface PageItems {
  width: number;
  height: number;
  items: Item[];
}

/** One line of a page: its items joined, where it sits, and which column it belongs to. */
interface Line {
  text: string;
  /** Cells: the line's text split at wide gaps. */
  cells: string[];
  left: number;
  right: number;
  y: number;
  size: number;
  page: number;
  /** 0 for a line across the page, 1 and 2 for the left and right column. */
  column: 0 | 1 | 2;
  furniture: boolean;
}

/** A figure as a table cell holds it: 9, 7,545, 96.8%, -3. */
const NUMBER = /^[-－+]?[\d,，.]+%?$/;
const FIGURES = /^[-－+]?[\d,，.]+%?(?:\s+[-－+]?[\d,，.]+%?)+$/;
const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * The x of a gutter between two columns, or null: a gap in the middle of the page that
 * nearly every line stops at (a short centred title line or a page number may cross it).
 */
function gutterOf(page: PageItems): number | null {
  const narrow = page.items.filter((i) => i.width < page.width * 0.45);
  if (narrow.length < 10) return null;
  const step = 2;
  const crossing = new Uint16Array(Math.ceil(page.width / step) + 2);
  for (const i of narrow)
    for (
      let x = Math.max(0, Math.floor(i.x / step));
      x <= Math.min(crossing.length - 1, Math.ceil((i.x + i.width) / step));
      x++
    )
      crossing[x]++;
  const allowed = Math.max(2, Math.floor(narrow.length * 0.05));
  let best: [number, number] | null = null;
  for (let x = Math.floor((page.width * 0.3) / step); x < (page.width * 0.7) / step; x++) {
    if (crossing[x] > allowed) continue;
    let end = x;
    while (end < crossing.length && crossing[end] <= allowed) end++;
    if (!best || end - x > best[1] - best[0]) best = [x, end];
    x = end;
  }
  if (!best || (best[1] - best[0]) * step < 6) return null;
  const gutter = ((best[0] + best[1]) / 2) * step;
  const leftCount = narrow.filter((i) => i.x + i.width <= gutter).length;
  const rightCount = narrow.filter((i) => i.x >= gutter).length;
  if (leftCount < narrow.length * 0.25 || rightCount < narrow.length * 0.25) return null;
  return looksLikeColumns(page.items, gutter) ? gutter : null;
}

/**
 * Whether the rows on either side of a gap read as two columns of text, not as one column
 * whose items happen to break there, nor as a table: most rows have text on both sides, a
 * clear space between the sides (a column gap, not a word space), the left side's lines end
 * together at the gap, and the right side's lines start together after it.
 */
function looksLikeColumns(items: Item[], gutter: number): boolean {
  const rows: Item[][] = [];
  for (const item of [...items].sort((a, b) => b.y - a.y)) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0].y - item.y) < Math.min(row[0].size, item.size) * 0.5) row.push(item);
    else rows.push([item]);
  }
  const both = rows
    .map((row) => ({
      left: row.filter((i) => i.x + i.width <= gutter),
      right: row.filter((i) => i.x >= gutter),
      size: row[0].size,
    }))
    .filter((r) => r.left.length > 0 && r.right.length > 0)
    .map((r) => ({
      end: Math.max(...r.left.map((i) => i.x + i.width)),
      start: Math.min(...r.right.map((i) => i.x)),
      size: r.size,
    }));
  if (both.length < Math.max(3, rows.length * 0.4)) return false;
  const gaps = median(both.map((r) => (r.start - r.end) / r.size));
  const endAt = [...both.map((r) => r.end)].sort((a, b) => a - b)[Math.floor(both.length * 0.9)];
  const startAt = Math.min(...both.map((r) => r.start));
  const ending = both.filter((r) => endAt - r.end < r.size * 1.5).length / both.length;
  const starting = both.filter((r) => r.start - startAt < r.size).length / both.length;
  return gaps >= 1 && ending >= 0.5 && starting >= 0.5;
}

/** Joins two pieces of one line: a space only between Latin letters or digits. */
function joinText(a: string, b: string, gap: number, size: number): string {
  if (!a) return b;
  const last = a.at(-1)!;
  const first = b[0];
  const spaced = gap > size * 0.2 && !HAN.test(last) && !HAN.test(first) && last !== ' ' && first !== ' ';
  return a + (spaced ? ' ' : '') + b;
}

/** Items → lines of one page, each tagged with its column. */
function linesOf(page: PageItems, pageNo: number): Line[] {
  const gutter = gutterOf(page);
  const columnOf = (i: Item): 0 | 1 | 2 => (gutter === null ? 0 : i.x + i.width <= gutter ? 1 : i.x >= gutter ? 2 : 0);
  const sorted = [...page.items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Item[][] = [];
  const lineColumns: Array<0 | 1 | 2> = [];
  for (const item of sorted) {
    const column = columnOf(item);
    const at = lines.findIndex(
      (l, k) => lineColumns[k] === column && Math.abs(l[0].y - item.y) < Math.min(l[0].size, item.size) * 0.5,
    );
    if (at >= 0) lines[at].push(item);
    else {
      lines.push([item]);
      lineColumns.push(column);
    }
  }
  return lines.map((items, k) => {
    items.sort((a, b) => a.x - b.x);
    const size = median(items.map((i) => i.size));
    let text = '';
    const cells: string[] = [''];
    let end = items[0].x;
    let previous = '';
    for (const item of items) {
      const gap = item.x - end;
      // Figures in a table sit closer than words do: two numbers apart are two cells (9 0 0 9).
      const figures = NUMBER.test(previous) && NUMBER.test(item.text.trim());
      if ((gap > size || (figures && gap > size * 0.3)) && cells.at(-1) !== '') cells.push('');
      previous = item.text.trim();
      cells[cells.length - 1] = joinText(cells.at(-1)!, item.text.trim(), gap, size);
      text = joinText(text, item.text, gap, size);
      end = Math.max(end, item.x + item.width);
    }
    // pdf.js puts spaces where a line of Chinese was justified or broken: not text.
    text = text
      .replace(
        /(?<=[\p{Script=Han}，。、；：！？“”（）《》])[ \u3000]+(?=[\p{Script=Han}，。、；：！？“”（）《》])/gu,
        '',
      )
      .trim();
    // A run of figures drawn as one string with spaces between them is a row of cells too.
    const split = cells.flatMap((c) => (FIGURES.test(c.trim()) ? c.trim().split(/\s+/) : [c.trim()]));
    return {
      text,
      cells: split,
      left: items[0].x,
      right: end,
      y: items[0].y,
      size,
      page: pageNo,
      column: lineColumns[k],
      furniture: false,
    };
  });
}

/** A page number as GB/T 9704 and others print it: — 2 —, -2-, 第2页, 第2页 共9页, 2/9. */
const PAGE_NUMBER =
  /^(?:[—–\-－\s]*\d{1,4}[—–\-－\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/;

/** Marks page numbers and the headers or footers repeated at the top or foot of pages. */
function markFurniture(pages: Line[][], heights: number[]): void {
  const edge = (line: Line) => line.y > heights[line.page] * 0.88 || line.y < heights[line.page] * 0.12;
  const shape = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const seen = new Map<string, Set<number>>();
  for (const line of pages.flat()) {
    if (!edge(line)) continue;
    const key = shape(line.text);
    seen.set(key, (seen.get(key) ?? new Set()).add(line.page));
  }
  const repeated = (line: Line) =>
    pages.length >= 2 && (seen.get(shape(line.text))?.size ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  // A table's title set large over every page is the document's title on its first page.
  const body = median(pages.flat().map((l) => l.size));
  const title = (line: Line) => line.page === 0 && line.size > body + 1;
  for (const line of pages.flat()) {
    if (edge(line) && (PAGE_NUMBER.test(line.text) || (repeated(line) && !title(line)))) line.furniture = true;
  }
}

/**
 * Reading order: furniture at the page's head, what spans the page above the columns, the
 * left column, the right, what spans below, furniture at the foot.
 */
function readingOrder(lines: Line[], height: number): Line[] {
  const byY = (a: Line, b: Line) => b.y - a.y || a.left - b.left;
  const furniture = lines.filter((l) => l.furniture).sort(byY);
  const text = lines.filter((l) => !l.furniture);
  const head = furniture.filter((l) => l.y > height / 2);
  const foot = furniture.filter((l) => l.y <= height / 2);
  const columns = text.filter((l) => l.column !== 0);
  if (columns.length === 0) return [...head, ...text.sort(byY), ...foot];
  // The columns start where both have begun; everything above that reads top to bottom.
  const top = Math.min(...[1, 2].map((c) => Math.max(...columns.filter((l) => l.column === c).map((l) => l.y))));
  const above = text.filter((l) => l.y > top + 0.01);
  const below = text.filter((l) => l.y <= top + 0.01);
  return [
    ...head,
    ...above.sort(byY),
    ...below.filter((l) => l.column === 1).sort(byY),
    ...below.filter((l) => l.column === 2).sort(byY),
    ...below.filter((l) => l.column === 0).sort(byY),
    ...foot,
  ];
}

/** The text block's left and right edges per page and column: where lines start and end. */
function marginsOf(lines: Line[]): (line: Line) => { left: number; right: number } {
  const key = (l: Line) => `${l.page}:${l.column}`;
  const groups = new Map<string, Line[]>();
  for (const l of lines) {
    const group = groups.get(key(l));
    if (group) group.push(l);
    else groups.set(key(l), [l]);
  }
  const margins = new Map<string, { left: number; right: number }>();
  for (const [k, group] of groups) {
    const lefts = group.map((l) => l.left).sort((a, b) => a - b);
    const rights = group.map((l) => l.right).sort((a, b) => a - b);
    margins.set(k, { left: lefts[Math.floor(lefts.length * 0.1)], right: rights[Math.floor(rights.length * 0.9)] });
  }
  return (line) => margins.get(key(line))!;
}

/** Lays out the pages' items as lines (see the module comment). */
export function layOutPages(pages: PageItems[]): Extracted {
  const perPage = pages.map((p, n) => linesOf(p, n));
  markFurniture(
    perPage,
    pages.map((p) => p.height),
  );
  const ordered = perPage.flatMap((lines, n) => readingOrder(lines, pages[n].height));
  const text = ordered.filter((l) => !l.furniture);
  const margin = marginsOf(text);
  const bodySize = median(text.map((l) => l.size));
  const full = (l: Line) => margin(l).right - l.right < l.size * 1.5;
  const centred = (l: Line) => {
    const m = margin(l);
    const [before, after] = [l.left - m.left, m.right - l.right];
    return before > l.size * 1.5 && after > l.size * 1.5 && Math.abs(before - after) < l.size * 2;
  };
  const indented = (l: Line) => l.left - margin(l).left > l.size * 0.8;
  const isRow = (l: Line) => l.cells.length >= 2 && !centred(l);

  // The title: the large lines on the first page above the body, one of them centred (a full
  // first line is not), never the masthead (…文件).
  const head = text.filter((l) => l.page === 0).slice(0, 12);
  const candidate = (l: Line) => l.size > bodySize + 1 && !/文件$/.test(l.text);
  const titleSize = Math.max(0, ...head.filter((l) => candidate(l) && centred(l)).map((l) => l.size));
  const titleLines = new Set<Line>();
  const at = head.findIndex((l) => candidate(l) && l.size === titleSize);
  for (let k = at; at >= 0 && k < head.length && head[k].size === titleSize && candidate(head[k]); k++)
    titleLines.add(head[k]);

  const out: LaidLine[] = [];
  /** The last text line and what it went into: a paragraph runs on across furniture and pages. */
  let previous: Line | null = null;
  let last: LaidLine | undefined;
  const rowLike = text.map(isRow);
  const indexOf = new Map(text.map((l, i) => [l, i]));
  for (const line of ordered) {
    if (line.furniture) {
      out.push({ text: line.text, role: 'furniture' });
      continue;
    }
    // A row of cells is a table row when the text line before or after it is one too (a table
    // may run across a page break), or when its cells are all figures (never prose).
    const at = indexOf.get(line)!;
    const figures = line.cells.length >= 3 && line.cells.every((c) => NUMBER.test(c));
    const role = titleLines.has(line)
      ? 'title'
      : rowLike[at] && (rowLike[at - 1] || rowLike[at + 1] || figures)
        ? 'row'
        : 'body';
    const sameBlock =
      previous !== null &&
      (previous.page !== line.page || previous.column !== line.column || previous.y - line.y < line.size * 2.4);
    const continues =
      role === 'body' &&
      last?.role === 'body' &&
      previous !== null &&
      sameBlock &&
      Math.abs(previous.size - line.size) < 0.6 &&
      full(previous) &&
      !centred(previous) &&
      !indented(line) &&
      !centred(line);
    if (continues) last!.text = joinText(last!.text, line.text, 0, line.size);
    else out.push((last = { text: role === 'row' ? line.cells.join('\t') : line.text, role }));
    previous = line;
  }
  const furniture = out.filter((l) => l.role === 'furniture').length;
  const tableRows = out.filter((l) => l.role === 'row').length;
  const columns = perPage.filter((lines) => lines.some((l) => l.column !== 0)).length;
  const notes = [
    titleLines.size ? '标题取自版式（居中大字号）' : '',
    furniture ? `页眉页码移除 ${furniture} 行` : '',
    columns ? `双栏排版 ${columns} 页，按栏重排` : '',
    tableRows ? `表格 ${tableRows} 行` : '',
  ].filter(Boolean);
  return { ok: true, lines: out, notes };
}
