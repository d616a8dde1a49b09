/** The page Pagefind indexes for a report: its article, text as character pairs. */
import { describe, expect, it } from 'vitest';
import { indexCopy } from '../../scripts/search-index/index-copy.ts';

const page = (article: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><nav>首页</nav>${article}<footer>页脚</footer></body></html>`;

describe('indexCopy', () => {
  it('encodes each block whole across inline markup, keeping block ids', () => {
    const copy = indexCopy(
      page(
        '<article data-pagefind-body><p id="p-1">推进<a class="theme-mention" href="x">集团化</a>办学。</p><h2 id="h-1">一、双减</h2></article>',
      ),
    );
    expect(copy).toBe(
      '<!doctype html><html lang="und"><head><meta charset="utf-8"><title></title></head><body><article data-pagefind-body><p id="p-1">推进 进集 集团 团化 化办 办学 学 。</p><h2 id="h-1">一 、 双减 减</h2></article></body></html>\n',
    );
  });
  it('takes metadata from an attribute so it reads as written, and indexes its text encoded', () => {
    const copy = indexCopy(
      page('<article data-pagefind-body><h1 id="report-title" data-pagefind-meta="title">双减"工作"</h1></article>'),
    )!;
    expect(copy).toContain(
      '<h1 id="report-title" data-pagefind-meta="title[data-index-meta]" data-index-meta="双减&quot;工作&quot;">双减 减 " 工作 作 "</h1>',
    );
  });
  it('drops ignored parts and scripts, but keeps ignored metadata and filters as they are', () => {
    const copy = indexCopy(
      page(
        '<article data-pagefind-body><div data-pagefind-ignore><p class="byline" data-pagefind-meta="byline">某区 · 2021年</p></div>' +
          '<div hidden data-pagefind-ignore><span data-pagefind-filter="year">2021</span></div><nav data-pagefind-ignore>目录</nav>' +
          '<p id="p-1">正文<a class="cite" data-pagefind-ignore>1</a>继续</p><script>var x = "不要";</script></article>',
      ),
    )!;
    expect(copy).toContain('<p id="p-1">正文 文继 继续 续</p>');
    expect(copy).toContain(
      '<div data-pagefind-ignore><p class="byline" data-pagefind-meta="byline">某区 · 2021年</p></div><div hidden data-pagefind-ignore><span data-pagefind-filter="year">2021</span></div></article>',
    );
    expect(copy).not.toMatch(/目录|不要|首页|页脚/);
  });
  it('leaves escaped text escaped, and has no copy for a page without a body', () => {
    expect(indexCopy(page('<article data-pagefind-body><p id="p-1">&lt;script&gt;{x}测试</p></article>'))).toContain(
      '<p id="p-1">&lt;script&gt;{x} 测试 试</p>',
    );
    expect(indexCopy(page('<main><p>无</p></main>'))).toBeUndefined();
  });
});
