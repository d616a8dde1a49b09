/**
 * Screenshots of every page type at phone and desktop widths, light and dark, for looking
 * at (not a test). Usage: `node tests/e2e/screenshots.ts [dist] [out]` (defaults: dist/,
 * /tmp/shots/); build first with `npm run build`. `SHOT_FULL=1` captures whole pages instead
 * of the first screen, `SHOT_SELECTOR=css` one element; `SHOT_PAGES=name=path,…` picks pages.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './helpers/browser.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { projectRoot } from './helpers/site.ts';

const dist = process.argv[2] ?? join(projectRoot, 'dist');
const out = process.argv[3] ?? '/tmp/shots';
const pages = (
  process.env.SHOT_PAGES ??
  [
    'home=',
    'reports=reports/',
    'report=reports/000-b15e6c042aa66c80/',
    'report-tw=reports/003-a17b4227efebd22b/',
    'report-hit=reports/001-11e03806d8f99e7c/?hl=双减#p-2',
    'themes=themes/',
    'theme=themes/jituanhua/',
    'places=places/',
    'place=places/320000/',
    'search=search/?q=雙減',
    'data=data/',
    'about=about/',
  ].join(',')
)
  .split(',')
  .map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)] as const);

mkdirSync(out, { recursive: true });
const site = await serveStatic(dist, '/');
const browser = await launchBrowser();
for (const [name, path] of pages) {
  for (const [width, label] of [
    [1280, 'desktop'],
    [390, 'phone'],
  ] as const) {
    for (const dark of [false, true]) {
      const page = await browser.newPage({ width, height: label === 'phone' ? 844 : 900, dark });
      await page.goto(site.root + path, { waitUntil: 'networkidle' });
      if (name.startsWith('search'))
        await page.waitForSelector('[data-search-results] li', { timeout: 5000 }).catch(() => {});
      const file = join(out, `${name}-${label}-${dark ? 'dark' : 'light'}.png`);
      const only = process.env.SHOT_SELECTOR;
      if (only) await page.locator(only).first().screenshot({ path: file });
      else await page.screenshot({ path: file, fullPage: process.env.SHOT_FULL === '1' && !path.includes('#') });
      await page.close();
    }
  }
}
console.log(`wrote ${pages.length * 4} screenshots to ${out}`);
if (browser.errors.length) console.log(`errors:\n${browser.errors.join('\n')}`);
if (browser.outside.length) console.log(`outside requests:\n${browser.outside.join('\n')}`);
await browser.close();
await site.close();
