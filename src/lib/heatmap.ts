/**
 * Geometry of the home page's theme × report heatmap, computed at build time so the page
 * ships a plain SVG (no chart library, no script). Reports are rows, so the chart grows
 * downwards as reports are added and long titles stay horizontal; themes are columns with
 * short names set vertically, as Chinese can be.
 */

export interface Axis {
  id: string;
  label: string;
  /** Full text for the tooltip and the accessible name when `label` is shortened. */
  title: string;
  href: string;
}

export interface HeatmapInput {
  rows: Axis[];
  columns: Axis[];
  /** Mentions of column (theme) `col` in row (report) `row`; 0 when none. */
  count: (row: string, col: string) => number;
  /** Where a non-empty cell links. */
  cellHref: (row: string, col: string) => string;
}

export interface Cell {
  x: number;
  y: number;
  count: number;
  level: 0 | 1 | 2 | 3 | 4;
  href?: string;
  label: string;
}

export interface HeatmapLayout {
  width: number;
  height: number;
  cell: number;
  rowLabels: (Axis & { x: number; y: number })[];
  columnLabels: (Axis & { x: number; y: number })[];
  cells: Cell[];
}

/** Colour step for a count: none, 1, 2–3, 4–6, 7 and more. */
export function levelOf(count: number): Cell['level'] {
  if (count <= 0) return 0;
  if (count === 1) return 1;
  if (count <= 3) return 2;
  if (count <= 6) return 3;
  return 4;
}

/** The legend's steps, in the same terms as `levelOf`. */
export const LEVEL_LEGEND: { level: Cell['level']; label: string }[] = [
  { level: 0, label: '0' },
  { level: 1, label: '1' },
  { level: 2, label: '2–3' },
  { level: 3, label: '4–6' },
  { level: 4, label: '7+' },
];

/** Lays the chart out; sizes are in CSS pixels at a 13 px label font. */
export function layoutHeatmap(input: HeatmapInput, opts: { cell?: number; font?: number } = {}): HeatmapLayout {
  const cell = opts.cell ?? 22;
  const font = opts.font ?? 13;
  const gap = 2;
  const longestRow = Math.max(0, ...input.rows.map((r) => [...r.label].length));
  const longestCol = Math.max(0, ...input.columns.map((c) => [...c.label].length));
  const left = Math.ceil(longestRow * font + 12);
  const top = Math.ceil(longestCol * (font + 1) + 12);
  const pitch = cell + gap;
  const cells: Cell[] = [];
  input.rows.forEach((row, r) => {
    input.columns.forEach((col, c) => {
      const count = input.count(row.id, col.id);
      cells.push({
        x: left + c * pitch,
        y: top + r * pitch,
        count,
        level: levelOf(count),
        href: count > 0 ? input.cellHref(row.id, col.id) : undefined,
        label: `${col.title} · ${row.title}：${count} 处`,
      });
    });
  });
  return {
    width: left + input.columns.length * pitch + 4,
    height: top + input.rows.length * pitch + 4,
    cell,
    rowLabels: input.rows.map((row, r) => ({ ...row, x: left - 8, y: top + r * pitch + cell / 2 })),
    columnLabels: input.columns.map((col, c) => ({ ...col, x: left + c * pitch + cell / 2, y: top - 8 })),
    cells,
  };
}

/**
 * Most rows the home heatmap draws. Past this the chart stops being readable and the page
 * grows by ~8 kB a report (78 MB at 10,000), so a large corpus shows the reports touching
 * the most themes and the page links the full matrix (theme-matrix.csv on the data page).
 */
export const HEATMAP_MAX_ROWS = 100;

/**
 * The rows to draw: all of them when there are at most `max`, otherwise the `max` reports
 * mentioning the most distinct themes (then the most mentions, then the earlier one), kept in
 * their original order.
 */
export function heatmapRowIds(
  ids: readonly string[],
  score: (id: string) => { themes: number; mentions: number },
  max = HEATMAP_MAX_ROWS,
): string[] {
  if (ids.length <= max) return [...ids];
  const ranked = ids
    .map((id, order) => ({ id, order, ...score(id) }))
    .sort((a, b) => b.themes - a.themes || b.mentions - a.mentions || a.order - b.order)
    .slice(0, max);
  const keep = new Set(ranked.map((r) => r.id));
  return ids.filter((id) => keep.has(id));
}
