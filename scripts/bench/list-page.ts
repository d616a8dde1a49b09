/**
 * The report list in headless Chromium: the one page that grows with the corpus (every report
 * on it, so its filters work without JavaScript). How long it takes to load, from a server
 * that gzips as static hosts do, and to apply a filter (the first value of the first facet).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../lib/static-server.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from '../lib/chromium.ts';

interface ListFigures {
  htmlMb: number;
  loadMs: number;
  filterMs: number;
  shown: string;
}

async function measureList(dist: string): Promise<ListFigures> {
  const site = await serveStatic(dist, '/', { gzip: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1300 } });
    const start = performance.now();
    await page.goto(`${site.root}reports/`, { waitUntil: 'load', timeout: 120_000 });
    const loadMs = performance.now() - start;
    const select = page.locator('[data-report-filters] select').first();
    const value = await select.locator('option').nth(1).getAttribute('value');
    const filterStart = performance.now();
    await select.selectOption(value!);
    // Applied and painted: the status is written in the same task, then two frames.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const filterMs = performance.now() - filterStart;
    const shown = (await page.locator('[data-filter-status]').textContent()) ?? '';
    return { htmlMb: statSync(join(dist, 'reports', 'index.html')).size / 1e6, loadMs, filterMs, shown };
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
    rows.push(`| ${n} | ${m.htmlMb.toFixed(1)} | ${m.loadMs.toFixed(0)} | ${m.filterMs.toFixed(0)} | ${m.shown} |`);
  }
  return [
    '## Report list (headless Chromium, with JavaScript)',
    '',
    '`/reports/`, every report on one page: ms until its `load` event, and until a filter (the',
    "first facet's first value) is applied and painted.",
    '',
    '| reports | HTML MB | ms to load | ms to filter | status after filtering |',
    '|---:|---:|---:|---:|---|',
    ...rows,
  ].join('\n');
}
