/**
 * The end-to-end scenarios every build must pass, at base `/` and under a sub-path: search
 * in either script, exact phrases, absent words, filters, landing highlighted on the
 * paragraph from a result and from a theme passage, every internal link resolving, and no
 * page error or request leaving 127.0.0.1. Each test file builds its own site once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './helpers/browser.ts';
import { crawl } from './helpers/crawl.ts';
import { expectedHits, readReports, type ReportText } from './helpers/oracle.ts';
import { readAnswer, searchByUrl } from './helpers/search-page.ts';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server.ts';
import { buildSite, type BuiltSite } from './helpers/site.ts';
import type { ShardList } from '../../shared/search/shards.ts';
import { listScenarios } from './list-scenarios.ts';

export interface SiteContext {
  built: BuiltSite;
  site: StaticSite;
  browser: Browser;
  reports: ReportText[];
  page: () => Promise<Page>;
}

/** Builds (with `env`), serves and opens the site once for the file; returns a getter for the context. */
export function useSite(base: string, env: Record<string, string> = {}): () => SiteContext {
  let ctx: SiteContext | undefined;
  beforeAll(async () => {
    const built = buildSite(base, {}, env);
    const site = await serveStatic(built.dist, base);
    const browser = await launchBrowser();
    const reports = readReports(built.dist);
    let shared: Page | undefined;
    ctx = { built, site, browser, reports, page: async () => (shared ??= await browser.newPage()) };
  }, 180_000);
  afterAll(async () => {
    await ctx?.browser.close();
    await ctx?.site.close();
    ctx?.built.remove();
  });
  return () => {
    if (!ctx) throw new Error('site not built');
    return ctx;
  };
}

/** Asserts that the page shows `#p-N` (or `#h-N`) as the target, highlighted and on screen. */
export async function expectLandedOnHit(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  const hash = new URL(page.url()).hash.slice(1);
  expect(hash).toMatch(/^[ph]-\d+$/);
  const target = page.locator(`[id="${hash}"]`);
  expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect.poll(() => target.locator('mark.hit').count()).toBeGreaterThan(0);
  expect(await target.evaluate((el) => el.classList.contains('is-hit'))).toBe(true);
  const box = await target.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeLessThan(viewport.height);
}

