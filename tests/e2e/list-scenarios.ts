/**
 * The report list, at base `/` (pages of 100) and under a sub-path (pages of four, so the
 * 25 seed reports take seven): without JavaScript, static pages of the whole list and of each
 * facet value, followed link by link; with it, the page's script filtering the whole corpus
 * from the list's index, paging in the browser, rendering rows exactly as the static pages do,
 * and keeping its state in the URL.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser } from './helpers/browser.ts';
import type { SiteContext } from './scenarios.ts';

/** Ids of the reports listed on the page, in order. */
async function listedIds(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('.report-list > li h3 a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return hrefs.map((h) => /\/reports\/([^/]+)\/$/.exec(h)![1]);
}

/** Ids on this page and every page after it, following the pager's "next" link. */
async function idsThroughPager(page: Page): Promise<string[]> {
  const ids = await listedIds(page);
  for (let guard = 0; guard < 100; guard++) {
    const next = page.locator('[data-list-pager] a[rel="next"]');
    if ((await next.count()) === 0) return ids;
    const before = await page.locator('[data-list-summary]').textContent();
    await next.click();
    await expect.poll(() => page.locator('[data-list-summary]').textContent()).not.toBe(before);
    ids.push(...(await listedIds(page)));
  }
  throw new Error('pager never ends');
}

/** Opens a list page with JavaScript and waits for its filters (the index loaded). */
async function openList(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-report-filters] select:not([disabled])').first().waitFor();
}

const sorted = (ids: readonly string[]) => [...ids].sort();

