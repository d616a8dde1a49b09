/**
 * Headless Chromium for the end-to-end tests: Debian's /usr/bin/chromium driven by
 * playwright-core (which downloads no browser), with a fresh empty profile per launch. Every
 * request to a host other than 127.0.0.1 is recorded and blocked, and page errors and console
 * errors are collected, so a test can assert the site stays on its own server.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../../scripts/lib/chromium.ts';

export { CHROMIUM };

export interface Browser {
  context: BrowserContext;
  /** URLs of requests that tried to leave 127.0.0.1 (all blocked). */
  outside: string[];
  /** Uncaught page errors and console errors, prefixed with the page URL. */
  errors: string[];
  newPage: (opts?: { width?: number; height?: number; dark?: boolean }) => Promise<Page>;
  close: () => Promise<void>;
}

/** Launches Chromium with a new user-data-dir; `javaScript: false` reads pages as a no-JS reader does. */
export async function launchBrowser(opts: { javaScript?: boolean } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    javaScriptEnabled: opts.javaScript ?? true,
  });
  const outside: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') {
      outside.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  const newPage = async (opts: { width?: number; height?: number; dark?: boolean } = {}) => {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()}: console: ${m.text()}`);
    });
    await page.setViewportSize({ width: opts.width ?? 1280, height: opts.height ?? 900 });
    await page.emulateMedia({ colorScheme: opts.dark ? 'dark' : 'light' });
    return page;
  };
  return {
    context,
    outside,
    errors,
    newPage,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
