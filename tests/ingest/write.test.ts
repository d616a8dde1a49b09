import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blockIds,
  inlineMdx,
  literal,
  renderBody,
  renderFrontmatter,
  renderReport,
  yamlValue,
} from '../../scripts/ingest/write.ts';
import type { CanonicalBlock } from '../../scripts/ingest/types.ts';
import { reportFrontmatterSchema, type ReportFrontmatter } from '../../shared/schemas/report.ts';
import { elements, renderMdx, textOf } from '../helpers/mdx.ts';
import { load as loadYaml } from 'js-yaml';

const paragraph = (text: string, marks: CanonicalBlock['marks'] = []): CanonicalBlock => ({
  kind: 'paragraph',
  level: 0,
  text,
  original: text,
  marks,
});

const hostile = [
  '{props.x} {1+1} {',
  '}',
  '<script>alert(1)</script>',
  '<Foo bar={1} />',
  'import x from "y"',
  'export const a = 1',
  '`code` ```fence```',
  '*强调* _下划线_ **粗体** ~~删除~~',
  '[链接](http://example.com) ![图](a.png)',
  'www.example.com 与 http://a.b/c 和 a@b.com',
  '# 不是标题',
  '> 不是引用',
  '| a | b |\n|---|---|',
  '&amp; &#123; &lt;',
  '\\ 反斜杠 \\{',
  '"引号" \'单引号\' “中文引号”',
  '\u0085\u2028\u2029\ufeff',
  '<!-- 注释 -->',
  '{/* 注释 */}',
  '---',
  '   前后空格   ',
];

/** Renders blocks as MDX, runs it, and returns the text of each block element. */
async function shown(blocks: CanonicalBlock[]): Promise<string[]> {
  const tree = await renderMdx(renderBody(blocks));
  return elements(tree, ['p', 'h2', 'h3', 'h4', 'h5']).map(textOf);
}

