/**
 * Browser-side figures for the benchmark: what a search costs a reader (bytes over the wire,
 * time to first results, cold cache) and what a report page weighs, gzipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveStatic } from '../lib/static-server.ts';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

interface SearchFigures {
  query: string;
  /** Pagefind alone (its JS API, the first 5 results' data): candidates, bytes, ms. */
  engine: { results: number; bytes: number; ms: number };
  /**
   * The search page as a reader uses it (/search/?q=…, cold): everything fetched until its
   * first step of results is in (or it says why not), the ms to that, and what it took:
   * Pagefind fragments loaded by the verbatim check, results shown.
   */
  page: { bytes: number; ms: number; fragments: number; shown: number };
}

/** Bytes of every response in `page` while `run` runs, and the fragments among them. */
async function counting<T>(page: import('playwright-core').Page, run: () => Promise<T>): Promise<{ value: T; bytes: number; fragments: number }> {
  let bytes = 0;
  let fragments = 0;
  const pending: Promise<void>[] = [];
  const onResponse = (res: import('playwright-core').Response) => {
    pending.push(res.body().then((b) => { bytes += b.length; }, () => {}));
    if (res.url().includes('/pagefind/fragment/')) fragments++;
  };
  page.on('response', onResponse);
  const value = await run();
  await page.waitForTimeout(300);
  await Promise.all(pending);
  page.off('response', onResponse);
  return { value, bytes, fragments };
}

/** Measures each query twice, in fresh browser contexts: Pagefind alone, then the search page. */
async function measureSearch(dist: string, queries: string[]): Promise<SearchFigures[]> {
  const site = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
  const out: SearchFigures[] = [];
  try {
    for (const query of queries) {
      let context = await browser.newContext();
      let page = await context.newPage();
      await page.goto(site.home);
      const engine = await counting(page, () =>
        page.evaluate(async (q) => {
          const start = performance.now();
          // Loaded by the page from the site under test: a URL, not a module of this project.
          const url = '/pagefind/pagefind.js';
          const pagefind = await import(/* @vite-ignore */ url);
          const search = await pagefind.search(q);
          await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
          return { results: search.results.length as number, ms: performance.now() - start };
        }, query),
      );
      await context.close();

      context = await browser.newContext();
      page = await context.newPage();
      const ui = await counting(page, async () => {
        const start = performance.now();
        await page.goto(`${site.home}search/?q=${encodeURIComponent(query)}`);
        // Settled: the first step of checking is over (results shown, or the page says why not).
        await page.waitForFunction(() => {
          const status = document.querySelector('[data-search-status]')?.textContent ?? '';
          return status !== '' && !status.startsWith('正在搜索') && !document.querySelector('[data-search-results][aria-busy]');
        }, undefined, { timeout: 120_000 });
        return performance.now() - start;
      });
      const shown = await page.locator('[data-search-results] li').count();
      await context.close();
      out.push({
        query,
        engine: { results: engine.value.results, bytes: engine.bytes, ms: engine.value.ms },
        page: { bytes: ui.bytes, ms: ui.value, fragments: ui.fragments, shown },
      });
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return out;
}

/** The queries the benchmark searches for. */
const QUERIES = ['双减', '集团化办学', '教师交流轮岗', '课后服务 优质均衡'];

/** The search section of the results, as Markdown, for the built sites given by size. */
export async function searchSection(sites: Map<number, string>): Promise<string> {
  const rows: string[] = [];
  for (const [n, dist] of sites) {
    for (const m of await measureSearch(dist, QUERIES)) {
      const kb = (b: number) => (b / 1024).toFixed(1);
      rows.push(`| ${n} | ${m.query} | ${m.engine.results} | ${kb(m.engine.bytes)} | ${m.engine.ms.toFixed(0)} | ${kb(m.page.bytes)} | ${m.page.ms.toFixed(0)} | ${m.page.fragments} | ${m.page.shown} |`);
    }
  }
  return [
    '## Search (headless Chromium, cold cache)',
    '',
    "Pagefind alone: its JS API and the first 5 results' data. Search page: `/search/?q=…` as a reader",
    'uses it, everything fetched until its first step of results is in (page, assets, Pagefind,',
    'and the fragments the verbatim check loads; at most 50 candidates are checked per step).',
    '',
    '| reports | query | Pagefind candidates | Pagefind kB | Pagefind ms | page kB | page ms to results | fragments loaded | results shown |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

/** Gzipped weight of the first report page: its HTML plus the CSS and JS it links. */
export function pageWeight(dist: string): { page: string; html: number; css: number; js: number; total: number } {
  const id = readdirSync(join(dist, 'reports')).find((d) => !d.endsWith('.html'))!;
  const html = readFileSync(join(dist, 'reports', id, 'index.html'));
  const assets = [...html.toString().matchAll(/(?:href|src)="([^"]+\.(css|js))"/g)].map((m) => ({ path: m[1], kind: m[2] }));
  const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
  let css = 0;
  let js = 0;
  for (const a of assets) {
    const file = join(dist, a.path.replace(/^\/(?:[^/]+\/)*?(_astro|pagefind)\//, '$1/'));
    const size = gz(readFileSync(file));
    if (a.kind === 'css') css += size;
    else js += size;
  }
  const h = gz(html);
  return { page: `/reports/${id}/`, html: h, css, js, total: h + css + js };
}
