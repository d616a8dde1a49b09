/** The small build-time helpers behind the list, the heatmap, the paragraph anchors and the data page. */
import { describe, expect, it } from 'vitest';
import { addParagraphAnchors } from '../../src/lib/block-anchors.ts';
import { stableAnchors } from '../../src/lib/stable-anchor.ts';
import { describeDataFile, formatBytes } from '../../src/lib/data-files.ts';
import { heatmapRowIds, layoutHeatmap, levelOf } from '../../src/lib/heatmap.ts';
import { buildFilterModel } from '../../src/lib/report-facets.ts';
import { sortReports } from '../../src/lib/report-sort.ts';
import { ruleLabel } from '../../src/lib/rule-labels.ts';
import { chromeRules } from '../../scripts/ingest/strip/rules/index.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const INGEST = join(import.meta.dirname, '..', '..', 'scripts', 'ingest');

const meta = (
  over: Partial<{
    place: string | null;
    issuer: string | null;
    years: number[];
    docType: string;
    flags: { kind: 'garbled' | 'truncated' | 'masked'; count: number; examples: string[]; note: string }[];
  }>,
) => ({
  place: null,
  issuer: null,
  years: [],
  docType: '工作总结',
  flags: [],
  ...over,
});

describe('report list filters', () => {
  const model = buildFilterModel([
    { id: 'a', meta: meta({ place: '苏州', years: [2022, 2023] }), themes: [{ id: 'shuangjian', name: '双减' }] },
    {
      id: 'b',
      meta: meta({ issuer: '亳州市教育局', flags: [{ kind: 'masked', count: 2, examples: [], note: '' }] }),
      themes: [],
    },
    { id: 'c', meta: meta({ docType: '工作汇报' }), themes: [] },
  ]);
  it('collects facet values with counts', () => {
    const facet = (name: string) =>
      model.facets.find((f) => f.name === name)!.values.map((v) => `${v.label}:${v.count}`);
    expect(facet('place')).toEqual(['亳州市教育局:1', '苏州:1', '未署名:1']);
    expect(facet('year')).toEqual(['2023年:1', '2022年:1', '未注明:2']);
    expect(facet('theme')).toEqual(['双减:1', '未涉及任何主题:2']);
    expect(facet('flag')).toEqual(['数字被遮盖:1', '无标记:2']);
  });
  it('gives each report its keys, a place and a type by a hash of the name', () => {
    expect(model.keys.get('a')).toMatchObject({
      year: ['y2022', 'y2023'],
      theme: ['th-shuangjian'],
      flag: ['f-none'],
    });
    expect(model.keys.get('b')).toMatchObject({ year: ['y-none'], theme: ['th-none'], flag: ['f-masked'] });
    expect(model.keys.get('a')!.place[0]).toMatch(/^p-[0-9a-z]+$/);
    expect(model.keys.get('c')!.type[0]).toMatch(/^t-[0-9a-z]+$/);
    expect(model.keys.get('a')!.place[0]).not.toBe(model.keys.get('b')!.place[0]);
  });
});