describe('write: report text is only ever text', () => {
  it.each(hostile)('shows %j exactly', async (text) => {
    expect(await shown([paragraph(text)])).toEqual([text]);
  });

  it('keeps every block with its anchor id and heading level', async () => {
    const blocks: CanonicalBlock[] = [
      { kind: 'heading', level: 1, text: '一、过去工作回顾', original: '一、過去工作回顧', marks: [] },
      paragraph('加大学前教育资源供给。'),
      { kind: 'heading', level: 2, text: '（一）学前教育', original: '（一）學前教育', marks: [] },
      paragraph('第二段。'),
    ];
    const tree = await renderMdx(renderBody(blocks));
    const els = elements(tree, ['p', 'h2', 'h3']);
    expect(els.map((e) => [e.type, e.props.id, textOf(e)])).toEqual([
      ['h2', 'h-1', '一、过去工作回顾'],
      ['p', 'p-1', '加大学前教育资源供给。'],
      ['h3', 'h-2', '（一）学前教育'],
      ['p', 'p-2', '第二段。'],
    ]);
    expect(blockIds(blocks)).toEqual(['h-1', 'p-1', 'h-2', 'p-2']);
  });

  it('wraps garbled runs and masked figures in marked elements, text unchanged', async () => {
    const text = '推进高中阶段学??荚囌猩，覆盖率*%。';
    const block = paragraph(text, [
      { start: text.indexOf('??'), end: text.indexOf('，'), kind: 'garbled' },
      { start: text.indexOf('*'), end: text.indexOf('。'), kind: 'masked' },
    ]);
    const tree = await renderMdx(renderBody([block]));
    expect(textOf(tree).trim()).toBe(text);
    const garbled = elements(tree, ['mark']);
    expect(garbled.map(textOf)).toEqual(['??荚囌猩']);
    expect(garbled[0].props.className ?? garbled[0].props.class).toBe('flag-garbled');
    expect(elements(tree, ['span']).map(textOf)).toEqual(['*%']);
  });

  it('links theme mentions to the theme page with a relative href, text unchanged', async () => {
    const text = '推进“双减”工作，雙減之外还有乱码??荚。';
    const block = paragraph(text, [
      { start: 3, end: 5, kind: 'theme', theme: 'shuangjian' },
      { start: text.indexOf('??'), end: text.indexOf('。'), kind: 'garbled' },
    ]);
    const body = renderBody([block]);
    expect(body).toContain(
      '<a class="theme-mention" data-theme="shuangjian" href="../../themes/shuangjian/">{"双减"}</a>',
    );
    const tree = await renderMdx(body);
    expect(textOf(tree).trim()).toBe(text);
    const links = elements(tree, ['a']);
    expect(links.map((a) => [textOf(a), a.props.href, a.props['data-theme']])).toEqual([
      ['双减', '../../themes/shuangjian/', 'shuangjian'],
    ]);
  });

  it('never writes a theme mark whose id is not a slug', () => {
    expect(inlineMdx('双减', [{ start: 0, end: 2, kind: 'theme', theme: '" onclick="x' }])).toBe('{"双减"}');
  });

  it('property: any text, in any number of blocks, compiles and shows exactly that text', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom(...hostile),
      fc.string({ unit: fc.constantFrom(...'{}<>`*_[]#&\\"\'!|~:./@-中文'), maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          text.filter((t) => t.length > 0),
          { minLength: 1, maxLength: 4 },
        ),
        async (texts) => {
          expect(await shown(texts.map((t) => paragraph(t)))).toEqual(texts);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('literal escapes what would open JSX or an expression', () => {
    expect(literal('{a}<b>')).toBe('"\\u007ba\\u007d\\u003cb\\u003e"');
    expect(inlineMdx('', [])).toBe('');
  });

  it('literal is the frontmatter escape, then the MDX one (done in one pass)', () => {
    const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    const unit = fc.oneof(
      fc.constantFrom(...'{}<>\u007f\u0084\u0085\u0086\u009f\ufffe\uffff\u2028\u2029"\\\n中'),
      fc.string({ unit: 'binary', maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        expect(literal(text)).toBe(yamlValue(text).replace(/[{}<>\u2028\u2029]/g, unicodeEscape));
      }),
    );
  });
});

describe('write: frontmatter', () => {
  const front: ReportFrontmatter = {
    id: 'a-01',
    title: '标题 "引号" {x} <y>\u0085',
    titleSource: 'page',
    source: 'a b#%.txt',
    sourceSha256: 'a'.repeat(64),
    part: 1,
    parts: 2,
    encoding: 'gb18030',
    format: 'txt',
    script: 'Hant',
    issuer: '苏州市教育局',
    place: '苏州市',
    placeCode: '320500',
    placePath: ['江苏省', '苏州市'],
    level: '市',
    years: [2022, 2023],
    docType: '工作报告',
    official: null,
    sourceSite: null,
    flags: [],
    repairs: [],
    stripped: { count: 0, rules: {} },
    chars: 10,
    paragraphs: 1,
    themes: { shuangjian: 1 },
    outline: [],
    original: [{ id: 'p-1', text: '正文' }],
    removed: [{ line: 1, text: '版權說明: x', rule: 'copyright-notice' }],
    layout: [],
  };

  it('is YAML that parses back to the same data and passes the schema', () => {
    const text = renderFrontmatter(front);
    const parsed = loadYaml(text.replace(/^---\n|---\n$/g, ''));
    expect(reportFrontmatterSchema.parse(parsed)).toEqual(front);
  });

  it('refuses data the site would refuse', () => {
    expect(() => renderFrontmatter({ ...front, id: 'Not Safe' })).toThrow();
  });

  it('a whole report compiles as MDX', async () => {
    const tree = await renderMdx(renderReport(front, [paragraph('正文')]).replace(/^---[\s\S]*?---\n/, ''));
    expect(elements(tree, ['p']).map(textOf)).toEqual(['正文']);
  });
});
