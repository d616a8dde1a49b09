/**
 * The search page. The URL is the state (?q=…&theme=…): reading it fills the form and runs
 * the search, submitting the form writes it. A search converts Traditional words to
 * Simplified (loading the converter only when the query may need it), asks Pagefind for the
 * reports holding the rarest character pairs of each word, shard by shard (./candidates.ts),
 * and shows only candidates whose text contains every word verbatim, each linking to the
 * paragraph that holds the words, with the words to highlight there.
 */
import { excerptAround, type Segment } from '../../shared/search/text-match.ts';
import { mayNeedConversion } from '../../shared/search/needs-conversion.ts';
import { formatQuery, parseQuery, tokenize, type ParsedQuery } from '../../shared/search/query.ts';
import type { ResultText } from '../../shared/search/result-text.ts';
import { bestBlock, hitUrl, isTrueHit } from '../../shared/search/true-hits.ts';
import { appendSegments } from './hit-marks.ts';
import { findCandidates, type Candidates } from './candidates.ts';
import { loadPagefind, type SearchIndex } from './pagefind-api.ts';
import { fetchResultText } from './fetch-result-text.ts';
import { searchStatus } from './search-status.ts';

/** Results shown per page of results; candidates are checked in batches of this size. */
const PAGE = 10;
/**
 * Candidates checked per step at most (each check fetches the report's text, ~6 kB). The pairs
 * and their positions make nearly every candidate a hit, but a query of single characters
 * makes every report a candidate; without a bound such a search could fetch thousands of
 * texts before saying it found nothing. Past the bound the reader decides.
 */
const CHECKS_PER_STEP = 50;

let converter: Promise<(text: string) => string> | undefined;
/**
 * The Traditional→Simplified converter for `raw`: loaded on first use (its dictionaries are
 * ~50 kB gzipped), and not at all for a query it would leave as it is.
 */
function converterFor(raw: string): Promise<(text: string) => string> {
  if (!mayNeedConversion(raw)) return Promise.resolve((text) => text);
  converter ??= import('../../shared/search/to-simplified.ts').then((m) => m.createToSimplified());
  return converter;
}

interface Ui {
  form: HTMLFormElement;
  input: HTMLInputElement;
  selects: HTMLSelectElement[];
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  base: string;
}

interface Run {
  query: ParsedQuery;
  filtered: boolean;
  candidates: Candidates;
  /** Candidates checked so far. */
  next: number;
  shown: number;
  /** Result texts fetched beyond the last page's hits, by candidate position. */
  fetched: Map<number, ResultText>;
}

let generation = 0;
let current: Run | undefined;

/** Wires the page up; runs the search the URL holds. */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  if (!form) return;
  const ui: Ui = {
    form,
    input: form.querySelector('input[name="q"]')!,
    selects: [...form.querySelectorAll('select')],
    status: document.querySelector('[data-search-status]')!,
    list: document.querySelector('[data-search-results]')!,
    more: document.querySelector('[data-search-more]')!,
    base: form.dataset.base ?? '/',
  };
  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    ui.input.value = params.get('q') ?? '';
    for (const s of ui.selects) {
      const v = params.get(s.name) ?? '';
      s.value = [...s.options].some((o) => o.value === v) ? v : '';
    }
  };
  const submit = () => {
    const params = new URLSearchParams();
    if (ui.input.value.trim()) params.set('q', ui.input.value.trim());
    for (const s of ui.selects) if (s.value) params.set(s.name, s.value);
    history.pushState(null, '', params.size ? `?${params}` : location.pathname);
    void search(ui);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit();
  });
  for (const s of ui.selects) s.addEventListener('change', submit);
  ui.more.addEventListener('click', () => void showMore(ui, generation));
  ui.input.addEventListener('focus', () => void loadPagefind(ui.base), { once: true });
  window.addEventListener('popstate', () => {
    fromUrl();
    void search(ui);
  });
  fromUrl();
  void search(ui);
}

function activeFilters(ui: Ui): Record<string, string> {
  return Object.fromEntries(ui.selects.filter((s) => s.value).map((s) => [s.name, s.value]));
}

async function search(ui: Ui): Promise<void> {
  const g = ++generation;
  const raw = ui.input.value.trim();
  const filters = activeFilters(ui);
  ui.list.replaceChildren();
  delete ui.list.dataset.candidates;
  ui.more.hidden = true;
  current = undefined;
  if (!raw && Object.keys(filters).length === 0) {
    ui.status.textContent = '';
    document.title = document.title.replace(/^.*? · /, '搜索 · ');
    return;
  }
  // Quotes with nothing inside ("", “”, 「」) leave no word to look for. Searching anyway would
  // fall through to the filter-only listing and show every report as a hit.
  if (raw && tokenize(raw).length === 0) {
    ui.status.textContent = `没有找到结果：“${raw}”中没有可以查找的词语。`;
    document.title = document.title.replace(/^.*? · /, '搜索 · ');
    return;
  }
  ui.status.textContent = '正在搜索……';
  let index: SearchIndex;
  let toSimplified: (text: string) => string;
  try {
    [index, toSimplified] = await Promise.all([loadPagefind(ui.base), converterFor(raw)]);
  } catch {
    ui.status.textContent = '搜索索引加载失败。请确认网站已完整构建（npm run build）。';
    return;
  }
  const query = parseQuery(raw, toSimplified);
  if (g !== generation) return;
  document.title = `${raw ? `${formatQuery(query)} · ` : ''}搜索 · 教育局工作报告分析`;
  showThemeNote(query);
  const candidates = await findCandidates(index, query, filters);
  if (g !== generation) return;
  current = { query, filtered: Object.keys(filters).length > 0, candidates, next: 0, shown: 0, fetched: new Map() };
  await showMore(ui, g);
}

