/**
 * The site built at base `/`: the shared scenarios, plus accessibility (axe-core, light and
 * dark) on every page type, a report page without JavaScript, and the network cost of a
 * search.
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from './helpers/browser.ts';
import { seriousAxeViolations } from './helpers/axe.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedHits } from './helpers/oracle.ts';
import { readAnswer, searchInPage } from './helpers/search-page.ts';
import { siteScenarios, useSite } from './scenarios.ts';

const get = useSite('/');

/** Stands for the first report's id, known only once the site is built. */
const FIRST_REPORT = '<first-report>';

/** One page of each type, checked with axe in light and dark. */
const ACCESSIBILITY_PAGES = [
  '',
  'reports/',
  'reports/sorted/year/',
  'reports/by/year/',
  'reports/by/theme/th-jituanhua/',
  `reports/${FIRST_REPORT}/?hl=教育#p-1`,
  'themes/',
  'themes/jituanhua/',
  'places/',
  'places/320000/',
  'places/320113/',
  'indicators/',
  'compare/pairs/',
  'compare/004-f09e642452c74dbc-08/004-f09e642452c74dbc-15/',
  'compare/',
  'search/?q=集团化办学',
  'data/',
  'about/',
  'nope/',
];

/**
 * Per page and scheme. Measured on 2 cores at load 4.6: 0.8 to 3.2 s each, 52 s for all 34
 * (which is why one test for all of them, at 60 s, failed on a busy machine).
 */
const ACCESSIBILITY_TIMEOUT = 30_000;

describe('site at base /', () => {
  siteScenarios(get);

  it('finds exactly the reports containing each theme word (a regression set for Pagefind recall)', async () => {
    const { site, browser, reports, built } = get();
    const themes = JSON.parse(readFileSync(join(built.root, 'content', 'analysis', 'themes.json'), 'utf8')) as {
      name: string;
      variants: string[];
    }[];
    const words = [...new Set(themes.flatMap((t) => [t.name, ...t.variants]))].filter(
      (w) => expectedHits(reports, [w]).length > 0,
    );
    expect(words.length).toBeGreaterThan(30);
    const page = await browser.newPage();
    await page.goto(`${site.root}search/`);
    const wrong: string[] = [];
    for (const word of words) {
      const got = [...(await searchInPage(page, word)).ids].sort();
      const expected = expectedHits(reports, [word]);
      if (got.join() !== expected.join()) wrong.push(`${word}: expected ${expected.length}, got ${got.length}`);
    }
    expect(wrong).toEqual([]);
    await page.close();
  });

  it('finds exactly the reports containing any phrase taken from a paragraph, or a single character', async () => {
    const { site, browser, reports } = get();
    // Phrases of 2 to 6 characters cut from the paragraphs at seeded positions: the index holds
    // character pairs, so every phrase must be found wherever it is, whatever its words.
    let seed = 7;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const phrases = new Set<string>();
    while (phrases.size < 40) {
      const report = reports[next(reports.length)];
      const block = [...(report.blocks[next(report.blocks.length)] ?? '')];
      const length = 2 + next(5);
      const start = next(Math.max(1, block.length - length));
      const phrase = block.slice(start, start + length).join('');
      if (/^\p{Script=Han}+$/u.test(phrase)) phrases.add(phrase);
    }
    const queries = [...phrases, '岗', '减 双'];
    const page = await browser.newPage();
    await page.goto(`${site.root}search/`);
    const wrong: string[] = [];
    for (const q of queries) {
      const got = [...(await searchInPage(page, q)).ids].sort();
      const expected = expectedHits(reports, q.split(' '));
      if (got.join() !== expected.join()) wrong.push(`${q}: expected ${expected.length}, got ${got.length}`);
    }
    expect(wrong).toEqual([]);
    await page.close();
  });

  // One test per page and colour scheme, so a failure names the page and a busy machine cannot
  // push one long test past its limit; the timeout is nine times the slowest run measured.
  describe.each(['light', 'dark'])('has no serious accessibility problem (%s)', (scheme) => {
    it.each(ACCESSIBILITY_PAGES)(
      '/%s',
      async (path) => {
        const { site, browser, reports } = get();
        const page = await browser.newPage({ dark: scheme === 'dark' });
        try {
          await page.goto(site.root + path.replace(FIRST_REPORT, reports[0].id));
          if (path.startsWith('search/')) await readAnswer(page);
          const problems = await seriousAxeViolations(page);
          expect(problems.map((v) => `${v.id} ${v.help} ${v.targets.join(' | ')}`)).toEqual([]);
        } finally {
          await page.close();
        }
      },
      ACCESSIBILITY_TIMEOUT,
    );
  });

  it('starts every page with a visible skip link that moves focus to the main content', async () => {
    const { site, browser, reports } = get();
    const page = await browser.newPage();
    await page.goto(`${site.root}reports/${reports[0].id}/`);
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    expect(await skip.textContent()).toBe('跳到正文');
    const box = await skip.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('reads a report without JavaScript', async () => {
    const { site, reports } = get();
    const noJs = await launchBrowser({ javaScript: false });
    try {
      const page = await noJs.newPage();
      await page.goto(`${site.root}reports/${reports[0].id}/`);
      expect(await page.locator('[data-report-text] p').count()).toBeGreaterThan(3);
      expect(noJs.outside).toEqual([]);
    } finally {
      await noJs.close();
    }
  });

  it('loads search code only on the search page, and a search costs little', async () => {
    const { site, browser } = get();
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(site.root);
    await page.goto(`${site.root}reports/`);
    expect(fetched.filter((p) => /pagefind|to-simplified/.test(p))).toEqual([]);

    let raw = 0;
    let gzip = 0;
    page.on('response', async (res) => {
      const body = await res.body().catch(() => Buffer.alloc(0));
      raw += body.length;
      gzip += gzipSync(body).length;
    });
    await page.goto(`${site.root}search/?q=${encodeURIComponent('雙減')}`);
    await readAnswer(page);
    await page.waitForLoadState('networkidle');
    console.log(`search page + query 雙減: ${raw} bytes fetched (${gzip} bytes gzipped)`);
    expect(gzip).toBeLessThan(300_000);
    expect(fetched.filter((p) => /to-simplified/.test(p)).length).toBe(1);
    // Results are checked and quoted from the compact result texts, never Pagefind's page data.
    expect(fetched.filter((p) => p.includes('/pagefind/texts/')).length).toBeGreaterThan(0);
    expect(fetched.filter((p) => p.includes('/fragment/'))).toEqual([]);
    await page.close();
  });

  it('loads the Traditional converter only for a query that may need it', async () => {
    const { site, browser } = get();
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${site.root}search/?q=${encodeURIComponent('双减 "教师轮岗"')}`);
    await readAnswer(page);
    expect(fetched.some((p) => p.includes('/pagefind/'))).toBe(true);
    expect(fetched.filter((p) => /to-simplified/.test(p))).toEqual([]);
    await page.close();
  });
});
