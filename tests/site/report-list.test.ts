/**
 * The report list's index, queries, rows and paths, on the seed reports as the ingest writes
 * them: the index the browser filters must give the same reports, in the same order, as the
 * filter model and sort orders the static pages are built from.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFilterModel, FACETS, nameHash } from '../../src/lib/report-facets.ts';
import { buildListIndex, type ListIndex, type ListIndexInput } from '../../src/lib/report-list-index.ts';
import { decodeListIndex, encodeListIndex } from '../../src/lib/report-list-file.ts';
import { facetPagePath, facetValuesPath, laterPages, listPagePath } from '../../src/lib/report-list-paths.ts';
import { LIST_PAGE_SIZE, pageCount, pageRows, queryRows, rowKeys } from '../../src/lib/report-list-query.ts';
import { groupDigits, listSummary, rowByline, rowHtml } from '../../src/lib/report-list-row.ts';
import { byline } from '../../src/lib/report-meta.ts';
import { sortReports, SORTS } from '../../src/lib/report-sort.ts';
import { pagerHtml } from '../../src/lib/pager.ts';
import { seedCorpus } from '../helpers/analysis.ts';

let inputs: ListIndexInput[];
let index: ListIndex;

beforeAll(async () => {
  const { reports, taxonomy } = await seedCorpus();
  const names = new Map(taxonomy.themes.map((t) => [t.id, t.name]));
  inputs = reports.map(({ meta }) => ({
    id: meta.id,
    meta,
    // Most mentioned first, as the analysis lists a report's themes; every third on page 2.
    themes: Object.entries(meta.themes)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([id, count], i) => ({ id, name: names.get(id)!, count, page: i % 3 === 2 ? 2 : 1 })),
  }));
  index = buildListIndex(inputs);
}, 120_000);

const byId = (id: string) => inputs.find((r) => r.id === id)!;

describe('the list index', () => {
  it('holds every report once, in title order, and is the same whatever order the reports come in', () => {
    const titleOrder = sortReports(
      inputs.map((r) => ({ id: r.id, data: r.meta })),
      'title',
    ).map((r) => r.id);
    expect(index.r.map((r) => r.i)).toEqual(titleOrder);
    expect(JSON.stringify(buildListIndex([...inputs].reverse()))).toBe(JSON.stringify(index));
  });

  it('gives each row the keys the filter model gives its report, in every facet', () => {
    const model = buildFilterModel(inputs);
    for (const row of index.r)
      for (const facet of FACETS)
        expect(rowKeys(index, row, facet), `${row.i} ${facet}`).toEqual(model.keys.get(row.i)![facet]);
    expect(index.f.year.map(([key, label, count]) => `${key} ${label} ${count}`)).toEqual(
      model.facets.find((f) => f.name === 'year')!.values.map((v) => `${v.key} ${v.label} ${v.count}`),
    );
  });

  it('counts each facet value as many times as rows have it', () => {
    for (const facet of FACETS)
      for (const [key, , count] of index.f[facet])
        expect(queryRows(index, [{ facet, key }], 'title'), `${facet} ${key}`).toHaveLength(count);
  });

  it('keeps what a row shows: title, byline, length, flags with their notes, six themes and the rest', () => {
    for (const row of index.r) {
      const meta = byId(row.i).meta;
      expect(row.t).toBe(meta.title);
      expect(rowByline(index, row)).toBe(byline(meta));
      expect(row.c).toBe(meta.chars);
      expect((row.g ?? []).map((g) => index.g[g][2])).toEqual(meta.flags.map((f) => f.note));
      const themes = byId(row.i).themes;
      expect((row.h ?? []).length / 3 + (row.x ?? []).length).toBe(themes.length);
      expect(row.h?.slice(0, 3)).toEqual(
        themes.length ? [expect.any(Number), themes[0].count, themes[0].page] : undefined,
      );
    }
    // Strings that repeat are stored once: the 25 seeds name few issuers and three kinds of flag.
    expect(new Set(index.n).size).toBe(index.n.length);
    expect(index.g.length).toBeLessThanOrEqual(4);
  });

  it('is published by column, and read back the same', () => {
    const file = encodeListIndex(index);
    expect(file.r.i).toEqual(index.r.map((r) => r.i));
    expect(decodeListIndex(JSON.parse(JSON.stringify(file)))).toEqual(index);
  });

  it('leaves empty fields out', () => {
    const json = JSON.stringify(index);
    expect(json).not.toMatch(/"[ygx]":\[\]/);
    const undated = index.r.find((r) => byId(r.i).meta.years.length === 0)!;
    expect(Object.keys(undated)).not.toContain('y');
  });
});

describe('list queries', () => {
  it('sorts as the static orders do: by latest year (undated last), by length, ties by title', () => {
    for (const sort of SORTS)
      expect(
        queryRows(index, [], sort).map((r) => r.i),
        sort,
      ).toEqual(
        sortReports(
          inputs.map((r) => ({ id: r.id, data: r.meta })),
          sort,
        ).map((r) => r.id),
      );
  });

  it('combines facets with AND, and matches whole keys only', () => {
    const year = index.f.year[0][0];
    const type = index.r.find((r) => rowKeys(index, r, 'year').includes(year))!.d;
    const both = queryRows(
      index,
      [
        { facet: 'year', key: year },
        { facet: 'type', key: index.f.type[type][0] },
      ],
      'title',
    );
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThanOrEqual(queryRows(index, [{ facet: 'year', key: year }], 'title').length);
    expect(both.every((r) => r.d === type && rowKeys(index, r, 'year').includes(year))).toBe(true);
    expect(queryRows(index, [{ facet: 'year', key: year.slice(0, -1) }], 'title')).toEqual([]);
  });

  it('pages by the page size in the index, LIST_PAGE_SIZE unless the build says otherwise', () => {
    expect(index.s).toBe(LIST_PAGE_SIZE);
    expect(buildListIndex(inputs, 4).s).toBe(4);
    const rows = Array.from({ length: 2 * LIST_PAGE_SIZE + 1 }, (_, i) => i);
    expect(pageCount(rows.length, LIST_PAGE_SIZE)).toBe(3);
    expect(pageCount(0, LIST_PAGE_SIZE)).toBe(1);
    expect(pageRows(rows, 3, LIST_PAGE_SIZE)).toEqual([2 * LIST_PAGE_SIZE]);
    expect(laterPages(rows.length, LIST_PAGE_SIZE)).toEqual([2, 3]);
    expect(laterPages(LIST_PAGE_SIZE, LIST_PAGE_SIZE)).toEqual([]);
  });
});

describe('list rows', () => {
  it('renders a report as the list shows it, links and flags included', () => {
    const row = index.r.find((r) => r.i === '000-b15e6c042aa66c80')!;
    expect(rowHtml(index, row)).toMatchInlineSnapshot(
      `"<li><h3><a href="/reports/000-b15e6c042aa66c80/">苏州教育局工作报告</a></h3><p class="meta">苏州市教育局 · 年份未注明 · 工作报告 · 2,669 字 <span class="badges"><span class="badge badge-garbled" title="此处文字为乱码（字节解码错位），原文无法还原。">含乱码</span><span class="badge badge-truncated" title="文本在此处被截断（原网页仅提供预览）。">文本不完整</span></span></p><p class="themes"><a href="/themes/xinxihua/#r-000-b15e6c042aa66c80">教育信息化与数字化<span class="n">×11</span></a><a href="/themes/xueqian-puhui/#r-000-b15e6c042aa66c80">学前教育普及普惠<span class="n">×7</span></a><a href="/themes/zhiye-jiaoyu/2/#r-000-b15e6c042aa66c80">职业教育产教融合<span class="n">×7</span></a><a href="/themes/wuyu/#r-000-b15e6c042aa66c80">五育并举<span class="n">×5</span></a><a href="/themes/zhaosheng-ruxue/#r-000-b15e6c042aa66c80">招生入学改革<span class="n">×4</span></a><a href="/themes/shide-shifeng/2/#r-000-b15e6c042aa66c80">师德师风<span class="n">×3</span></a><span class="meta">等 17 个主题</span></p></li>"`,
    );
  });

  it('counts the themes beyond six, and escapes text', () => {
    const many = index.r.find((r) => (r.x ?? []).length > 0)!;
    const total = many.h!.length / 3 + many.x!.length;
    expect(rowHtml(index, many)).toContain(`<span class="meta">等 ${total} 个主题</span></p></li>`);
    const hostile: ListIndex = { ...index, r: [{ ...index.r[0], t: '<b>"甲"&乙</b>' }] };
    expect(rowHtml(hostile, hostile.r[0])).toContain('>&lt;b&gt;&quot;甲&quot;&amp;乙&lt;/b&gt;</a></h3>');
  });

  it('says how many reports and which of them a page shows', () => {
    expect(groupDigits(1234567)).toBe('1,234,567');
    expect(listSummary(0, 1, 100)).toBe('没有符合条件的报告。');
    expect(listSummary(25, 1, 100)).toBe('共 <strong>25</strong> 篇。');
    expect(listSummary(10_000, 100, 100)).toBe('共 <strong>10,000</strong> 篇，这是第 9,901—10,000 篇。');
    expect(listSummary(250, 3, 100)).toBe('共 <strong>250</strong> 篇，这是第 201—250 篇。');
  });

  it('pages with plain links, the current page marked', () => {
    expect(pagerHtml(1, 1, String, '分页')).toBe('');
    expect(pagerHtml(2, 3, (n) => `/p/${n}/`, '报告列表分页')).toBe(
      '<nav class="pager no-print" aria-label="报告列表分页"><a href="/p/1/" rel="prev">← 上一页</a><ol><li><a href="/p/1/">1</a></li><li><strong aria-current="page">2</strong></li><li><a href="/p/3/">3</a></li></ol><a href="/p/3/" rel="next">下一页 →</a></nav>',
    );
  });
});

describe('list pages', () => {
  it('puts each order and each facet value in pages under /reports/', () => {
    expect(listPagePath('title', 1)).toBe('/reports/');
    expect(listPagePath('title', 2)).toBe('/reports/page/2/');
    expect(listPagePath('year', 1)).toBe('/reports/sorted/year/');
    expect(listPagePath('length', 3)).toBe('/reports/sorted/length/page/3/');
    expect(facetPagePath('year', 'y2022', 1)).toBe('/reports/by/year/y2022/');
    expect(facetPagePath('theme', 'th-shuangjian', 2)).toBe('/reports/by/theme/th-shuangjian/page/2/');
    expect(facetValuesPath('place')).toBe('/reports/by/place/');
  });

  it('keys a place or type by its name, so its page keeps its address as the corpus grows', () => {
    expect(nameHash('苏州市')).toBe(nameHash('苏州市'));
    expect([nameHash('苏州市'), nameHash('工作总结')]).toMatchInlineSnapshot(`
      [
        "t17ph32dx6",
        "x70kh6bfv3",
      ]
    `);
    const place = index.f.place.find(([, label]) => label === '苏州市')!;
    expect(place[0]).toBe(`p-${nameHash('苏州市')}`);
    expect(index.f.type.every(([key, label]) => key === `t-${nameHash(label)}`)).toBe(true);
  });
});
