/**
 * One indicator across places and years as a dot plot drawn at build time: a dot per stated
 * figure at its year and value, results filled, goals hollow. Pure geometry, so the scales
 * are tested without a build; src/components/FigureChart.astro draws it.
 *
 *   义务教育巩固率: 2019 99.2 %, 2020 99.5 %, 2021 目标 100 % → x 2019–2021, y 99–100
 */

export interface FigurePoint {
  year: number;
  value: number;
  kind: 'achieved' | 'target';
  /** What the dot stands for, for its tooltip: 青阳县 2021年 99.2%. */
  label: string;
}

export interface FigureChart {
  width: number;
  height: number;
  /** Plot area inside the axes. */
  left: number;
  bottom: number;
  dots: Array<{ cx: number; cy: number; kind: FigurePoint['kind']; label: string }>;
  xTicks: Array<{ x: number; text: string }>;
  yTicks: Array<{ y: number; text: string }>;
}

const WIDTH = 560;
const HEIGHT = 200;
const LEFT = 44;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 24;

/** A round step for about four ticks over `span`: 1, 2, 5 × 10ⁿ. */
function step(span: number): number {
  const raw = span / 4 || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
}

/** The chart of the points; null when fewer than two points or a single year (no axis to read). */
export function figureChart(points: readonly FigurePoint[]): FigureChart | null {
  if (points.length < 2) return null;
  const years = points.map((p) => p.year);
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];
  if (minYear === maxYear) return null;
  const values = points.map((p) => p.value);
  const s = step(Math.max(...values) - Math.min(...values));
  const lo = Math.floor(Math.min(...values) / s) * s;
  const hi = Math.max(lo + s, Math.ceil(Math.max(...values) / s) * s);
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const x = (year: number) => LEFT + ((year - minYear) / (maxYear - minYear)) * plotW;
  const y = (value: number) => TOP + (1 - (value - lo) / (hi - lo)) * plotH;
  const digits = s < 1 ? Math.ceil(-Math.log10(s)) : 0;
  const yTicks: FigureChart['yTicks'] = [];
  for (let v = lo; v <= hi + s / 2; v += s) yTicks.push({ y: y(v), text: v.toFixed(digits) });
  const xTicks: FigureChart['xTicks'] = [];
  const yearStep = Math.ceil((maxYear - minYear + 1) / 8);
  for (let year = minYear; year <= maxYear; year += yearStep) xTicks.push({ x: x(year), text: String(year) });
  return {
    width: WIDTH,
    height: HEIGHT,
    left: LEFT,
    bottom: HEIGHT - BOTTOM,
    dots: points.map((p) => ({ cx: x(p.year), cy: y(p.value), kind: p.kind, label: p.label })),
    xTicks,
    yTicks,
  };
}
