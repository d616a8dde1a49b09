/**
 * The comparison page in the browser: reads ?a=&b=, fetches the two report pages the site
 * already publishes (relative links, so any base path works), reads their blocks, compares
 * them with the build's own code (shared/compare.ts) and shows the result.
 */
import { compareReports, sideHtml, summaryHtml, type CompareBlock } from '../../shared/compare.ts';

/** A report page's blocks as the comparison reads them: paragraph numbers and the citation box left out. */
function blocksOfPage(html: string): { title: string; blocks: CompareBlock[] } {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const text = page.querySelector('[data-report-text]');
  const blocks: CompareBlock[] = [];
  for (const el of text?.querySelectorAll<HTMLElement>('h2, h3, h4, h5, h6, p[id], table[id]') ?? []) {
    for (const c of el.querySelectorAll('.cite')) c.remove();
    const content =
      el.tagName === 'TABLE'
        ? [...el.querySelectorAll('tr')]
            .map((tr) => [...tr.querySelectorAll('td, th')].map((c) => c.textContent ?? '').join('\t'))
            .join('\n')
        : (el.textContent ?? '');
    blocks.push({ id: el.id, text: content });
  }
  return { title: page.querySelector('h1')?.textContent ?? '', blocks };
}

export async function setUpComparison(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const [a, b] = [params.get('a'), params.get('b')];
  const form = document.querySelector<HTMLFormElement>('[data-compare-form]')!;
  if (a) form.a.value = a;
  if (b) form.b.value = b;
  const status = document.querySelector<HTMLElement>('[data-compare-status]')!;
  if (!a || !b) return;
  status.textContent = '正在读取两篇报告……';
  try {
    const fetchPage = async (id: string) => {
      const response = await fetch(`../reports/${encodeURIComponent(id)}/`);
      if (!response.ok) throw new Error(`没有找到报告 ${id}`);
      return blocksOfPage(await response.text());
    };
    const [left, right] = await Promise.all([fetchPage(a), fetchPage(b)]);
    const started = performance.now();
    const comparison = compareReports(left.blocks, right.blocks);
    const themes = JSON.parse(document.querySelector('[data-compare-themes]')!.textContent!) as {
      names: Record<string, string>;
      reports: Record<string, string[]>;
    };
    const [ta, tb] = [new Set(themes.reports[a] ?? []), new Set(themes.reports[b] ?? [])];
    const gap = {
      onlyA: [...ta].filter((t) => !tb.has(t)).map((t) => themes.names[t] ?? t),
      onlyB: [...tb].filter((t) => !ta.has(t)).map((t) => themes.names[t] ?? t),
    };
    const root = document.querySelector<HTMLElement>('[data-compare]')!;
    root.querySelector('[data-compare-summary]')!.innerHTML = summaryHtml(comparison, gap);
    root.querySelector('[data-side="a"]')!.innerHTML = sideHtml('a', comparison.a);
    root.querySelector('[data-side="b"]')!.innerHTML = sideHtml('b', comparison.b);
    for (const [side, report, id] of [
      ['a', left, a],
      ['b', right, b],
    ] as const) {
      const title = root.querySelector<HTMLElement>(`[data-side-title="${side}"]`)!;
      const link = document.createElement('a');
      link.href = `../reports/${encodeURIComponent(id)}/`;
      link.textContent = report.title;
      link.dataset.sideTitle = side;
      title.replaceWith(link);
    }
    status.textContent = `对照完成（${Math.round(performance.now() - started)} 毫秒）：共有段落 ${comparison.passages.length} 处。`;
  } catch (error) {
    status.textContent = `无法对照：${(error as Error).message}`;
  }
}
