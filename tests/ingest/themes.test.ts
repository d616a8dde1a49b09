/**
 * The theme taxonomy and the themes stage: a malformed file is refused in one line naming
 * the entry and the field; matching follows the taxonomy's rules (longest match, protected
 * words, context variants, quotes); flags win over mentions; the runner loads the file
 * once, stops on a bad one, and re-ingests when it changes. Then goldens: a case's
 * input.json holds, per document of a page, the flagged blocks the pipeline hands this stage
 * (canonical text, `original` left out where it equals the text, the garbled and masked
 * marks); for the seeds it was captured once from the pipeline. The matcher is the shipped
 * content/themes.yaml, as in the pipeline, so a golden changes when the themes stage or the
 * taxonomy does. The golden shows each document's counts per theme and every mark on a line:
 * block index, kind (with the theme id), offsets, the marked text in [ ] with some context.
 */
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../scripts/ingest.ts';
import { compileMatcher, findMentions, markThemes, parseTaxonomy, TaxonomyError } from '../../scripts/ingest/themes.ts';
import type { CanonicalBlock } from '../../scripts/ingest/types.ts';
import { themesFile } from '../helpers/analysis.ts';
import { expectMatchesFixture, fixtureCases, markLines, readFixture, toGoldenJson } from '../helpers/fixtures.ts';
import { SEED_CASES } from '../helpers/seed-cases.ts';
import { seedsDir } from '../helpers/ingest.ts';
import { elements, renderMdx, textOf } from '../helpers/mdx.ts';
import { renderBody } from '../../scripts/ingest/write.ts';

const shipped = readFileSync(themesFile, 'utf8');
const taxonomy = parseTaxonomy(shipped);
const matcher = compileMatcher(taxonomy);
const mentions = (text: string) => findMentions(text, matcher).map((m) => `${m.matched}:${m.theme}`);

/** A one-theme file with the given extra YAML for the entry. */
const entry = (extra: string, id = 'shuangjian') =>
  `themes:\n  - id: ${id}\n    name: 双减\n    description: 一段足够长的说明文字。\n    related: []\n    documents: []\n${extra}`;

const STAGE = 'themes';

/** A block as a case stores it: `original` only where it differs from the text. */
type CaseBlock = Omit<CanonicalBlock, 'original'> & { original?: string };

describe('themes: golden fixtures, one case per folder', () => {
  const cases = fixtureCases(STAGE);

  it('has a case for every seed', () => {
    expect(cases).toEqual(expect.arrayContaining(Object.values(SEED_CASES)));
  });

  it.each(cases)('%s', (name) => {
    const docs: CaseBlock[][] = JSON.parse(readFixture(STAGE, name, 'input.json'));
    const themed = docs.map((blocks) =>
      markThemes(
        blocks.map((b) => ({ ...b, original: b.original ?? b.text })),
        matcher,
      ),
    );
    const golden = themed.map(({ themes, blocks }) => ({ themes, marks: markLines(blocks) }));
    expectMatchesFixture(STAGE, name, 'output.json', toGoldenJson(golden));
  });
});

