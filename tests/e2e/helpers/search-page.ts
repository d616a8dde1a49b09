/**
 * Driving the search page as a reader does, and reading its answer back: the result links
 * (report ids) once the status line says the search is finished.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface SearchAnswer {
  /** Report ids of the results, in order. */
  ids: string[];
  /** The result links as shown (with `?hl=` and `#p-N`). */
  hrefs: string[];
  status: string;
}

const FINISHED = /找到|没有找到|已显示|失败/;

/** Reads the finished answer of the search page currently shown. */
export async function readAnswer(page: Page): Promise<SearchAnswer> {
  const status = page.locator('[data-search-status]');
  await status.filter({ hasText: FINISHED }).waitFor({ timeout: 15_000 });
  // Load every page of results, so the answer is complete.
  while (await page.locator('[data-search-more]:visible').count()) {
    const before = await page.locator('[data-search-results] > li').count();
    await page.click('[data-search-more]');
    // The page marks the list busy while it checks the next candidates; wait until it is done.
    await page.waitForFunction(() => !document.querySelector('[data-search-results][aria-busy="true"]'));
    expect(await page.locator('[data-search-results] > li').count()).toBeGreaterThanOrEqual(before);
  }
  const hrefs = await page
    .locator('[data-search-results] > li h3 a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const ids = hrefs.map((h) => /\/reports\/([^/]+)\//.exec(new URL(h).pathname)?.[1] ?? h);
  return { ids, hrefs, status: (await status.textContent()) ?? '' };
}

/** Opens /search/ with the query (and filters) in the URL, as a shared link would. */
export async function searchByUrl(
  page: Page,
  root: string,
  q: string,
  filters: Record<string, string> = {},
): Promise<SearchAnswer> {
  const params = new URLSearchParams({ q, ...filters });
  await page.goto(`${root}search/?${params}`);
  return readAnswer(page);
}

/** Types a query into the search page already open and submits it (no reload, as a reader does). */
export async function searchInPage(page: Page, q: string): Promise<SearchAnswer> {
  await page.evaluate(() => {
    document.querySelector('[data-search-status]')!.textContent = '';
  });
  await page.fill('input[name="q"]', q);
  await page.press('input[name="q"]', 'Enter');
  return readAnswer(page);
}
