/**
 * Issue 16's "done means" on the shipped corpus plus a generated one spanning three provinces
 * and five years (tests/helpers/place-corpus.ts): built with `npm run build` like any site,
 * then read as a reader would — from a county to its peers, a theme's curve over the years
 * with its thin years marked, one figure compared across places and years. Every expected
 * number is derived from the generator's plan (and, where the shipped reports count too, from
 * the ingest's manifest of them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATED_COUNTIES, generatedReports, generatedSources } from '../helpers/place-corpus.ts';
import { links, readPage, section, tableRows } from './helpers/built-pages.ts';
import { buildSite, type BuiltSite } from './helpers/site.ts';

const generated = generatedReports();
let built: BuiltSite;
/** The shipped reports as the build's manifest has them: id, years, theme ids. */
let shipped: Array<{ id: string; years: number[]; themes: string[] }>;

beforeAll(() => {
  built = buildSite('/', generatedSources());
  const manifest = JSON.parse(readFileSync(join(built.root, 'content', 'reports', 'reports.json'), 'utf8')) as Array<{
    id: string;
    years: number[];
    themes: Record<string, number>;
  }>;
  shipped = manifest
    .filter((r) => !r.id.startsWith('gen-'))
    .map((r) => ({ id: r.id, years: r.years, themes: Object.keys(r.themes) }));
}, 180_000);
afterAll(() => built?.remove());

const page = (path: string) => readPage(built.dist, path);
const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;
const count = (pred: (r: (typeof generated)[number]) => boolean) => generated.filter(pred).length;