function errorOf(text: string): string {
  try {
    parseTaxonomy(text, 'themes.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(TaxonomyError);
    return (error as Error).message;
  }
  throw new Error('expected a TaxonomyError');
}

describe('taxonomy file: content/themes.yaml', () => {
  it('ships at least 30 themes, every one with every field, descriptions in Chinese', () => {
    expect(taxonomy.themes.length).toBeGreaterThanOrEqual(30);
    for (const t of taxonomy.themes) {
      expect(t.description).toMatch(/[\u4e00-\u9fff]{10}/);
      expect(Array.isArray(t.variants) && Array.isArray(t.related) && Array.isArray(t.documents)).toBe(true);
    }
    expect(taxonomy.themes.filter((t) => t.documents.length > 0).length).toBeGreaterThanOrEqual(20);
  });

  it('has the user’s own examples by name or as a variant', () => {
    const names = (id: string) => {
      const t = taxonomy.themes.find((x) => x.id === id)!;
      return [t.name, ...t.variants.map((v) => (typeof v === 'string' ? v : v.term))];
    };
    expect(names('shuangjian')).toContain('双减');
    expect(names('jituanhua')).toContain('集团化办学');
    expect(names('jiaoshi-lungang')).toEqual(expect.arrayContaining(['教师交流轮岗', '教师轮岗']));
  });

  it.each([
    [
      'a missing field',
      entry('    variants: []\n').replace('    related: []\n', ''),
      'themes.yaml: theme #1 "shuangjian": related: ',
    ],
    [
      'a bad id',
      entry('    variants: []\n', 'Shuang Jian'),
      'themes.yaml: theme #1 "Shuang Jian": id: must be a URL slug',
    ],
    [
      'a context variant without context',
      entry('    variants:\n      - term: 托管\n'),
      'themes.yaml: theme #1 "shuangjian": variants[0]: a variant written as an object needs "requires" or "excludes"',
    ],
    [
      'an empty requires list',
      entry('    variants:\n      - term: 托管\n        requires: []\n'),
      'themes.yaml: theme #1 "shuangjian": variants[0].requires: must list at least one context word',
    ],
    [
      'a misspelt field',
      entry('    variants: []\n    varaints: []\n'),
      'themes.yaml: theme #1 "shuangjian": (the entry itself): Unrecognized key: "varaints"',
    ],
    [
      'an unknown related id',
      entry('    variants: []\n').replace('related: []', 'related: [nope]'),
      'themes.yaml: theme #1 "shuangjian": related[0]: no theme has the id "nope"',
    ],
    [
      'a term listed twice',
      entry('    variants: [校外培训, 校外培训]\n'),
      'themes.yaml: theme #1 "shuangjian": variants[1]: "校外培训" is listed twice in this theme',
    ],
    ['a YAML syntax error', 'themes:\n  - id: [x\n', 'themes.yaml: YAML syntax error at line'],
  ])('refuses %s with one line naming the entry and field', (_case, text, message) => {
    const error = errorOf(text);
    expect(error.startsWith(message), error).toBe(true);
    expect(error).not.toContain('\n');
  });

  it('refuses the same plain term in two themes, but not when both give a context', () => {
    const two = (a: string, b: string) =>
      `themes:\n  - {id: a, name: 甲, description: 一段足够长的说明文字。, variants: [${a}], related: [], documents: []}\n` +
      `  - {id: b, name: 乙, description: 一段足够长的说明文字。, variants: [${b}], related: [], documents: []}\n`;
    expect(errorOf(two('托管', '托管'))).toBe(
      'themes.yaml: theme #2 "b": variants[0]: "托管" already belongs to theme "a" (give both a "requires" context, or keep it in one theme)',
    );
    expect(() => parseTaxonomy(two('{term: 托管, requires: [课后]}', '{term: 托管, requires: [薄弱]}'))).not.toThrow();
  });
});

describe('matching on canonical text', () => {
  it('counts quoted forms, however quoted', () => {
    expect(mentions('推进“双减”工作，“新市民”子女入学')).toEqual(['双减:shuangjian', '新市民”子女:suiqian-liushou']);
  });

  it('counts a word with a quote after its first character, and a one-character word anywhere in the text', () => {
    // The scan skips a position on its first two characters unless the second is a quote.
    expect(mentions('推进双”减”工作，双减')).toEqual(['双”减:shuangjian', '双减:shuangjian']);
    // A one-character word needs no second character: the last one of the text counts too.
    const one = compileMatcher(parseTaxonomy(entry('    variants: [减]\n')));
    expect(findMentions('减负，双减。减', one).map((m) => `${m.matched}@${m.start}`)).toEqual([
      '减@0',
      '双减@3',
      '减@6',
    ]);
  });

  it('takes the longest match', () => {
    expect(mentions('实现学科类校外培训机构清理')).toEqual(['学科类校外培训:shuangjian']);
    expect(mentions('推进校长教师交流轮岗')).toEqual(['校长教师交流轮岗:jiaoshi-lungang']);
  });

  it('never cuts through a protected word', () => {
    expect(mentions('学前教育集团办学进一步壮大规模')).toEqual(['集团办学:jituanhua']);
    expect(mentions('打造一支教师队伍')).toEqual([]);
    expect(mentions('七、家校社会协同育人')).toEqual(['协同育人:jiaxiaoshe']);
    expect(mentions('选派骨干教师支教')).toEqual(['骨干教师:mingshi', '支教:jiaoshi-lungang']);
  });

  it('counts ambiguous variants only in context', () => {
    expect(mentions('全面开展课后托管，暑期托管覆盖所有学校')).toEqual(['课后托管:kehou-fuwu', '暑期托管:kehou-fuwu']);
    expect(mentions('放学后提供托管，解决家长接送难题')).toEqual(['托管:kehou-fuwu']);
    expect(mentions('对薄弱学校实行托管，由优质学校派驻校长')).toEqual(['薄弱学校:xiangcun-xuexiao']);
    expect(mentions('对薄弱学校实行委托管理')).toEqual(['薄弱学校:xiangcun-xuexiao', '委托管理:jituanhua']);
    expect(mentions('实现学科类培训机构“动态清零”')).toEqual(['学科类培训机构:shuangjian', '动态清零:shuangjian']);
    expect(mentions('确保适龄儿童失学辍学动态清零')).toEqual(['动态清零:kongchuo-baoxue']);
    expect(mentions('疫情病例动态清零')).toEqual([]);
    expect(mentions('研究实施“双元制”校企协同育人特色模式')).toEqual(['双元制:zhiye-jiaoyu']);
    expect(mentions('推进特殊教育，随班就读和融合教育并举')).toEqual([
      '特殊教育:teshu-jiaoyu',
      '随班就读:teshu-jiaoyu',
      '融合教育:teshu-jiaoyu',
    ]);
    expect(mentions('使融合教育更加有针对性')).toEqual([]);
  });

  it('stage: marks mentions beside the flags, never over them, and counts per theme', () => {
    const text = '推进双减，课后服务覆盖率*%，乱码双减??荚。';
    const block: CanonicalBlock = {
      kind: 'paragraph',
      level: 0,
      text,
      original: text,
      marks: [
        { start: text.indexOf('*'), end: text.indexOf('*') + 1, kind: 'masked' },
        { start: text.indexOf('乱码') + 2, end: text.indexOf('。'), kind: 'garbled' },
      ],
    };
    const out = markThemes([block], matcher);
    expect(out.themes).toEqual({ 'kehou-fuwu': 1, shuangjian: 1 });
    expect(out.blocks[0].marks.map((m) => [m.kind, text.slice(m.start, m.end)])).toEqual([
      ['theme', '双减'],
      ['theme', '课后服务'],
      ['masked', '*'],
      ['garbled', '双减??荚'],
    ]);
  });
});

describe('theme links in the MDX', () => {
  it('property: text full of theme words and hostile snippets compiles, shows exactly the text, one link per mention', async () => {
    const words = [
      '双减',
      '“双减”',
      '集团化办学',
      '学前教育集团办学',
      '托管',
      '课后',
      '教师轮岗',
      '{x}',
      '<b>',
      '"',
      '\\',
      '`',
      '。',
      '，',
      'www.a.cn',
    ];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 12 })
      .map((a) => a.join(''));
    await fc.assert(
      fc.asyncProperty(
        text.filter((t) => t.length > 0),
        async (t) => {
          const block: CanonicalBlock = { kind: 'paragraph', level: 0, text: t, original: t, marks: [] };
          const themed = markThemes([block], matcher);
          const tree = await renderMdx(renderBody(themed.blocks));
          expect(elements(tree, ['p']).map(textOf)).toEqual([t]);
          const links = elements(tree, ['a']);
          expect(links).toHaveLength(themed.blocks[0].marks.length);
          for (const a of links) expect(a.props.href).toBe(`../../themes/${a.props['data-theme']}/`);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the runner and the taxonomy', () => {
  const dirs = () => ({
    out: mkdtempSync(join(tmpdir(), 'themes-out-')),
    cache: mkdtempSync(join(tmpdir(), 'themes-cache-')),
  });

  it('stops on a malformed taxonomy with one line and a non-zero exit', () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'themes-')), 'themes.yaml');
    writeFileSync(bad, shipped.replace('  - id: kehou-fuwu\n    name: 课后服务\n', '  - id: kehou-fuwu\n'));
    const d = dirs();
    const run = spawnSync(
      process.execPath,
      ['scripts/ingest.ts', '--sources', seedsDir, '--out', d.out, '--cache', d.cache, '--themes', bad],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr.trim()).toMatch(/^ingest: .*themes\.yaml: theme #2 "kehou-fuwu": name: /);
    expect(run.stdout).toBe('');
  });

  it('re-ingests every source when the taxonomy changes, and only then', async () => {
    const d = dirs();
    const copy = join(mkdtempSync(join(tmpdir(), 'themes-')), 'themes.yaml');
    cpSync(themesFile, copy);
    const run = (log: string[] = []) =>
      ingest({ sources: seedsDir, ...d, check: false, log: (l) => log.push(l), themes: copy });
    expect((await run()).cached).toBe(0);
    expect((await run()).cached).toBe(5);
    writeFileSync(copy, shipped.replace('      - 弹性离校\n', ''));
    const changed = await run();
    expect(changed.cached).toBe(0);
    expect(changed.reports.find((r) => r.id.startsWith('003'))!.themes['kehou-fuwu']).toBeUndefined();
  });
});
