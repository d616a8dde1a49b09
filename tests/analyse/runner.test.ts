/**
 * `npm run analyse` as the build runs it: the analysis files and exports, valid against the
 * site's schema, CSV that Excel reads, byte-identical on every run, stale files removed,
 * and a bad taxonomy or a missing corpus reported in one line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../scripts/analyse.ts';
import { csvField, toCsv } from '../../scripts/analyse/exports/csv.ts';
import {
  copiesSchema,
  indicatorsFileSchema,
  phrasesFileSchema,
  themesFileSchema,
} from '../../shared/schemas/analysis.ts';
import { seedCorpus, themesFile } from '../helpers/analysis.ts';

const { dir } = await seedCorpus();
const out = mkdtempSync(join(tmpdir(), 'analysis-'));
const first = analyse({ reports: dir, out, themes: themesFile });
const read = (name: string) => readFileSync(join(out, name), 'utf8');
const bytes = () =>
  Object.fromEntries(
    ['', 'exports'].flatMap((d) =>
      readdirSync(join(out, d), { withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => [join(d, e.name), read(join(d, e.name))]),
    ),
  );

describe('CSV', () => {
  it('quotes by RFC 4180, starts with a BOM, ends records with CRLF', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('两行\n文本')).toBe('"两行\n文本"');
    expect(csvField(null)).toBe('');
    expect(csvField(91.5)).toBe('91.5');
    expect(toCsv(['a', 'b'], [['x', 1]])).toBe('\ufeffa,b\r\nx,1\r\n');
  });
  it('writes text a spreadsheet would run as a formula as quoted text with a leading quote (OWASP)', () => {
    expect(csvField('=HYPERLINK("http://x","点我")')).toBe('"\'=HYPERLINK(""http://x"",""点我"")"');
    expect(csvField("+1+cmd|' /C calc'!A0")).toBe("\"'+1+cmd|' /C calc'!A0\"");
    expect(csvField('-2+3')).toBe('"\'-2+3"');
    expect(csvField('@SUM(A1:A2)')).toBe('"\'@SUM(A1:A2)"');
    expect(csvField('\t=1')).toBe('"\'\t=1"');
    expect(csvField('\r=1')).toBe('"\'\r=1"');
    expect(csvField('-')).toBe('"\'-"');
    expect(csvField('义务教育巩固率=100%')).toBe('义务教育巩固率=100%');
  });
  it('leaves numbers alone, negative ones included', () => {
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField('-3.5')).toBe('-3.5');
    expect(csvField('+12')).toBe('+12');
    expect(csvField('-0.25')).toBe('-0.25');
    expect(toCsv(['value', 'sentence'], [[-3.5, '-3.5%的降幅']])).toBe(
      '\ufeffvalue,sentence\r\n-3.5,"\'-3.5%的降幅"\r\n',
    );
  });
});

describe('npm run analyse', () => {
  it('writes the four analysis files and the exports', () => {
    expect(readdirSync(out).sort()).toEqual([
      '.written.json',
      'copies.json',
      'exports',
      'indicators.json',
      'phrases.json',
      'themes.json',
    ]);
    expect(readdirSync(join(out, 'exports')).sort()).toEqual([
      'copies.json',
      'datapackage.json',
      'families.csv',
      'indicators.csv',
      'pairs.csv',
      'pairs.json',
      'passages.csv',
      'reports.json',
      'series.csv',
      'series.json',
      'theme-matrix.csv',
      'themes.json',
    ]);
    expect(first.written).toBe(16);
    // The 004 collection's pair, aligned as its comparison page shows it.
    expect(JSON.parse(read('exports/pairs.json'))[0]).toEqual({
      a: '004-f09e642452c74dbc-08',
      b: '004-f09e642452c74dbc-15',
      passage: 1,
      a_block: 'p-6',
      b_block: 'p-3',
      shared_chars: 28,
      a_text: '为了缩小城乡、区域[、]校际之间的教育差距，我们加大了对农村和',
      b_text: '为了缩小城乡、区域[和]校际之间的教育差距，我们加大了对农村和',
    });
    expect(read('exports/pairs.csv').split('\r\n')[1]).toBe(
      '004-f09e642452c74dbc-08,004-f09e642452c74dbc-15,1,p-6,p-3,28,为了缩小城乡、区域[、]校际之间的教育差距，我们加大了对农村和,为了缩小城乡、区域[和]校际之间的教育差距，我们加大了对农村和',
    );
  });

  it('writes what the site’s schema accepts', () => {
    expect(themesFileSchema.parse(JSON.parse(read('themes.json')))).toHaveLength(first.analysis.themes.length);
    expect(copiesSchema.parse(JSON.parse(read('copies.json'))).pairs).toHaveLength(1);
    expect(phrasesFileSchema.parse(JSON.parse(read('phrases.json'))).length).toBeGreaterThan(100);
    expect(indicatorsFileSchema.parse(JSON.parse(read('indicators.json')))).toHaveLength(131); // 004-18's meeting head-count is no figure
    expect(read('exports/reports.json')).toBe(readFileSync(join(dir, 'reports.json'), 'utf8'));
  });

  it('exports CSV with a BOM and a header row: passages, the theme matrix, indicators', async () => {
    const lines = (name: string) => read(`exports/${name}`).split('\r\n');
    expect(lines('passages.csv')[0]).toBe('\ufeffreport_id,block_id,kind,level,heading,themes,chars,text');
    expect(lines('passages.csv')).toHaveLength(
      1 + (await seedCorpus()).reports.reduce((n, r) => n + r.blocks.length, 0) + 1,
    );
    expect(lines('passages.csv')).toContain(
      '003-a17b4227efebd22b,p-12,paragraph,0,切实减轻学生课业负担,kehou-fuwu;xuesheng-jianfu,103,立足实效，以推进社团活动建设为抓手，科学落实“弹性离校”工作，破解学生课业负担重的难题，创新推动“弹性离校”管理规范化、有效性和品质化，开展“弹性离校”创新课题研究，保障“弹性离校”工作有序推进和深入开展。',
    );
    const matrix = lines('theme-matrix.csv');
    expect(
      matrix[0].startsWith(
        '\ufeffreport_id,title,place_code,province,city,county,year_from,year_to,shuangjian,kehou-fuwu,',
      ),
    ).toBe(true);
    expect(
      matrix[2].startsWith('001-11e03806d8f99e7c,区教育局关于2022年工作总结与2023年工作打算,,,,,2022,2023,9,2,'),
    ).toBe(true);
    expect(lines('indicators.csv')[0]).toBe(
      '\ufeffreport_id,block_id,place_code,province,city,county,year_from,year_to,indicator,canonical,kind,value,unit,masked,raw,year,sentence',
    );
    expect(lines('indicators.csv')).toContain(
      '000-b15e6c042aa66c80,p-3,320500,江苏省,苏州市,,,,义务教育巩固率,义务教育巩固率,achieved,100,%,false,100%,,义务教育巩固率保持在100%，教育公平得到进一步保障。',
    );
  });

  it('describes every export in datapackage.json, each CSV’s columns as its header writes them', () => {
    const pkg = JSON.parse(read('exports/datapackage.json')) as {
      resources: Array<{ path: string; format: string; schema?: { fields: Array<{ name: string; type: string }> } }>;
    };
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(
      readdirSync(join(out, 'exports'))
        .filter((f) => f !== 'datapackage.json')
        .sort(),
    );
    for (const resource of pkg.resources.filter((r) => r.format === 'csv')) {
      const header = read(`exports/${resource.path}`).split('\r\n')[0].replace('\ufeff', '').split(',');
      expect(
        resource.schema!.fields.map((f) => f.name),
        resource.path,
      ).toEqual(header);
    }
  });

  it('is byte-identical on a second run, rewriting nothing, and removes stale files', () => {
    const before = bytes();
    // A file an earlier run wrote and recorded, that this run no longer writes.
    writeFileSync(join(out, 'exports', 'old.csv'), 'stale');
    const record = join(out, '.written.json');
    writeFileSync(record, JSON.stringify([...JSON.parse(readFileSync(record, 'utf8')), 'exports/old.csv']));
    const again = analyse({ reports: dir, out, themes: themesFile });
    expect([again.written, again.deleted]).toEqual([0, 1]);
    expect(bytes()).toEqual(before);
    const elsewhere = mkdtempSync(join(tmpdir(), 'analysis-'));
    analyse({ reports: dir, out: elsewhere, themes: themesFile });
    expect(readFileSync(join(elsewhere, 'themes.json'), 'utf8')).toBe(before['themes.json']);
  });

  it('reports a bad taxonomy or a missing corpus in one line, exit 1', () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'themes-')), 'themes.yaml');
    writeFileSync(bad, 'themes:\n  - id: x\n');
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['scripts/analyse.ts', ...args], { encoding: 'utf8' });
    const r1 = cli('--reports', dir, '--out', mkdtempSync(join(tmpdir(), 'a-')), '--themes', bad);
    expect([r1.status, r1.stderr.trim().split('\n').length]).toEqual([1, 1]);
    expect(r1.stderr).toMatch(/^analyse: .*themes\.yaml: theme #1 "x": name: /);
    const r2 = cli('--reports', join(dir, 'nope'), '--out', mkdtempSync(join(tmpdir(), 'a-')));
    expect([r2.status, r2.stderr.trim()]).toEqual([
      1,
      expect.stringMatching(/^analyse: reports folder not found: .*nope \(run npm run ingest first\)$/),
    ]);
  });
});