export function listScenarios(get: () => SiteContext): void {
  describe('report list', () => {
    it('pages the whole list without JavaScript, every report once, in title order', async () => {
      const { site, reports } = get();
      const index = (await (await fetch(`${site.root}reports/list-index.json`)).json()) as {
        s: number;
        r: { i: string[] };
      };
      const noJs = await launchBrowser({ javaScript: false });
      try {
        const page = await noJs.newPage();
        await page.goto(`${site.root}reports/`);
        expect(await page.locator('[data-report-filters]').isVisible()).toBe(false);
        expect(await listedIds(page)).toHaveLength(Math.min(index.s, reports.length));
        const ids = await idsThroughPager(page);
        expect(ids).toEqual(index.r.i);
        expect(sorted(ids)).toEqual(sorted(reports.map((r) => r.id)));
        expect(noJs.errors).toEqual([]);
      } finally {
        await noJs.close();
      }
    });

    it("lists one facet value's reports without JavaScript, from the facet's page of values", async () => {
      const { site, reports } = get();
      const year = reports.flatMap((r) => r.years)[0];
      const expected = reports.filter((r) => r.years.includes(year)).map((r) => r.id);
      expect(expected.length).toBeLessThan(reports.length);
      const noJs = await launchBrowser({ javaScript: false });
      try {
        const page = await noJs.newPage();
        await page.goto(`${site.root}reports/`);
        await page.getByRole('navigation', { name: '按条件浏览' }).getByRole('link', { name: '年份' }).click();
        await page.getByRole('link', { name: `${year}年`, exact: true }).click();
        expect(new URL(page.url()).pathname).toBe(`${new URL(site.root).pathname}reports/by/year/y${year}/`);
        expect(await page.locator('h1').textContent()).toBe(`报告：${year}年`);
        expect(sorted(await idsThroughPager(page))).toEqual(sorted(expected));
      } finally {
        await noJs.close();
      }
    });

    it('filters the whole corpus with JavaScript, across pages, facets combined, state in the URL', async () => {
      const { site, reports, browser } = get();
      const base = new URL(site.root).pathname;
      const page = await browser.newPage();
      try {
        const staticIds = async (path: string) => {
          const ids = new Set<string>();
          for (let url: string | undefined = `${site.root}${path}`; url; ) {
            const html: string = await (await fetch(url)).text();
            const list = /<ol class="report-list">([\s\S]*?)<\/ol>/.exec(html)![1];
            for (const [, id] of list.matchAll(/<h3><a href="[^"]*\/reports\/([^/"]+)\/">/g)) ids.add(id);
            const next: string | undefined = /<a href="([^"]+)" rel="next">/.exec(html)?.[1];
            url = next ? new URL(next, url).href : undefined;
          }
          return ids;
        };
        await openList(page, `${site.root}reports/`);

        // The most mentioned theme: more reports than a page holds under the sub-path.
        const theme = (await page.locator('#f-theme option').nth(1).getAttribute('value'))!;
        await page.selectOption('#f-theme', theme);
        const themeIds = await idsThroughPager(page);
        expect(sorted(themeIds)).toEqual(sorted([...(await staticIds(`reports/by/theme/${theme}/`))]));
        expect(themeIds.length).toBeGreaterThan(4);
        await page.selectOption('#f-theme', '');

        const year = reports.flatMap((r) => r.years)[0];
        const inYear = reports.filter((r) => r.years.includes(year)).map((r) => r.id);
        await page.selectOption('#f-year', `y${year}`);
        await expect
          .poll(() => page.locator('[data-filter-status]').textContent())
          .toBe(`找到 ${inYear.length} 篇报告`);
        // One value in title order has a static page: the URL is that page's.
        expect(new URL(page.url()).pathname).toBe(`${base}reports/by/year/y${year}/`);
        expect(await page.locator('h1').textContent()).toBe(`报告：${year}年`);
        expect(sorted(await idsThroughPager(page))).toEqual(sorted(inYear));

        // A second facet: the reports of both static pages, nothing else.
        const types = await page
          .locator('#f-type option')
          .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
        const yearIds = await staticIds(`reports/by/year/y${year}/`);
        let both: string[] = [];
        let type = '';
        for (const t of types) {
          const typeIds = await staticIds(`reports/by/type/${t}/`);
          both = [...yearIds].filter((id) => typeIds.has(id));
          type = t;
          if (both.length > 0) break;
        }
        expect(both.length).toBeGreaterThan(0);
        await page.selectOption('#f-type', type);
        await expect.poll(() => page.locator('[data-filter-status]').textContent()).toBe(`找到 ${both.length} 篇报告`);
        expect(new URL(page.url()).pathname).toBe(`${base}reports/`);
        expect(new URL(page.url()).search).toBe(`?year=y${year}&type=${type}`);
        expect(await page.locator('h1').textContent()).toBe('全部报告');
        expect(sorted(await idsThroughPager(page))).toEqual(sorted(both));
        expect(await page.locator('a[data-keep-filters]').first().getAttribute('href')).toBe(
          `${base}reports/sorted/year/?year=y${year}&type=${type}`,
        );

        // The shared link, in another order: the same reports, newest first.
        await openList(page, `${site.root}reports/sorted/year/?year=y${year}&type=${type}`);
        await expect.poll(() => page.locator('[data-list-summary]').textContent()).toContain(`共 ${both.length} 篇`);
        expect(sorted(await idsThroughPager(page))).toEqual(sorted(both));

        await page.click('[data-report-filters] button[type="reset"]');
        await expect.poll(() => new URL(page.url()).pathname).toBe(`${base}reports/sorted/year/`);
        expect(new URL(page.url()).search).toBe('');
        expect(await page.locator('[data-list-summary]').textContent()).toContain(`共 ${reports.length} 篇`);
      } finally {
        await page.close();
      }
    });

    it('renders rows and pager in the browser exactly as the static pages have them', async () => {
      const { site, browser } = get();
      const page = await browser.newPage();
      try {
        const staticList = async (path: string) => {
          await page.goto(`${site.root}${path}`);
          return {
            list: await page.locator('.report-list').innerHTML(),
            pager: await page.locator('[data-list-pager]').innerHTML(),
          };
        };
        const first = await staticList('reports/');
        const hasSecond = (await page.locator('[data-list-pager] a[rel="next"]').count()) > 0;
        const second = hasSecond ? await staticList('reports/page/2/') : undefined;

        await openList(page, `${site.root}reports/`);
        await page.selectOption('#f-flag', { index: 1 });
        await expect.poll(() => page.locator('.report-list').innerHTML()).not.toBe(first.list);
        await page.click('[data-report-filters] button[type="reset"]');
        await expect.poll(() => page.locator('.report-list').innerHTML()).toBe(first.list);
        expect(await page.locator('[data-list-pager]').innerHTML()).toBe(first.pager);
        if (second) {
          await page.click('[data-list-pager] a[rel="next"]');
          await expect.poll(() => page.locator('.report-list').innerHTML()).toBe(second.list);
          expect(await page.locator('[data-list-pager]').innerHTML()).toBe(second.pager);
          expect(new URL(page.url()).pathname).toBe(`${new URL(site.root).pathname}reports/page/2/`);
          // Back to page 1, in the browser.
          await page.goBack();
          await expect.poll(() => page.locator('.report-list').innerHTML()).toBe(first.list);
        }
      } finally {
        await page.close();
      }
    });
  });
}