describe('a generated corpus of three provinces over five years', () => {
  it('ingests every generated report at its place and year, with the planned themes', () => {
    const manifest = JSON.parse(readFileSync(join(built.root, 'content', 'reports', 'reports.json'), 'utf8')) as Array<{
      id: string;
      placeCode: string | null;
      years: number[];
      themes: Record<string, number>;
    }>;
    const byId = new Map(manifest.map((r) => [r.id, r]));
    for (const g of generated) {
      const r = byId.get(g.file.replace(/\.txt$/, ''));
      expect(r, g.file).toBeDefined();
      expect([r!.placeCode, r!.years, Object.keys(r!.themes).sort()], g.file).toEqual([g.code, [g.year], g.themes]);
    }
  });

  it('counts the reports of each province, city and county in the place tree', () => {
    const html = page('places/');
    const shown = new Map(
      [...html.matchAll(/href="\/places\/(\d{6})\/">([^<]+)<\/a> <span class="meta">(\d+)( 篇)?<\/span>/g)].map((m) => [
        m[1],
        `${m[2]} ${m[3]}`,
      ]),
    );
    for (const c of GENERATED_COUNTIES) {
      const code = (digits: number) => `${c.code.slice(0, digits)}${'0'.repeat(6 - digits)}`;
      expect(shown.get(code(2)), c.province).toBe(`${c.province} ${count((r) => r.province === c.province)}`);
      expect(shown.get(code(4)), c.city).toBe(`${c.city} ${count((r) => r.city === c.city)}`);
      expect(shown.get(c.code), c.county!).toBe(`${c.county} ${count((r) => r.county === c.county)}`);
    }
    expect(shown.get('330100')).toBe('杭州市 13'); // 西湖区 5 + 余杭区 4 + the city's own 4
  });

  it('takes a reader from a county to its peers, its reports by year and its theme profile', () => {
    const html = page('places/330106/');
    // Peers: the other county of 杭州市 with reports, with its count.
    expect(links(section(html, 'peers-title'))).toEqual([
      ['/places/330110/', `余杭区（${count((r) => r.county === '余杭区')}）`],
    ]);
    expect(links(html)).toContainEqual(['/places/330100/', '杭州市']);
    const years = [...section(html, 'years-title').matchAll(/<h3>(\d{4}) 年<\/h3>/g)].map((m) => Number(m[1]));
    expect(years).toEqual([2020, 2019, 2018, 2017, 2016]);

    // Each theme row: the share of the county's reports and of all reports that mention it.
    const own = generated.filter((r) => r.county === '西湖区');
    const all = generated.length + shipped.length;
    const rows = [
      ...section(html, 'profile-title').matchAll(
        /href="\/themes\/([^/]+)\/">[^<]*<\/a><\/th><td class="num">(\d+%)<\/td><td class="num">(\d+%)<\/td>/g,
      ),
    ].map((m) => m.slice(1));
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(['jituanhua', 'shuangjian', 'kongchuo-baoxue']));
    for (const [theme, here, corpus] of rows) {
      const mentioning =
        count((r) => r.themes.includes(theme)) + shipped.filter((r) => r.themes.includes(theme)).length;
      expect([here, corpus], theme).toEqual([
        percent(own.filter((r) => r.themes.includes(theme)).length, own.length),
        percent(mentioning, all),
      ]);
    }
    expect(rows.find((r) => r[0] === 'shuangjian')!.slice(1, 2)).toEqual(['40%']); // 2019 and 2020 of five years
  });

  it('lists a county’s figures by year, goals marked apart from results', () => {
    const rows = tableRows(section(page('places/330106/'), 'figures-title')).slice(1);
    const expected = generated
      .filter((r) => r.county === '西湖区')
      .sort((a, b) => b.year - a.year)
      .flatMap((r) => [
        ['全区义务教育巩固率', `${r.consolidation}%`, String(r.year)],
        ['学前三年毛入园率', `${r.enrolment}%`, String(r.year)],
        ['学前三年毛入园率', `${r.enrolmentTarget}%（目标）`, String(r.year + 1)],
      ]);
    expect(rows.map((r) => r.slice(0, 3)).sort()).toEqual(expected.sort());
    // Latest year first.
    expect(rows[0][2]).toBe('2021');
  });

  it('draws a theme’s share per year and per province, the thin years marked', () => {
    const html = page('themes/shuangjian/');
    const years = html.slice(html.indexOf('<h2>历年变化</h2>'), html.indexOf('<h2>各省</h2>'));
    const provinces = html.slice(html.indexOf('<h2>各省</h2>'), html.indexOf('<h2', html.indexOf('<h2>各省</h2>') + 4));
    const everyYear = [...new Set([...generated.map((r) => r.year), ...shipped.flatMap((r) => r.years)])].sort();
    const inYear = (y: number) => [
      ...generated.filter((r) => r.year === y).map((r) => r.themes),
      ...shipped.filter((r) => r.years.includes(y)).map((r) => r.themes),
    ];
    expect(tableRows(years).slice(1)).toEqual(
      everyYear.map((y) => {
        const reports = inYear(y);
        const hits = reports.filter((t) => t.includes('shuangjian')).length;
        return [
          `${y}年`,
          `${hits} / ${reports.length}`,
          `${percent(hits, reports.length)}${reports.length < 5 ? '*' : ''}`,
        ];
      }),
    );
    // 2016 has three reports: a thin year, said so, never drawn as a trend; 2019 → 2020 rises 50% → 100%.
    expect(tableRows(years).find((r) => r[0] === '2016年')).toEqual(['2016年', '0 / 3', '0%*']);
    expect(tableRows(years).find((r) => r[0] === '2020年')).toEqual(['2020年', '12 / 12', '100%']);
    expect(years).toMatch(/\* 报告少于 5 篇的年份（2016年[^）]*）/);
    expect(years).not.toMatch(/少于 5 篇的年份（[^）]*2017年/);
    for (const province of ['浙江省', '湖南省', '四川省']) {
      const own = generated.filter((r) => r.province === province);
      const hits = own.filter((r) => r.themes.includes('shuangjian')).length;
      expect(tableRows(provinces), province).toContainEqual([
        province,
        `${hits} / ${own.length}`,
        percent(hits, own.length),
      ]);
    }
    const cluster = tableRows(page('themes/jituanhua/').slice(page('themes/jituanhua/').indexOf('<h2>各省</h2>')));
    expect(cluster).toContainEqual(['四川省', `0 / ${count((r) => r.province === '四川省')}`, '0%']);
  });

  it('names the themes rising between the two latest years with enough reports', () => {
    const trend = section(page(''), 'trend-title');
    expect(trend).toContain('升温（2019 → 2020 年）');
    expect(links(trend)[0]).toEqual(['/themes/shuangjian/', '双减']);
    expect(trend).toContain('50% → 100% 的报告提到');
  });

  it('compares one figure across places and years, goals apart from results', () => {
    const slug = (name: string) => `ind-${[...name].map((c) => c.codePointAt(0)!.toString(16)).join('')}`;
    const html = page('indicators/');
    const ours = (rows: string[][]) => rows.slice(1).filter((r) => /^(浙江省|湖南省|四川省)/.test(r[0]));
    const placeOf = (r: (typeof generated)[number]) => [r.province, r.city, r.county].filter(Boolean).join(' › ');
    const consolidation = ours(tableRows(section(html, slug('义务教育巩固率')))).map((r) => r.slice(0, 4));
    expect(consolidation.sort()).toEqual(
      generated
        .filter((r) => r.consolidation !== null)
        .map((r) => [placeOf(r), String(r.year), `${r.consolidation}%`, '实际'])
        .sort(),
    );
    const enrolment = ours(tableRows(section(html, slug('学前三年毛入园率')))).map((r) => r.slice(0, 4));
    expect(enrolment.sort()).toEqual(
      generated
        .flatMap((r) => [
          [placeOf(r), String(r.year), `${r.enrolment}%`, '实际'],
          [placeOf(r), String(r.year + 1), `${r.enrolmentTarget}%`, '目标'],
        ])
        .sort(),
    );
    // One year's figure side by side: 2019's 义务教育巩固率 for each of the eleven counties.
    expect(consolidation.filter((r) => r[1] === '2019')).toHaveLength(GENERATED_COUNTIES.length);
    // The chart above each table: a dot per figure with a year, results filled, goals hollow.
    const dots = (name: string) => [...section(html, slug(name)).matchAll(/<circle[^>]*class="(dot(?: target)?)"/g)];
    const chartRows = (name: string) =>
      tableRows(section(html, slug(name)))
        .slice(1)
        .filter((r) => r[1] !== '—');
    expect(dots('义务教育巩固率')).toHaveLength(chartRows('义务教育巩固率').length);
    expect(dots('学前三年毛入园率').filter((m) => m[1] === 'dot target')).toHaveLength(
      chartRows('学前三年毛入园率').filter((r) => r[3] === '目标').length,
    );
  });
});
