/**
 * Hostile text through the real build (Astro's own MDX compiler, not only the reference one
 * the writer's property tests use): a report full of MDX/JSX/HTML syntax builds, and its page
 * shows that syntax as text — no script, element or expression of it survives as markup. The
 * search finds that syntax and shows it as text too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { launchBrowser } from './helpers/browser.ts';
import { searchByUrl } from './helpers/search-page.ts';
import { buildSite, type BuiltSite } from './helpers/site.ts';

const SNIPPETS = [
  '{props.secret}',
  '<script>alert("x")</script>',
  '<Foo onClick={() => boom()} />',
  'import fs from "node:fs"',
  'export default 1',
  '`code`',
  '<img src=x onerror=alert(1)>',
  `\${process.env.HOME}`,
  '{/* 注释 */}',
  '[点我](javascript:alert(1))',
  'www.example.com',
  '*强调* _下划线_',
];
const SOURCE = `恶意文本测试报告\n\n一、主要工作\n${SNIPPETS.map((s) => `我区推进“双减”工作 ${s} 成效明显。`).join('\n')}\n`;

let site: BuiltSite;
beforeAll(() => {
  site = buildSite('/', { 'hostile.txt': SOURCE });
}, 300_000);
afterAll(() => site?.remove());

describe('hostile text through the real build', () => {
  it('builds, and the report page shows every snippet as text', () => {
    const html = readFileSync(join(site.dist, 'reports', 'hostile', 'index.html'), 'utf8');
    const main = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
    const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const text = main
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&#x27;/g, "'")
      .replace(/&#34;/g, '"');
    for (const s of SNIPPETS) expect(text, s).toContain(escapeHtml(s));
    const markup = /<script>alert|<img src=x|<foo\b|<[a-z][^>]*\son(?:click|error)=/i.exec(main);
    expect(markup && main.slice(markup.index - 200, markup.index + 100)).toBeNull();
    expect(main).not.toContain('href="javascript:');
  });

  it('finds the syntax by search and shows it in the results as text', async () => {
    const server = await serveStatic(site.dist, '/');
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      for (const q of ['<img', '</script>', '"<img src=x onerror=alert(1)>"', '{props.secret}']) {
        const answer = await searchByUrl(page, server.root, q);
        expect(answer.ids, q).toEqual(['hostile']);
        const results = page.locator('[data-search-results]');
        expect(await results.locator('img, script, foo').count(), q).toBe(0);
        const shown = q.replace(/^"|"$/g, '');
        expect(await results.locator('mark.hit').first().textContent(), q).toBe(shown);
      }
      expect(dialogs).toEqual([]);
      expect(browser.errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
