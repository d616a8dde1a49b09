/**
 * The site's MDX renderer (src/loaders/mdx-html.ts): report bodies become exactly the HTML
 * @astrojs/mdx produced for them, text that looks like markup stays text, and anything but
 * plain elements is refused with a message that says what.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readReportPage, UNRENDERABLE_BODY } from '../../src/lib/report-page.ts';
import { mdxToHtml } from '../../src/loaders/mdx-html.ts';
import { readBlocks } from '../../shared/read-report.ts';
import { literal } from '../../scripts/ingest/write.ts';

/** The seeds' reports as the ingest writes them (the reviewed golden files; content/reports is not committed). */
const reports = join(import.meta.dirname, '../fixtures/pipeline/seeds');

describe('mdxToHtml', () => {
  it('renders a generated report body: blocks with ids, theme links, flag marks', async () => {
    const mdx = [
      '---',
      'title: "x"',
      '---',
      '',
      '<h2 id="h-1">{"一、推进集团化办学"}</h2>',
      '',
      '<p id="p-1">{"深入推进"}<a class="theme-mention" data-theme="jituanhua" href="../../themes/jituanhua/">{"集团化办学"}</a>{"，覆盖率达"}<span class="flag-masked" title="模板占位：数字被遮盖">{"XX"}</span>{"%。"}</p>',
    ].join('\n');
    expect(await mdxToHtml(mdx)).toBe(
      '<h2 id="h-1">一、推进集团化办学</h2>\n' +
        '<p id="p-1">深入推进<a class="theme-mention" data-theme="jituanhua" href="../../themes/jituanhua/">集团化办学</a>，覆盖率达<span class="flag-masked" title="模板占位：数字被遮盖">XX</span>%。</p>',
    );
  });

  it('shows hostile text as text: markup, JSX, expressions, entities', async () => {
    const hostile = '<script>alert("x")</script>{props.secret}<Foo onClick={() => boom()} />&amp;';
    const html = await mdxToHtml(`<p id="p-1">{${literal(hostile)}}</p>`);
    expect(html).toBe(
      '<p id="p-1">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;{props.secret}&lt;Foo onClick={() =&gt; boom()} /&gt;&amp;amp;</p>',
    );
  });

  it('escapes attribute values and renders void and boolean attributes', async () => {
    expect(await mdxToHtml('<p title={"a\\"<b"} hidden>{"x"}<br /></p>')).toBe(
      '<p title="a&quot;&lt;b" hidden>x<br></p>',
    );
  });

  it('refuses components, scripts and object attributes, naming them', async () => {
    await expect(mdxToHtml('<Foo />')).rejects.toThrow(/Foo/);
    await expect(mdxToHtml('<script>{"x"}</script>')).rejects.toThrow(/<script> is not allowed/);
    await expect(mdxToHtml('<p style={{ color: "red" }}>{"x"}</p>')).rejects.toThrow(/unsupported attribute "style"/);
  });

  it('renders every seed report so that its text reads back block for block', async () => {
    const files = readdirSync(reports).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThanOrEqual(25);
    for (const file of files) {
      const mdx = readFileSync(join(reports, file), 'utf8');
      const html = await mdxToHtml(mdx);
      const blocks = readBlocks(mdx);
      const shown = [...html.matchAll(/<(h[2-6]|p) id="([hp]-\d+)">(.*?)<\/\1>/g)].map((m) => ({
        id: m[2],
        text: m[3]
          .replace(/<[^>]+>/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      }));
      expect(shown, file).toEqual(blocks.map((b) => ({ id: b.id, text: b.text })));
    }
  });
});

describe('readReportPage', () => {
  const shipped = join(reports, readdirSync(reports).find((f) => f.endsWith('.mdx'))!);

  it("renders a report's body and reads its full frontmatter, page-only text included", async () => {
    const page = await readReportPage(shipped);
    expect(page.html).toBe(await mdxToHtml(readFileSync(shipped, 'utf8')));
    expect(page.frontmatter.removed.length).toBeGreaterThan(0);
    expect(Array.isArray(page.frontmatter.original)).toBe(true);
  });

  it('shows a notice for a body that does not render, and names the file in one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-page-'));
    const file = join(dir, 'bad.mdx');
    writeFileSync(file, readFileSync(shipped, 'utf8').replace(/\n<p id="p-1">/, '\n<Foo />\n\n<p id="p-1">'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const page = await readReportPage(file);
      expect(page.html).toBe(UNRENDERABLE_BODY);
      expect(error).toHaveBeenCalledTimes(1);
      expect(error.mock.calls[0][0]).toMatch(new RegExp(`^${file}: body not rendered, .*Foo[^\\n]*$`));
    } finally {
      error.mockRestore();
    }
  });
});
