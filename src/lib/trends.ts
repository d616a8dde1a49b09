/**
 * A theme over the years and across provinces: the share of reports that mention it, per
 * year the reports cover and per province they are about. A share out of two reports is
 * noise, so a year or province with fewer than THIN_BELOW reports is marked thin and the page
 * says so instead of drawing it as a trend.
 *
 *   2022: 3 of 8 reports mention 双减 → 38 %;  2021: 1 of 2 → thin
 */

/** Below this many reports in a year (or province), its share is not read as a trend. */
export const THIN_BELOW = 5;

export interface Share {
  key: string;
  reports: number;
  mentioning: number;
  share: number;
  thin: boolean;
}

/** What trends need of a report. */
export interface TrendReport {
  id: string;
  years: number[];
  /** Province name (the first of the place path), or null when unplaced. */
  province: string | null;
}

function shares(groups: Map<string, string[]>, mentioning: ReadonlySet<string>): Share[] {
  return [...groups].map(([key, ids]) => {
    const hits = ids.filter((id) => mentioning.has(id)).length;
    return { key, reports: ids.length, mentioning: hits, share: hits / ids.length, thin: ids.length < THIN_BELOW };
  });
}

/** Share of reports mentioning the theme per year covered (a report counts in each of its years), oldest first. */
export function sharesByYear(reports: readonly TrendReport[], mentioning: ReadonlySet<string>): Share[] {
  const groups = new Map<string, string[]>();
  for (const r of reports)
    for (const y of new Set(r.years)) groups.set(String(y), [...(groups.get(String(y)) ?? []), r.id]);
  return shares(groups, mentioning).sort((a, b) => Number(a.key) - Number(b.key));
}

/** Share of reports mentioning the theme per province, most reports first. */
export function sharesByProvince(reports: readonly TrendReport[], mentioning: ReadonlySet<string>): Share[] {
  const groups = new Map<string, string[]>();
  for (const r of reports) if (r.province) groups.set(r.province, [...(groups.get(r.province) ?? []), r.id]);
  return shares(groups, mentioning).sort((a, b) => b.reports - a.reports || (a.key < b.key ? -1 : 1));
}

/**
 * The themes whose share changed most between the two latest years that both have enough
 * reports (THIN_BELOW); null when the corpus has no two such years.
 */
export function risingAndFalling(
  reports: readonly TrendReport[],
  themes: ReadonlyArray<{ id: string; mentioning: ReadonlySet<string> }>,
): { from: number; to: number; changes: Array<{ id: string; from: number; to: number; change: number }> } | null {
  const years = sharesByYear(reports, new Set())
    .filter((s) => !s.thin)
    .map((s) => Number(s.key));
  if (years.length < 2) return null;
  const [from, to] = years.slice(-2);
  const changes = themes.map((t) => {
    const byYear = new Map(sharesByYear(reports, t.mentioning).map((s) => [Number(s.key), s.share]));
    const [a, b] = [byYear.get(from) ?? 0, byYear.get(to) ?? 0];
    return { id: t.id, from: a, to: b, change: b - a };
  });
  const gap = (c: { change: number }) => Math.round(Math.abs(c.change) * 1e9);
  return {
    from,
    to,
    changes: changes.filter((c) => c.change !== 0).sort((x, y) => gap(y) - gap(x) || (x.id < y.id ? -1 : 1)),
  };
}

/** The share of reports mentioning a theme, by year and by province. */
export function themeShares(
  reports: readonly TrendReport[],
  theme: { perReport: ReadonlyArray<{ reportId: string }> },
): { byYear: Share[]; byProvince: Share[] } {
  const mentioning = new Set(theme.perReport.map((p) => p.reportId));
  return { byYear: sharesByYear(reports, mentioning), byProvince: sharesByProvince(reports, mentioning) };
}