describe('report list sorting', () => {
  const r = (id: string, title: string, years: number[], chars: number) => ({ id, data: { title, years, chars } });
  const list = [r('a', '义务教育', [2021], 500), r('b', '安全工作', [], 900), r('c', '督导报告', [2023], 100)];
  it('sorts by pinyin title, by latest year (undated last), by length', () => {
    expect(sortReports(list, 'title').map((x) => x.id)).toEqual(['b', 'c', 'a']);
    expect(sortReports(list, 'year').map((x) => x.id)).toEqual(['c', 'a', 'b']);
    expect(sortReports(list, 'length').map((x) => x.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('heatmap', () => {
  it('steps colour by count and links only cells with mentions', () => {
    expect([0, 1, 2, 3, 4, 6, 7, 50].map(levelOf)).toEqual([0, 1, 2, 2, 3, 3, 4, 4]);
    const h = layoutHeatmap({
      rows: [
        { id: 'r1', label: '报告一', title: '报告一', href: '/r1/' },
        { id: 'r2', label: '报告二', title: '报告二', href: '/r2/' },
      ],
      columns: [{ id: 't', label: '双减', title: '双减', href: '/t/' }],
      count: (row) => (row === 'r1' ? 3 : 0),
      cellHref: (row, col) => `/${col}/#${row}`,
    });
    expect(h.cells.map((c) => [c.count, c.level, c.href])).toEqual([
      [3, 2, '/t/#r1'],
      [0, 0, undefined],
    ]);
    expect(h.cells[1].y - h.cells[0].y).toBe(h.cell + 2);
    expect(h.width).toBeGreaterThan(h.cells[0].x + h.cell);
  });

  it('draws every report of a small corpus, and of a large one those touching most themes, in order', () => {
    const score = (id: string) =>
      ({
        a: { themes: 1, mentions: 9 },
        b: { themes: 3, mentions: 3 },
        c: { themes: 3, mentions: 5 },
        d: { themes: 1, mentions: 9 },
      })[id]!;
    expect(heatmapRowIds(['a', 'b', 'c', 'd'], score, 4)).toEqual(['a', 'b', 'c', 'd']);
    expect(heatmapRowIds(['a', 'b', 'c', 'd'], score, 3)).toEqual(['a', 'b', 'c']);
    expect(heatmapRowIds(['d', 'b', 'c', 'a'], score, 2)).toEqual(['b', 'c']);
  });
});

describe('paragraph anchors', () => {
  it('adds a self-link with a stable id to every paragraph with an id, not to headings', () => {
    const html = '<h2 id="h-1">一、</h2><p id="p-1">甲</p><p id="p-12" class="x">乙</p><p>丙</p>';
    expect(addParagraphAnchors(html)).toBe(
      '<h2 id="h-1">一、</h2><p id="p-1"><a class="cite" id="s-3782bcd5" href="#s-3782bcd5" aria-label="第 1 段的链接" data-pagefind-ignore>1</a>甲</p>' +
        '<p id="p-12" class="x"><a class="cite" id="s-dc611e94" href="#s-dc611e94" aria-label="第 12 段的链接" data-pagefind-ignore>12</a>乙</p><p>丙</p>',
    );
  });

  it('keeps a paragraph’s anchor when the cleaner adds, drops or renumbers paragraphs before it', () => {
    const cited =
      '全面落实<a class="theme-mention" href="#">“双减”</a>政策，学校课后服务实现全覆盖，参与学生比例达到96.8%。';
    const before = `<p id="p-1">一段正文。</p><p id="p-2">${cited}</p>`;
    // A re-clean: a chrome line taken for text is gone, a paragraph is added, the cited one is now p-3.
    const after = `<p id="p-1">新增的第一段。</p><p id="p-2">另一段。</p><p id="p-3">${cited.replace('96.8%', '96.8％')}</p>`;
    const anchorOf = (html: string) =>
      /<a class="cite" id="(s-[0-9a-f]{8})"[^>]*>\d+<\/a>全面落实/.exec(addParagraphAnchors(html))?.[1];
    expect(anchorOf(before)).toMatch(/^s-[0-9a-f]{8}$/);
    expect(anchorOf(after)).toBe(anchorOf(before));
  });

  it('tells apart paragraphs that open alike, in text order', () => {
    expect(stableAnchors(['甲', '乙', '甲'])).toEqual(['s-3782bcd5', 's-dc611e94', 's-3782bcd5-2']);
  });
});

describe('data page', () => {
  it('reads format, records and fields from the file', () => {
    expect(describeDataFile('m.csv', '\uFEFFid,text\n1,"甲,\n乙"\n2,丙\n')).toEqual({
      name: 'm.csv',
      format: 'CSV',
      bytes: 30,
      records: 2,
      fields: ['id', 'text'],
    });
    expect(describeDataFile('r.json', '[{"id":1,"t":2},{"id":2}]')).toMatchObject({
      format: 'JSON',
      records: 2,
      fields: ['id', 't'],
    });
    expect(formatBytes(1234567)).toBe('1.2 MB');
    expect(formatBytes(35_100)).toBe('35 kB');
  });
});

describe('cleaning rules', () => {
  it('has a Chinese name for every rule the ingest can record', () => {
    // Rules recorded outside the strip stage (split, pipeline) are found in their sources.
    const recorded = readdirSync(INGEST, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(join(INGEST, f), 'utf8').matchAll(/rule: '([a-z-]+)'/g)].map((m) => m[1]));
    expect(recorded).toContain('collection-title');
    const ids = [...new Set([...chromeRules.map((r) => r.id), ...recorded])];
    expect(ids.filter((id) => !ruleLabel[id])).toEqual([]);
  });
});
