/**
 * What comparing and tracing adds to a build: the analysis' passage families, the exports
 * that align pairs and families (pairs.csv, families.csv, series.csv) and the pages of
 * /compare/ and /passages/, against the rest of the build. Astro logs each page it renders
 * with its time (`├─ /compare/a/b/index.html (+14ms)`); the analysis steps are timed in
 * process by the analysis itself.
 */

/** Astro's milliseconds per first path segment (`compare`, `passages`, `reports` …; `/` is ``). */
export function routeMs(astroLog: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [, path, ms] of astroLog.matchAll(/[├└]─ \/(\S*) \(\+(\d+)ms\)/g)) {
    const segment = path.includes('/') ? path.slice(0, path.indexOf('/')) : '';
    out.set(segment, (out.get(segment) ?? 0) + Number(ms));
  }
  return out;
}

/** Exports made for comparing and tracing. */
export const COMPARE_EXPORTS = ['pairs.csv', 'families.csv', 'series.csv'];
/** Page routes made for comparing and tracing. */
export const COMPARE_ROUTES = ['compare', 'passages'];

export interface CompareCost {
  reports: number;
  /** The whole build, seconds (ingest + analysis + Astro + search index). */
  buildSeconds: number;
  familiesMs: number;
  exportMs: Map<string, number>;
  routes: Map<string, number>;
  pairs: number;
  families: number;
}

const s = (ms: number) => (ms / 1000).toFixed(1);

/** The section of bench/results.md. */
export function compareCostSection(rows: CompareCost[]): string {
  const body = rows.map((r) => {
    const exports = COMPARE_EXPORTS.reduce((t, name) => t + (r.exportMs.get(name) ?? 0), 0);
    const pages = COMPARE_ROUTES.reduce((t, name) => t + (r.routes.get(name) ?? 0), 0);
    const extra = r.familiesMs + exports + pages;
    const rest = r.buildSeconds * 1000 - extra;
    return `| ${r.reports} | ${r.pairs} | ${r.families} | ${s(r.familiesMs)} | ${s(exports)} | ${s(pages)} | ${s(extra)} | ${s(rest)} | ${((extra / rest) * 100).toFixed(1)} % |`;
  });
  return [
    '## Compare and trace: what they add to the build',
    '',
    'Passage families (analysis), the aligned exports (pairs.csv, families.csv, series.csv) and the',
    '/compare/ and /passages/ pages (Astro’s own time per page), against the rest of the same build.',
    '',
    '| reports | pairs | families | families s | exports s | pages s | added s | rest of build s | added / rest |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...body,
  ].join('\n');
}
