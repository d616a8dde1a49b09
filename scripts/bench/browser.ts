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

/** Runs each query through Pagefind's JS API in a fresh page; counts Pagefind's bytes. */
export async function measureSearch(dist: string, queries: string[]): Promise<Array<{ query: string; results: number; bytes: number; ms: number }>> {
  const site = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
  const out = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let bytes = 0;
      page.on('response', async (res) => {
        if (res.url().includes('/pagefind/')) bytes += (await res.body().catch(() => Buffer.alloc(0))).length;
      });
      await page.goto(site.home);
      const { results, ms } = await page.evaluate(async (q) => {
        const start = performance.now();
        // Loaded by the page from the site under test: a URL, not a module of this project.
        const url = '/pagefind/pagefind.js';
        const pagefind = await import(/* @vite-ignore */ url);
        const search = await pagefind.search(q);
        await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
        return { results: search.results.length, ms: performance.now() - start };
      }, query);
      await page.waitForTimeout(200);
      out.push({ query, results, bytes, ms });
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return out;
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