/** The scenarios, declared inside the caller's describe block. */
export function siteScenarios(get: () => SiteContext): void {
  listScenarios(get);

  describe('search', () => {
    it('finds the same reports for 双减 and 雙減, and exactly those whose text has 双减', async () => {
      const { site, reports } = get();
      const page = await get().page();
      const simplified = await searchByUrl(page, site.root, '双减');
      const traditional = await searchByUrl(page, site.root, '雙減');
      expect(simplified.ids.length).toBeGreaterThan(0);
      expect(traditional.ids).toEqual(simplified.ids);
      expect([...simplified.ids].sort()).toEqual(expectedHits(reports, ['双减']));
      expect(traditional.status).toContain('双减');
    });

    it('gives no results when one of the words occurs nowhere', async () => {
      const { site, reports } = get();
      const page = await get().page();
      expect(expectedHits(reports, ['火星'])).toEqual([]);
      const alone = await searchByUrl(page, site.root, '集团化办学');
      expect(alone.ids.length).toBeGreaterThan(0);
      const both = await searchByUrl(page, site.root, '集团化办学 火星');
      expect(both.ids).toEqual([]);
      expect(both.status).toContain('火星');
    });

    it('requires every word, and a quoted phrase as written', async () => {
      const { site, reports } = get();
      const page = await get().page();
      const words = expectedHits(reports, ['教师', '轮岗']);
      const phrase = expectedHits(reports, ['教师轮岗']);
      expect(phrase.length).toBeGreaterThan(0);
      expect(phrase.length).toBeLessThan(words.length); // the corpus tells the two apart
      expect([...(await searchByUrl(page, site.root, '教师 轮岗')).ids].sort()).toEqual(words);
      expect([...(await searchByUrl(page, site.root, '"教师轮岗"')).ids].sort()).toEqual(phrase);
      expect([...(await searchByUrl(page, site.root, '“教師輪崗”')).ids].sort()).toEqual(phrase);
    });

    it('finds Taiwan vocabulary as the ingest rewrote it', async () => {
      const { site, reports } = get();
      const page = await get().page();
      for (const [q, mainland] of [
        ['大資料', '大数据'],
        ['高品質發展', '高质量发展'],
        ['寬頻網路', '宽带网络'],
      ]) {
        const expected = expectedHits(reports, [mainland]);
        expect(expected.length, q).toBeGreaterThan(0);
        const answer = await searchByUrl(page, site.root, q);
        expect([...answer.ids].sort(), q).toEqual(expected);
        expect(answer.status, q).toContain(`按简体“${mainland}”搜索`);
      }
    });

    it('finds symbols and full-width letters and digits as the text has them', async () => {
      const { site, reports } = get();
      const page = await get().page();
      // The query as typed, and as the reports write it (full-width forms fold to ASCII).
      for (const [q, written] of [
        ['+N', '+N'],
        ['*+N', '*+N'],
        ['１００％', '100%'],
        ['ＸＸ％', 'XX%'],
      ]) {
        const expected = expectedHits(reports, [written]);
        expect(expected.length, q).toBeGreaterThan(0);
        expect([...(await searchByUrl(page, site.root, q)).ids].sort(), q).toEqual(expected);
      }
    });

    it('gives the total: a range while candidates are left, the exact count once all are checked', async () => {
      const { site, reports, built } = get();
      const page = await get().page();
      const expected = expectedHits(reports, ['教育']);
      expect(expected.length).toBeGreaterThan(10); // more than one page of results
      const oneShard =
        (JSON.parse(readFileSync(join(built.dist, 'pagefind', 'shards.json'), 'utf8')) as ShardList).merge.length === 0;
      await page.goto(`${site.root}search/?q=${encodeURIComponent('教育')}`);
      const status = page.locator('[data-search-status]');
      await status.filter({ hasText: /找到/ }).waitFor({ timeout: 15_000 });
      const first = (await status.textContent()) ?? '';
      const shown = await page.locator('[data-search-results] > li').count();
      expect(shown).toBe(10);
      // Never the number of unchecked candidates as a count of hits: checked and found, then a bound.
      const m = oneShard
        ? /^已核对 (\d+) 篇，找到 (\d+) 篇包含“教育”的报告；索引另有 (\d+) 篇候选尚待核对，总数在 (\d+) 到 (\d+) 篇之间。$/.exec(
            first,
          )
        : /^已核对 (\d+) 篇，找到 (\d+) 篇包含“教育”的报告；较早的报告尚未查找，总数至少 (\d+) 篇。$/.exec(first);
      expect(m, first).not.toBeNull();
      const [checked, found, ...bounds] = m!.slice(1).map(Number);
      expect(found).toBe(shown);
      expect(checked).toBeGreaterThanOrEqual(found);
      if (oneShard) {
        const [left, low, high] = bounds;
        expect(low).toBe(found);
        expect(high).toBe(found + left);
        expect(low).toBeLessThan(expected.length);
        expect(high).toBeGreaterThanOrEqual(expected.length);
      } else {
        expect(bounds[0]).toBe(found);
      }
      const all = await readAnswer(page);
      expect(all.ids).toHaveLength(expected.length);
      expect(all.status).toBe(`找到 ${expected.length} 篇包含“教育”的报告。`);
    });

    it('finds nothing for a query of quote marks only, and says so', async () => {
      const { site } = get();
      const page = await get().page();
      for (const q of ['"""', '“”', '「」', ' “ ” ']) {
        const answer = await searchByUrl(page, site.root, q);
        expect(answer.ids, q).toEqual([]);
        expect(answer.status, q).toContain('中没有可以查找的词语');
      }
    });

    it('points a query that is a theme’s wording to the theme page, and says why the counts differ', async () => {
      const { site } = get();
      const page = await get().page();
      await searchByUrl(page, site.root, '雙減');
      const note = page.locator('[data-theme-note]');
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toContain('主题“双减”');
      expect(await note.locator('a').getAttribute('href')).toBe(`${new URL(site.root).pathname}themes/shuangjian/`);
      await searchByUrl(page, site.root, '学校 教师');
      expect(await note.isVisible()).toBe(false);
    });

    it('filters by year, from the URL and from the form', async () => {
      const { site, reports } = get();
      const page = await get().page();
      const year = reports.flatMap((r) => r.years)[0];
      expect(year).toBeDefined();
      const expected = expectedHits(reports, ['教育'], (r) => r.years.includes(year));
      expect(expected.length).toBeLessThan(expectedHits(reports, ['教育']).length);
      expect([...(await searchByUrl(page, site.root, '教育', { year: String(year) })).ids].sort()).toEqual(expected);
      await searchByUrl(page, site.root, '教育');
      await page.selectOption('select[name="year"]', String(year));
      await page.waitForURL(new RegExp(`year=${year}`));
      expect([...(await readAnswer(page)).ids].sort()).toEqual(expected);
    });

    it('keeps the query in the URL, so a search can be shared', async () => {
      const { site } = get();
      const page = await get().page();
      await page.goto(`${site.root}search/`);
      await page.fill('input[name="q"]', '集团化办学');
      await page.press('input[name="q"]', 'Enter');
      await page.waitForURL(/[?&]q=/);
      expect(new URL(page.url()).searchParams.get('q')).toBe('集团化办学');
      expect((await readAnswer(page)).ids.length).toBeGreaterThan(0);
    });

    it('sends a result to its paragraph, highlighted', async () => {
      const { site } = get();
      const page = await get().page();
      const answer = await searchByUrl(page, site.root, '雙減');
      expect(answer.hrefs[0]).toContain(`${new URL(site.root).pathname}reports/`);
      await page.click('[data-search-results] > li h3 a');
      await expectLandedOnHit(page);
      expect(await page.locator('mark.hit').first().textContent()).toBe('双减');
    });
  });

  describe('report pages', () => {
    it('highlights a term running across a theme link or a masked figure, from a search result', async () => {
      const { site, reports } = get();
      const page = await get().page();
      for (const term of ['义务教育巩固率保持在100%', '*+N']) {
        const expected = expectedHits(reports, [term]);
        expect(expected.length, term).toBeGreaterThan(0);
        const answer = await searchByUrl(page, site.root, term);
        expect([...answer.ids].sort(), term).toEqual(expected);
        await page.click('[data-search-results] > li h3 a');
        await expectLandedOnHit(page);
        const target = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
        // One occurrence, marked piece by piece on each side of the inline element.
        expect(await target.locator('mark.hit').count(), term).toBeGreaterThan(1);
        expect((await target.locator('mark.hit').allTextContents()).join(''), term).toContain(term);
        expect(await page.locator('[data-hit-terms]').textContent(), term).toMatch(/^已高亮 \d+ 处/);
      }
    });

    it('highlights the hl words even when the hash is malformed', async () => {
      const { site, reports } = get();
      const page = await get().page();
      const errors = get().browser.errors.length;
      await page.goto(`${site.root}reports/${reports[0].id}/?hl=${encodeURIComponent('教育')}#%E0%A4%A`);
      await expect.poll(() => page.locator('[data-report-text] mark.hit').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-hit-terms]').textContent()).toMatch(/^已高亮 \d+ 处：教育$/);
      expect(get().browser.errors.slice(errors)).toEqual([]);
    });
  });

  describe('themes', () => {
    it('sends a theme passage to its paragraph, highlighted', async () => {
      const { site } = get();
      const page = await get().page();
      await page.goto(`${site.root}themes/jituanhua/`);
      const link = page.locator('a.goto').first();
      const href = (await link.getAttribute('href'))!;
      expect(href.startsWith(`${new URL(site.root).pathname}reports/`)).toBe(true);
      await link.click();
      await expectLandedOnHit(page);
    });
  });

  describe('comparison', () => {
    const pairA = '004-f09e642452c74dbc-08';
    const pairB = '004-f09e642452c74dbc-15';

    it('shows the pair the analysis found side by side, the changed character marked, and links its copies', async () => {
      const { site } = get();
      const page = await get().page();
      await page.goto(`${site.root}reports/${pairA}/`);
      await page.locator('a', { hasText: '并排对照' }).first().click();
      await page.waitForURL(`**/compare/${pairA}/${pairB}/`);
      const a = page.locator('[data-side="a"] mark.same[data-passage="1"]').first();
      expect(await a.textContent()).toBe('为了缩小城乡、区域');
      expect(await page.locator('[data-side="a"] ins.changed[data-passage="1"]').first().textContent()).toBe('、');
      expect(await page.locator('[data-side="b"] ins.changed[data-passage="1"]').first().textContent()).toBe('和');
      await a.click();
      await expect.poll(() => page.locator('[data-side="b"] .is-linked').count()).toBe(1);
    });

    it('compares any two reports in the browser, with the same passages as the build', async () => {
      const { site } = get();
      const page = await get().page();
      await page.goto(`${site.root}compare/${pairA}/${pairB}/`);
      const built = await page.locator('[data-compare]').innerHTML();
      await page.goto(`${site.root}compare/`);
      await page.selectOption('select[name="a"]', pairA);
      await page.selectOption('select[name="b"]', pairB);
      await page.getByRole('button', { name: '对照' }).click();
      await expect.poll(() => page.locator('[data-compare-status]').textContent()).toContain('对照完成');
      const inBrowser = await page.locator('[data-compare]').innerHTML();
      const sides = (html: string) =>
        [...html.matchAll(/<div class="side"[^>]*data-side="[ab]"[^>]*>([\s\S]*?)<\/div>/g)].map((m) =>
          m[1].replace(/ data-astro-cid-\w+(="")?/g, ''),
        );
      expect(sides(inBrowser)).toEqual(sides(built));
      expect(new URL(page.url()).search).toBe(`?a=${pairA}&b=${pairB}`);
    });
  });

  describe('the site as a whole', () => {
    it('resolves every internal link, asset and download under the base path', async () => {
      const result = await crawl(get().site.root);
      expect(result.broken).toEqual([]);
      expect(result.outsideBase).toEqual([]);
      expect(result.pages).toBeGreaterThan(get().reports.length);
    });

    it('had no page errors and no request leaving 127.0.0.1', () => {
      expect(get().browser.errors).toEqual([]);
      expect(get().browser.outside).toEqual([]);
    });
  });
}
