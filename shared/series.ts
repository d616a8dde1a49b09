/**
 * The same bureau over the years: reports of one issuer covering different years, oldest
 * first, and for one report the one before it with what changed in its themes.
 *
 *   苏州市教育局 2021, 2022, 2023 → for 2023: last year's report, themes new (课后服务) and dropped (…)
 */

export interface SeriesReport {
  id: string;
  issuer: string | null;
  years: number[];
  themes: Record<string, number>;
}

/** The year a report stands for in a series: the last year it covers. */
const yearOf = (r: SeriesReport) => (r.years.length ? Math.max(...r.years) : null);

/** Every issuer with reports for two or more years, and those reports oldest first; issuers in code-point order. */
export function allSeries<T extends SeriesReport>(all: readonly T[]): Array<[string, T[]]> {
  const byIssuer = new Map<string, T[]>();
  for (const r of all) {
    if (r.issuer === null || yearOf(r) === null) continue;
    const list = byIssuer.get(r.issuer);
    if (list) list.push(r);
    else byIssuer.set(r.issuer, [r]);
  }
  return [...byIssuer]
    .filter(([, list]) => new Set(list.map(yearOf)).size > 1)
    .map(([issuer, list]): [string, T[]] => [
      issuer,
      list.sort((a, b) => yearOf(a)! - yearOf(b)! || (a.id < b.id ? -1 : 1)),
    ])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The reports of `report`'s issuer that have a year, oldest first; [] when it stands alone. */
export function seriesOf<T extends SeriesReport>(report: T, all: readonly T[]): T[] {
  if (report.issuer === null || yearOf(report) === null) return [];
  return allSeries(all.filter((r) => r.issuer === report.issuer))[0]?.[1] ?? [];
}

/** The report of the latest earlier year in the series, with the themes it lacked and had. */
export function sinceLastYear<T extends SeriesReport>(
  report: T,
  series: readonly T[],
): { previous: T; added: string[]; dropped: string[] } | null {
  const year = yearOf(report);
  const previous = [...series].reverse().find((r) => yearOf(r)! < year!);
  if (!previous) return null;
  const [now, before] = [Object.keys(report.themes), Object.keys(previous.themes)];
  return { previous, added: now.filter((t) => !before.includes(t)), dropped: before.filter((t) => !now.includes(t)) };
}

/** What a figure of the reviewed list was last year and is now. */
export interface FigureChange {
  indicator: string;
  before: string;
  now: string;
}

interface Figure {
  canonical: string | null;
  kind: 'achieved' | 'target';
  masked: boolean;
  raw: string;
  value: number | null;
}

/**
 * Figures of one indicator (by its canonical name) stated as results in both years with
 * different values: 义务教育巩固率 99.2% → 99.5%. Targets and masked figures are left out (a
 * goal is not a result, a masked figure has no value); where a report states one indicator
 * twice, its first statement counts. Indicators in code-point order.
 */
export function figureChanges(previous: readonly Figure[], current: readonly Figure[]): FigureChange[] {
  const firstOf = (list: readonly Figure[]) => {
    const map = new Map<string, Figure>();
    for (const f of list)
      if (f.canonical && f.kind === 'achieved' && !f.masked && f.value !== null && !map.has(f.canonical))
        map.set(f.canonical, f);
    return map;
  };
  const [before, now] = [firstOf(previous), firstOf(current)];
  return [...now]
    .filter(([name, f]) => before.has(name) && before.get(name)!.value !== f.value)
    .map(([indicator, f]) => ({ indicator, before: before.get(indicator)!.raw, now: f.raw }))
    .sort((a, b) => (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0));
}
