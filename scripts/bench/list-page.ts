/**
 * The report list in headless Chromium, as a reader meets it: /reports/ opened with a cold
 * cache from a server that gzips as static hosts do. Bytes over the wire until the page has
 * loaded (HTML, CSS, JS), the list's index (which the page's script fetches to filter the
 * whole corpus), ms to first contentful paint, to the `load` event and until the filters are
 * ready (the index loaded), then ms to apply a filter (the first facet's first value) and
 * paint it. Each figure is the median of five loads.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic } from '../lib/static-server.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from '../lib/chromium.ts';

interface ListFigures {
  /** The page's HTML, raw and gzipped. */
  htmlKb: number;
  htmlGzKb: number;
  /** Every response until `load`, as sent. */
  loadKb: number;
  /** The list's index, as sent (0 when the page loads none). */
  indexKb: number;
  fcpMs: number;
  loadMs: number;
  readyMs: number;
  filterMs: number;
  shown: string;
}

const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function loadOnce(browser: Browser, root: string): Promise<Omit<ListFigures, 'htmlKb' | 'htmlGzKb'>> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 1300 } });
  const page = await context.newPage();
  const sizes: Promise<{ url: string; bytes: number }>[] = [];
  page.on('response', (res) =>
    sizes.push(
      res
        .request()
        .sizes()
        .then(
          (s) => ({ url: res.url(), bytes: s.responseBodySize }),
          () => ({ url: res.url(), bytes: 0 }),
        ),
    ),
  );
  try {
    await page.goto(`${root}reports/`, { waitUntil: 'load', timeout: 120_000 });
    const loaded = (await Promise.all(sizes)).reduce((n, s) => n + s.bytes, 0);
    // Ready: the filters can be used (the script enables them once the index is in).
    await page.waitForSelector('[data-report-filters] select:not([disabled])', { timeout: 120_000 });
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { fcp: fcp?.startTime ?? Number.NaN, load: nav.loadEventEnd, ready: performance.now() };
    });
    const select = page.locator('[data-report-filters] select').first();
    const value = await select.locator('option').nth(1).getAttribute('value');
    const filterStart = performance.now();
    await select.selectOption(value!);
    // Applied and painted: the status is written in the same task, then two frames.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const filterMs = performance.now() - filterStart;
    const shown = (await page.locator('[data-filter-status]').textContent()) ?? '';
    const all = await Promise.all(sizes);
    const indexKb = all.filter((s) => s.url.endsWith('/list-index.json')).reduce((n, s) => n + s.bytes, 0) / 1024;
    return {
      loadKb: loaded / 1024,
      indexKb,
      fcpMs: timing.fcp,
      loadMs: timing.load,
      readyMs: timing.ready,
      filterMs,
      shown,
    };
  } finally {
    await context.close();
  }
}

/** The list's figures on one built site. */
export async function measureList(dist: string): Promise<ListFigures> {
  const site = await serveStatic(dist, '/', { gzip: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const runs: Awaited<ReturnType<typeof loadOnce>>[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await loadOnce(browser, site.root));
    const html = join(dist, 'reports', 'index.html');
    const pick = (key: 'loadKb' | 'indexKb' | 'fcpMs' | 'loadMs' | 'readyMs' | 'filterMs') =>
      median(runs.map((r) => r[key]));
    return {
      htmlKb: statSync(html).size / 1024,
      htmlGzKb: gzipSync(readFileSync(html)).length / 1024,
      loadKb: pick('loadKb'),
      indexKb: pick('indexKb'),
      fcpMs: pick('fcpMs'),
      loadMs: pick('loadMs'),
      readyMs: pick('readyMs'),
      filterMs: pick('filterMs'),
      shown: runs[0].shown,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

/** The report list section of the results, as Markdown, for the built sites given by size. */
export async function listSection(sites: Map<number, string>): Promise<string> {
  const rows: string[] = [];
  for (const [n, dist] of sites) {
    const m = await measureList(dist);
    const kb = (x: number) => x.toFixed(x < 100 ? 1 : 0);
    rows.push(
      `| ${n} | ${kb(m.htmlKb)} / ${kb(m.htmlGzKb)} | ${kb(m.loadKb)} | ${kb(m.indexKb)} | ${m.fcpMs.toFixed(0)} | ${m.loadMs.toFixed(0)} | ${m.readyMs.toFixed(0)} | ${m.filterMs.toFixed(0)} | ${m.shown} |`,
    );
  }
  return [
    '## Report list (headless Chromium, with JavaScript)',
    '',
    '`/reports/` opened with a cold cache from a gzipping server, median of five loads: its HTML',
    '(raw / gzipped), every byte sent until `load`, the list index the script fetches, ms to first',
    'contentful paint, to `load`, until the filters are ready, and to apply a filter (the first',
    "facet's first value) and paint it.",
    '',
    '| reports | HTML kB | kB sent to load | index kB sent | ms to first paint | ms to load | ms to filters ready | ms to filter | status after filtering |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows,
  ].join('\n');
}
