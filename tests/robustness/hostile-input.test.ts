/**
 * Whatever is dropped into content/sources, the pipeline never throws, every MDX it writes
 * compiles, and the page shows exactly the text the pipeline kept — hostile text included.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { processSource } from '../../scripts/ingest/pipeline.ts';
import { toFrontmatter } from '../../scripts/ingest/report.ts';
import { renderReport } from '../../scripts/ingest/write.ts';
import { blockText, elements, renderMdx, renderSiteHtml } from '../helpers/mdx.ts';

const prose = [
  '今年以来，我区坚持以立德树人为根本任务，全面推进“双减”工作落地见效。',
  '一、主要工作',
  '（一）推进集团化办学，扩大优质教育资源覆盖面。',
  '全区义务教育巩固率保持在100%，课后服务覆盖率达到*%。',
  '二、存在问题',
  '部分学校大班额问题依然存在，教师交流轮岗机制有待完善。',
];
const hostile = [
  '{props.secret}',
  '<script>alert("x")</script>',
  '<Foo onClick={() => boom()} />',
  'import fs from "node:fs"',
  'export default 1',
  '```js\nrun()\n```',
  '<iframe src="http://evil.example"></iframe>',
  '<img src=x onerror=alert(1)>',
  `\${process.env.HOME}`,
  '{/* */}',
  '[点我](javascript:alert(1))',
  '<!-- 注释 -->',
  '&lt;&amp;&#x7b;',
  '\\{\\}\\<',
  '~~~',
  '| 表 | 格 |',
];

const BLOCKS = ['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'table'];

/** The text of a report's blocks as the reference MDX compiler shows them. */
async function shownBlocks(mdx: string): Promise<string[]> {
  const tree = await renderMdx(mdx.replace(/^---\n[\s\S]*?\n---\n/, ''));
  return elements(tree, BLOCKS).map(blockText);
}

/** The text of a report's blocks in the HTML the site renders (frontmatter and all). */
async function siteBlocks(mdx: string): Promise<string[]> {
  return elements(await renderSiteHtml(mdx), BLOCKS).map(blockText);
}

async function checkSource(bytes: Uint8Array, name: string): Promise<void> {
  const result = processSource(bytes, name);
  if (!result.ok) {
    expect(result.reason).toMatch(/^[^\n]+$/);
    return;
  }
  for (const doc of result.documents) {
    const mdx = renderReport(toFrontmatter(doc, { id: 'x', source: name, sourceSha256: '0'.repeat(64) }), doc.blocks);
    const kept = doc.blocks.map((b) => b.text);
    expect(await shownBlocks(mdx)).toEqual(kept);
    expect(await siteBlocks(mdx)).toEqual(kept);
  }
}

describe('hostile and broken input', () => {
  it.each(hostile)('shows %j inside a report as text', async (snippet) => {
    const text = `某区教育局工作总结\n\n一、主要工作\n我区推进“双减”工作，${snippet}，成效明显。\n`;
    const result = processSource(Buffer.from(text), 'x.txt');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const shown = (
      await shownBlocks(
        renderReport(
          toFrontmatter(result.documents[0], { id: 'x', source: 'x.txt', sourceSha256: '0'.repeat(64) }),
          result.documents[0].blocks,
        ),
      )
    ).join('\n');
    // The only change allowed is the punctuation repair turning ASCII marks full-width next to Chinese.
    const ascii = (s: string) =>
      s.replace(/[，：；（）]/g, (c) => ({ '，': ',', '：': ':', '；': ';', '（': '(', '）': ')' })[c]!);
    for (const part of snippet.split('\n')) expect(ascii(shown)).toContain(ascii(part));
  });

  it('drops script, iframe, form and event handlers from HTML, keeps the text', async () => {
    const html = `<html><head><title>某区教育局2023年工作总结</title><script>var secret = 1;</script></head><body>
      <nav><a href="/">首页</a></nav><form><input value="表单"><button onclick="steal()">提交</button></form>
      <iframe src="http://evil.example">框架</iframe><h1>某区教育局2023年工作总结</h1>
      <p onmouseover="steal()">今年以来，我区推进“双减”工作，成效明显。</p><p>二是推进集团化办学，扩大优质教育资源。</p>
      <script>document.write('注入')</script></body></html>`;
    const result = processSource(Buffer.from(html), 'page.html');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const all = result.documents.flatMap((d) => [d.title, ...d.blocks.map((b) => b.text)]).join('\n');
    expect(all).toContain('今年以来，我区推进“双减”工作，成效明显。');
    for (const bad of ['secret', 'steal', '注入', '框架', '表单', 'evil', 'onclick']) expect(all).not.toContain(bad);
    await checkSource(Buffer.from(html), 'page.html');
  });

  it('survives one enormous line and invalid bytes in the middle', async () => {
    const line = prose.join('').repeat(3000);
    const bytes = Buffer.concat([
      Buffer.from(`标题很长的报告\n${line.slice(0, 50000)}`),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(`${line.slice(0, 50000)}\n`),
    ]);
    const result = processSource(bytes, 'big.txt');
    expect(result.ok).toBe(true);
    await checkSource(bytes, 'big.txt');
  });

  it('property: random mixtures in random encodings never throw and always render their text', async () => {
    const line = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...prose) },
      { weight: 2, arbitrary: fc.constantFrom(...hostile) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
      {
        weight: 1,
        arbitrary: fc.string({
          unit: fc.constantFrom(...'{}<>`*_[]#&\\"\'!|~:./@-，。、；：一二（）1234abc\t 教育局'),
          maxLength: 40,
        }),
      },
    );
    const input = fc.record({
      lines: fc.array(line, { minLength: 0, maxLength: 12 }),
      encoding: fc.constantFrom('utf-8', 'gb18030', 'utf-16le'),
      html: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(input, async ({ lines, encoding, html }) => {
        const text = html
          ? `<html><body>${lines.map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')}</body></html>`
          : lines.join('\n');
        const bytes = iconv.encode(text, encoding, { addBOM: encoding === 'utf-16le' });
        await checkSource(bytes, html ? 'x.html' : 'x.txt');
      }),
      { numRuns: 1000 },
    );
  });
});