/**
 * Checks candidates (merging shards when they run out) until another page of true hits is
 * shown, the step's budget is spent, or no report is left.
 */
async function showMore(ui: Ui, g: number): Promise<void> {
  const run = current;
  if (!run) return;
  // Busy until this page of hits is in: the list says so (aria-busy) and "more" waits.
  ui.list.setAttribute('aria-busy', 'true');
  ui.more.disabled = true;
  let added = 0;
  const budgetEnd = run.next + CHECKS_PER_STEP;
  const { candidates } = run;
  while (added < PAGE && run.next < budgetEnd) {
    if (run.next >= candidates.list.length) {
      if (!(await candidates.more())) break;
      if (g !== generation) return;
      continue;
    }
    const from = run.next;
    const batch = candidates.list.slice(from, Math.min(from + PAGE, budgetEnd));
    const texts = await Promise.all(batch.map((r, k) => run.fetched.get(from + k) ?? fetchResultText(ui.base, r.id)));
    if (g !== generation) return;
    run.fetched.clear();
    // A page holds PAGE hits: the candidates after the one that fills it wait for "more",
    // their texts kept.
    run.next = from + batch.length;
    for (const [k, text] of texts.entries()) {
      if (added === PAGE) {
        run.next = from + k;
        for (let j = k; j < texts.length; j++) run.fetched.set(from + j, texts[j]);
        break;
      }
      if (!isTrueHit(text.blocks, run.query.terms)) continue;
      ui.list.append(renderResult(text, run.query, ui.base));
      run.shown += 1;
      added += 1;
    }
  }
  // How many reports were proposed so far, for the benchmark and anyone curious.
  ui.list.dataset.candidates = String(candidates.list.length);
  const done = candidates.exhausted && run.next >= candidates.list.length;
  ui.list.removeAttribute('aria-busy');
  ui.more.disabled = false;
  ui.more.hidden = done;
  const what = run.query.terms.length
    ? `包含${run.query.terms.map((t) => `“${t}”`).join('和')}的报告`
    : '符合筛选条件的报告';
  const outOfBudget = added < PAGE && !done;
  ui.more.textContent = outOfBudget ? '继续查找' : '显示更多结果';
  ui.status.textContent = searchStatus({
    what,
    note: conversionNote(ui.input.value.trim(), run.query),
    shown: run.shown,
    checked: run.next,
    candidates: candidates.list.length,
    allShards: candidates.exhausted,
    outOfBudget,
    missing: candidates.missing,
    filtered: run.filtered,
    hasTerms: run.query.terms.length > 0,
  });
}

/** When the query is a theme's name or wording: a pointer to the theme page and why its count differs. */
function showThemeNote(query: ParsedQuery): void {
  const note = document.querySelector<HTMLElement>('[data-theme-note]');
  const data = document.querySelector('[data-theme-words]')?.textContent;
  if (!note || !data) return;
  const words = JSON.parse(data) as Record<string, { name: string; href: string; reports: number }>;
  const theme = query.terms.length === 1 ? words[query.terms[0]] : undefined;
  note.hidden = !theme;
  if (!theme) return;
  const link = document.createElement('a');
  link.href = theme.href;
  link.textContent = `主题“${theme.name}”`;
  note.replaceChildren(
    '这是',
    link,
    `的一种说法：主题页把各种说法都计入（${theme.reports} 篇报告），这里只找与所输入文字完全相同的。`,
  );
}

function conversionNote(raw: string, query: ParsedQuery): string {
  return query.converted ? `已将繁体“${raw}”按简体“${formatQuery(query)}”搜索。` : '';
}

function renderResult(text: ResultText, query: ParsedQuery, base: string): HTMLLIElement {
  const block = bestBlock(text.blocks, query.terms);
  const li = document.createElement('li');
  const h = document.createElement('h3');
  const a = document.createElement('a');
  a.href = hitUrl(`${base}${text.url.replace(/^\//, '')}`, query.terms, block?.[0]);
  a.textContent = text.title;
  h.append(a);
  li.append(h);
  if (text.byline) li.append(paragraph('meta', [{ text: text.byline, hit: false }]));
  li.append(paragraph('excerpt', excerptAround(block?.[1] ?? text.blocks.map(([, t]) => t).join('\n'), query.terms)));
  if (block)
    li.append(
      paragraph('where', [{ text: block[0].startsWith('p-') ? `见第 ${block[0].slice(2)} 段` : '见标题', hit: false }]),
    );
  return li;
}

function paragraph(className: string, segments: Segment[]): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  appendSegments(p, segments);
  return p;
}
