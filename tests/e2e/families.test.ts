/**
 * Where a passage came from, and a bureau across years, through the real build under a
 * sub-path: the shipped corpus plus one county's summaries of 2021–2023 and a neighbour's of
 * 2022 (tests/fixtures/site-families), which share one template paragraph. The family page
 * orders the copies in time, names the earliest holder and marks where copies differ; report
 * pages link to it; the 2022 report says what it carried over from 2021 and which figure changed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server.ts';
import { projectRoot } from '../helpers/project-copy.ts';
import { seriousAxeViolations } from './helpers/axe.ts';
import { launchBrowser, type Browser } from './helpers/browser.ts';
import { crawl } from './helpers/crawl.ts';
import { buildSite, type BuiltSite } from './helpers/site.ts';

const FIXTURES = join(projectRoot, 'tests/fixtures/site-families');
const BASE = '/sub/';

let built: BuiltSite;
let server: StaticSite;
let browser: Browser;
beforeAll(async () => {
  const sources = Object.fromEntries(
    readdirSync(FIXTURES).map((name) => [name, readFileSync(join(FIXTURES, name), 'utf8')]),
  );
  built = buildSite(BASE, sources);
  server = await serveStatic(built.dist, BASE);
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  built?.remove();
});

/** The one family's page path, read from the analysis the build wrote. */
function familyPath(): string {
  const copies = JSON.parse(readFileSync(join(built.root, 'content/analysis/copies.json'), 'utf8'));
  expect(copies.families).toHaveLength(1);
  return `passages/${copies.families[0].id}/`;
}

describe('passage families and a bureau over the years', () => {
  it('lists the family with its reach and earliest holder', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.root}passages/`);
    const row = page.locator('tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('td').allInnerTexts()).toEqual([
      '全县坚持把教师队伍建设作为教育发展的…工作，深入推进县管校聘管理改革，建立城乡…',
      '4',
      '100',
      '青阳县教育局2021年工作总结',
    ]);
    await page.close();
  });

  it('shows the copies in time order, the earliest named, and marks where they differ', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.root}${familyPath()}`);
    expect(await page.locator('main p.readable').textContent()).toContain(
      '最早的是《青阳县教育局2021年工作总结》（2021年）',
    );
    expect(await page.locator('.consensus').textContent()).toBe(
      '全县坚持把教师队伍建设作为教育发展的…工作，深入推进县管校聘管理改革，建立城乡…校际之间教师交流轮岗的长效机制，每年交流轮岗教师比例不低于符合条件教师总数的百分之十五，骨干教师不低于交流总数的百分之二十。',
    );
    const copies = page.locator('ol.copies > li');
    expect(await copies.locator('.who a').allInnerTexts()).toEqual([
      '青阳县教育局2021年工作总结',
      '青阳县教育局2022年工作总结',
      '泾县教育局2022年工作总结',
      '青阳县教育局2023年工作总结',
    ]);
    // What differs: 首要 in 泾县's copy against 基础, 和 in 青阳 2022's against 、.
    expect(await copies.nth(1).locator('ins.own').allInnerTexts()).toEqual(['基础', '和']);
    expect(await copies.nth(2).locator('ins.own').allInnerTexts()).toEqual(['首要', '、']);
    // Each copy links to its paragraph, which holds that copy's text.
    const link = await copies.nth(2).locator('.who a').getAttribute('href');
    expect(link).toBe('/sub/reports/jingxian-2022/#p-2');
    await page.goto(`${server.origin}${link}`);
    expect(await page.locator('#p-2').textContent()).toContain('教育发展的首要工作');
    await page.close();
  });

  it('opens the side-by-side comparison of a copy with the earliest', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.root}${familyPath()}`);
    await page.locator('ol.copies > li').nth(2).getByRole('link', { name: '与第一篇并排对照' }).click();
    await expect.poll(() => page.locator('[data-compare-status]').textContent()).toContain('对照完成');
    expect(await page.locator('[data-compare] ins.changed').allInnerTexts()).toContain('首要');
    await page.close();
  });

  it('links each holder’s report page to the family, and tells the 2022 report what changed since 2021', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.root}reports/qingyang-2022/`);
    const family = page.locator('.families li');
    expect(await family.locator('p.meta').textContent()).toBe(
      '共见于 4 篇报告 · 最早见于《青阳县教育局2021年工作总结》 · 本文第 2 段 · 来源追溯',
    );
    expect(await family.getByRole('link', { name: '来源追溯' }).getAttribute('href')).toBe(`/sub/${familyPath()}`);
    const series = page.locator('section.series');
    expect(await series.locator('ol li').allInnerTexts()).toEqual([
      '青阳县教育局2021年工作总结 2021年',
      '青阳县教育局2022年工作总结 2022年',
      '青阳县教育局2023年工作总结 2023年',
    ]);
    const changes = await series.locator('ul li').allInnerTexts();
    expect(changes.find((t) => t.startsWith('照搬上一年的文字'))).toMatch(
      /^照搬上一年的文字：2 处、\d+ 字（本文第 2 段、本文第 4 段）$/,
    );
    expect(changes.find((t) => t.startsWith('数字有变化的指标'))).toBe(
      '数字有变化的指标：义务教育巩固率 99.2% → 99.5%',
    );
    await page.close();
  });

  it('links each near-duplicate of a template group to its comparison with the first', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.root}compare/pairs/`);
    const group = page.locator('section[aria-labelledby="families-title"] li').first();
    const compare = group.getByRole('link', { name: '（与第一篇对照）' });
    expect(await compare.getAttribute('href')).toBe('/sub/compare/?a=qingyang-2021&b=qingyang-2022');
    await compare.click();
    await expect.poll(() => page.locator('[data-compare-status]').textContent()).toContain('对照完成');
    await page.close();
  });

  it('exports the family as CSV, one row per copy in time order', () => {
    const rows = readFileSync(join(built.dist, 'data', 'families.csv'), 'utf8').split('\r\n');
    expect(rows.slice(1, 5).map((r) => r.split(',').slice(3, 9).join(','))).toEqual([
      '1,qingyang-2021,p-2,2021,2021-12-20,true',
      '2,qingyang-2022,p-2,2022,2022-12-15,false',
      '3,jingxian-2022,p-2,2022,2022-12-28,false',
      '4,qingyang-2023,p-2,2023,2023-12-18,false',
    ]);
  });

  it('has no serious accessibility problem, and every link of the new pages resolves under the sub-path', async () => {
    const page = await browser.newPage();
    for (const path of ['passages/', familyPath(), 'reports/qingyang-2022/', 'compare/pairs/']) {
      await page.goto(`${server.root}${path}`);
      expect(await seriousAxeViolations(page), path).toEqual([]);
    }
    await page.close();
    const result = await crawl(server.root);
    expect(result.broken).toEqual([]);
    expect(result.outsideBase).toEqual([]);
    expect(browser.outside).toEqual([]);
    expect(browser.errors).toEqual([]);
  }, 120_000);
});
