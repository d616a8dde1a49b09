/**
 * Browser-side figures for the benchmark: what a search costs a reader (bytes over the wire,
 * time to first results, cold cache) and what a report page weighs, gzipped. The report
 * list's load is in ./list-page.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';

interface SearchFigures {
  query: string;
  /**
   * The search page as a reader uses it (/search/?q=…, cold cache, from a server that gzips
   * text as static hosts do): bytes over the wire and decoded, ms until its first step of
   * results is in (or it says why not), Pagefind's candidates, result texts the verbatim check
   * loaded, results shown.
   */
  page: { transferred: number; decoded: number; ms: number; candidates: number; texts: number; shown: number };
}

/** Bytes of every response in `page` while `run` runs (as sent, and decoded), and the result texts among them. */
async function counting<T>(
  page: import('playwright-core').Page,
  run: () => Promise<T>,
): Promise<{ value: T; transferred: number; decoded: number; texts: number }> {
  let transferred = 0;
  let decoded = 0;
  let texts = 0;
  const pending: Promise<void>[] = [];
  const onResponse = (res: import('playwright-core').Response) => {
    pending.push(
      res.body().then(
        (b) => {
          decoded += b.length;
        },
        () => {},
      ),
    );
    pending.push(
      res
        .request()
        .sizes()
        .then(
          (s) => {
            transferred += s.responseBodySize;
          },
          () => {},
        ),
    );
    if (res.url().includes('/pagefind/texts/')) texts++;
  };
  page.on('response', onResponse);
  const value = await run();
  await page.waitForTimeout(300);
  await Promise.all(pending);
  page.off('response', onResponse);
  return { value, transferred, decoded, texts };
}

/** Measures each query in a fresh browser context. */
async function measureSearch(dist: string, queries: string[]): Promise<SearchFigures[]> {
  const site = await serveStatic(dist, '/', { gzip: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const out: SearchFigures[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const ui = await counting(page, async () => {
        const start = performance.now();
        await page.goto(`${site.root}search/?q=${encodeURIComponent(query)}`);
        // Settled: the first step of checking is over (results shown, or the page says why not).
        await page.waitForFunction(
          () => {
            const status = document.querySelector('[data-search-status]')?.textContent ?? '';
            return (
              status !== '' &&
              !status.startsWith('正在搜索') &&
              !document.querySelector('[data-search-results][aria-busy]')
            );
          },
          undefined,
          { timeout: 120_000 },
        );
        return performance.now() - start;
      });
      const shown = await page.locator('[data-search-results] li').count();
      const candidates = Number((await page.locator('[data-search-results]').getAttribute('data-candidates')) ?? 0);
      await context.close();
      out.push({
        query,
        page: { transferred: ui.transferred, decoded: ui.decoded, ms: ui.value, candidates, texts: ui.texts, shown },
      });
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return out;
}

/** The queries the benchmark searches for: Simplified and Traditional, words, a phrase of words, two terms, one character. */
const QUERIES = ['双减', '集团化办学', '教师交流轮岗', '课后服务 优质均衡', '雙減', '岗'];

/** The search section of the results, as Markdown, for the built sites given by size. */
export async function searchSection(sites: Map<number, string>): Promise<string> {
  const rows: string[] = [];
  for (const [n, dist] of sites) {
    for (const m of await measureSearch(dist, QUERIES)) {
      const kb = (b: number) => (b / 1024).toFixed(1);
      rows.push(
        `| ${n} | ${m.query} | ${m.page.candidates} | ${m.page.texts} | ${m.page.shown} | ${kb(m.page.transferred)} | ${kb(m.page.decoded)} | ${m.page.ms.toFixed(0)} |`,
      );
    }
  }
  return [
    '## Search (headless Chromium, cold cache)',
    '',
    'The search page, `/search/?q=…`, as a reader uses it: everything fetched until its first step',
    'of results is in (page, assets, Pagefind, the result texts the verbatim check loads; at most 50',
    'candidates are checked per step). Served as a static host serves it: text files gzipped,',
    "Pagefind's files as they are (compressed already). kB over the wire, and decoded.",
    '',
    '| reports | query | candidates | texts loaded | results shown | kB transferred | kB decoded | ms to results |',
    '|---:|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

/** Gzipped weight of the first report page: its HTML plus the CSS and JS it links. */
export function pageWeight(dist: string): { page: string; html: number; css: number; js: number; total: number } {
  const id = readdirSync(join(dist, 'reports')).find((d) => !d.endsWith('.html'))!;
  const html = readFileSync(join(dist, 'reports', id, 'index.html'));
  const assets = [...html.toString().matchAll(/(?:href|src)="([^"]+\.(css|js))"/g)].map((m) => ({
    path: m[1],
    kind: m[2],
  }));
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
