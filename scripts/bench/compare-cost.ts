/**
 * What comparing and tracing adds to a build: the analysis' passage families, the exports
 * that align pairs and families (pairs.csv, families.csv, series.csv) and the pages of
 * /compare/ and /passages/, against the rest of the build. Astro logs each page it renders
 * with its time (`├─ /compare/a/b/index.html (+14ms)`); the analysis steps are timed in
 * process by the analysis itself.
 */

import { compareReports, type CompareBlock } from '../../shared/compare.ts';

/**
 * Milliseconds to compare two reports of over 10,000 characters each (120 paragraphs, every
 * third one copied with a word changed), the median of five runs: the work /compare/ does in
 * the browser, on the same engine (V8) in Node.
 */
export function compareSpeedMs(): { chars: number; ms: number } {
  const copied =
    '全面落实“双减”政策，学校课后服务实现全覆盖，参与学生比例达到96.8%。推进集团化办学，组建城乡教育共同体8个。';
  const para = (k: number) => `第${k}项：${copied}${'教育质量稳步提升，'.repeat(3)}`;
  const blocks = (texts: string[]): CompareBlock[] => texts.map((text, i) => ({ id: `p-${i + 1}`, text }));
  const a = blocks(Array.from({ length: 120 }, (_, k) => para(k)));
  const b = blocks(Array.from({ length: 120 }, (_, k) => para(k * 3).replace('双减', '减负')));
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    compareReports(a, b);
    runs.push(performance.now() - started);
  }
  return {
    chars: Math.min(...[a, b].map((x) => x.reduce((n, p) => n + p.text.length, 0))),
    ms: runs.sort((x, y) => x - y)[2],
  };
}

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
  const speed = compareSpeedMs();
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
    '',
    `Two reports of ${speed.chars.toLocaleString('en')}+ characters compared as /compare/ does in the browser: ${speed.ms.toFixed(0)} ms (median of 5).`,
  ].join('\n');
}
