/**
 * Split: one cleaned page → one or more documents, each with its title.
 *
 * Document-sharing pages repeat a document's title: on its own line, again on its own
 * line, and a third time glued to the first sentence —
 *   教育局全年工作总结 / 教育局全年工作总结 / 教育局全年工作总结一、教育政策实施概况…
 * becomes one document titled 教育局全年工作总结 whose text starts 一、教育政策实施概况…
 * Two or more such title starts make a collection (合集) page; the page's own document
 * starts where the page title (its first line) comes back after the items.
 */
import type { Repair } from '../../shared/schemas/report.ts';
import { frameKind } from './frame.ts';
import type { Removal, SourceLine } from './types.ts';

/** One document found on a page: its title (null when the page has none) and its lines. */
export interface SplitDocument {
  title: string | null;
  /** Numbers of the source lines the title was read from, each copy ([] when it was no line). */
  titleLines: number[];
  lines: SourceLine[];
  repairs: Repair[];
  /** Site text glued to the document's first line (a recommendation blurb), cut off here. */
  removed: Removal[];
}

/** 以下是为您推荐的《…》，所属讲话稿类文章，欢迎阅读参考! — a sharing site's blurb before the text. */
const BLURB = /^以下是[为為][您你]推[荐薦]的《[^》]{1,80}》[^!！。]{0,30}[!！。]/;

const SENTENCE_END = /[。！？!?]$/;
const BYLINE = /^(?:[（(□]\s*)?(?:\S{0,8}?(?:记者|通讯员)|本报讯|本网讯)/;
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|[⑴-⒇])/;

/** A line that can be a title: short, not a sentence, not a numbered heading. */
export function looksLikeTitle(text: string): boolean {
  const t = text.trim();
  if (t.length < 4 || t.length > 80) return false;
  // A salutation (同志们：, 各位领导：) opens a speech; a title never ends with a colon; a
  // byline (（记者 李世秀 通讯员 林文）7月21日晚, □常德日报记者…) opens news.
  if (SENTENCE_END.test(t) || NUMBERED.test(t) || /[:：]$/.test(t) || BYLINE.test(t)) return false;
  if (/^[“"‘「『《——-]/.test(t) && !t.startsWith('《')) return false;
  return /[\u4e00-\u9fff]/.test(t);
}

/** Non-blank lines only, with their positions kept. */
function nonBlank(lines: SourceLine[]): SourceLine[] {
  return lines.filter((l) => l.text.trim() !== '');
}

/** Index (into `lines`) of every line where a repeated-title pattern starts a document. */
function titleStarts(lines: SourceLine[]): number[] {
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text.trim();
    if (!looksLikeTitle(t)) continue;
    const next = lines.slice(i + 1, i + 3).map((l) => l.text.trim());
    if (next.some((n) => n === t || (n.startsWith(t) && n.length > t.length))) {
      starts.push(i);
      while (i + 1 < lines.length && lines[i + 1].text.trim() === t) i++;
    }
  }
  return starts;
}

/** Characters that may differ between a title and its glued copy (教育局工作总结——提升…). */
const TITLE_NOISE = /[\s—–\-_:：|｜·]/;

/**
 * Length of the prefix of `line` that repeats `title`, ignoring dashes, colons and spaces
 * either side may carry; 0 when the line does not start with the title or is only the title.
 */
export function gluedTitleLength(line: string, title: string): number {
  const exact = matchedLength(line, title);
  if (exact > 0) return exact;
  // The page's list may add a site suffix the document itself lacks: 报告-最新范文 / 报告以下是…
  const core = title.replace(SITE_SUFFIX, '');
  return core !== title && core.length >= 6 ? matchedLength(line, core) : 0;
}

/** A trailing tag a sharing site appends to titles in its lists. */
const SITE_SUFFIX = /\s*[-_|｜–—]+\s*[^-_|｜–—]{1,8}$/;

function matchedLength(line: string, title: string): number {
  let i = 0;
  let j = 0;
  while (j < title.length && i < line.length) {
    if (line[i] === title[j]) {
      i++;
      j++;
    } else if (TITLE_NOISE.test(line[i])) i++;
    else if (TITLE_NOISE.test(title[j])) j++;
    else return 0;
  }
  while (j < title.length && TITLE_NOISE.test(title[j])) j++;
  return j === title.length && i < line.length ? i : 0;
}

/**
 * Takes the title off the front of a document: drops the lines that repeat it and the
 * copy glued onto the first sentence, recording one `repeated-title` repair.
 */
function takeTitle(lines: SourceLine[], pageTitle: string): SplitDocument {
  let title = pageTitle;
  const body: SourceLine[] = [];
  let repeats = 0;
  const titleLines: number[] = [];
  let atTop = true;
  for (const line of lines) {
    const t = line.text.trim();
    if (atTop && t === title) {
      repeats++;
      titleLines.push(line.line);
      continue;
    }
    let rest = t;
    for (let glued = gluedTitleLength(rest, title); atTop && glued > 0; glued = gluedTitleLength(rest, title)) {
      repeats++;
      if (titleLines.at(-1) !== line.line) titleLines.push(line.line);
      rest = rest.slice(glued).trimStart();
    }
    if (rest !== t) {
      body.push({ line: line.line, text: rest });
      atTop = false;
      continue;
    }
    atTop = false;
    body.push(line);
  }
  // Matched only without the site's suffix (报告-最新范文): the document's own title is shorter.
  const core = title.replace(SITE_SUFFIX, '');
  // Only a title that stood on no line of its own (an HTML <title>): a line's text is kept whole.
  if (core !== title && titleLines.length === 0 && body[0] && !lines.some((l) => matchedLength(l.text.trim(), title) > 0)) {
    title = core;
  }
  const removed: Removal[] = [];
  const blurb = body[0] ? BLURB.exec(body[0].text) : null;
  if (blurb) {
    removed.push({ line: body[0].line, text: blurb[0], rule: 'recommendation-blurb' });
    let rest = body[0].text.slice(blurb[0].length).trimStart();
    const glued = gluedTitleLength(rest, title) || (rest === title ? rest.length : 0);
    if (glued > 0) {
      repeats++;
      rest = rest.slice(glued).trimStart();
    }
    if (rest) body[0] = { line: body[0].line, text: rest };
    else body.shift();
  }
  // A subtitle right under the title (——对绥德县教育工作的调研) is the title's second half.
  const subtitle = body[0]?.text.trim() ?? '';
  if (titleLines.length > 0 && /^[—–]{1,2}\s*\p{Script=Han}/u.test(subtitle) && subtitle.length <= 40 && !SENTENCE_END.test(subtitle)) {
    title = `${title}${subtitle}`;
    titleLines.push(body[0].line);
    body.shift();
  }
  const extra = repeats - 1;
  const repairs: Repair[] = extra > 0 ? [{ kind: 'repeated-title', count: extra, examples: [title] }] : [];
  return { title, titleLines, lines: body, repairs, removed };
}

/** Splits a page's kept lines into its documents (see the module comment). */
export function splitDocuments(kept: SourceLine[], pageTitle?: string, layoutTitle?: number[]): SplitDocument[] {
  const lines = nonBlank(kept);
  if (lines.length === 0) return [];
  if (layoutTitle?.length) {
    const laid = titleFromLayout(lines, new Set(layoutTitle));
    if (laid) return [laid];
  }
  const starts = titleStarts(lines);

  // A collection has two or more different titles; one line repeated (a news photo's
  // caption) is not one.
  const distinct = new Set(starts.map((i) => lines[i].text.trim()));
  if (starts.length >= 2 && distinct.size >= 2) {
    const first = lines[0].text.trim();
    const headTitle = starts[0] > 0 && looksLikeTitle(first) ? first : null;
    // The page's own document: the page title coming back after the last item.
    let ownStart = -1;
    if (headTitle) {
      for (let i = lines.length - 1; i > starts[starts.length - 1]; i--) {
        if (lines[i].text.trim() === headTitle) {
          ownStart = i;
          break;
        }
      }
    }
    const bounds = [...starts, ...(ownStart >= 0 ? [ownStart] : []), lines.length];
    const docs: SplitDocument[] = [];
    // Text above the first item that is more than the page's title is a document of its own.
    const head = lines.slice(0, starts[0]);
    if (head.some((l) => l.text.trim() !== headTitle)) docs.push(headTitle ? takeTitle(head, headTitle) : untitled(head));
    for (let k = 0; k + 1 < bounds.length; k++) {
      const chunk = lines.slice(bounds[k], bounds[k + 1]);
      docs.push(takeTitle(chunk, chunk[0].text.trim()));
    }
    return docs;
  }

  // The 红头, a 文号 or a date above an official document's title stay in its text.
  // A joint masthead names its bodies on lines above the …文件 line: those are masthead too.
  const aboveTitle = (i: number) => ABOVE_TITLE.has(frameKind(lines[i].text) ?? 'none') || (frameKind(lines[i].text) === 'body' && frameKind(lines[i + 1]?.text ?? '') === 'masthead');
  let lead = 0;
  while (lead < Math.min(lines.length - 1, 4) && aboveTitle(lead)) lead++;
  const [doc] = singleDocument(lines.slice(lead), pageTitle);
  return [{ ...doc, lines: [...lines.slice(0, lead), ...doc.lines] }];
}

/**
 * A document whose title its layout set (a PDF's or Word file's large centred lines): the
 * title is those lines; what stands above it (红头, 文号, a brief's masthead) stays in the text.
 */
function titleFromLayout(lines: SourceLine[], titleLines: Set<number>): SplitDocument | null {
  const start = lines.findIndex((l) => titleLines.has(l.line));
  if (start < 0) return null;
  let end = start;
  while (end < lines.length && titleLines.has(lines[end].line)) end++;
  const title = lines.slice(start, end).map((l) => l.text.trim()).join('');
  if (end >= lines.length || !looksLikeTitle(title.slice(0, 80))) return null;
  const doc = takeTitle(lines.slice(end), title);
  return { ...doc, titleLines: [...lines.slice(start, end).map((l) => l.line), ...doc.titleLines], lines: [...lines.slice(0, start), ...doc.lines] };
}

/** Words a title ends its document's type with. */
const TYPE_WORD = /(?:报告|总结|计划|要点|通知|通报|意见|方案|汇报|讲话|办法|规划|细则)$/;

/**
 * A title set over two or three lines (关于印发《2023年对市级人民政府履行 / 教育职责评价报告》的通知):
 * the lines after the first join it while a book title is still open, or while a short line
 * ends the type the title has not named yet.
 */
function titleSpan(lines: SourceLine[], from: number): { title: string; count: number } {
  let title = lines[from].text.trim();
  let count = 1;
  while (count < 3 && from + count < lines.length - 1) {
    const next = lines[from + count].text.trim();
    const open = (title.match(/《/g)?.length ?? 0) > (title.match(/》/g)?.length ?? 0);
    const endsType = next.length <= 12 && TYPE_WORD.test(next) && !TYPE_WORD.test(title);
    const fragment = next.length <= 40 && !SENTENCE_END.test(next) && !NUMBERED.test(next) && !/[:：，,]/.test(next);
    if (!fragment || frameKind(next) !== null || !(open || endsType)) break;
    title += next;
    count++;
  }
  return { title, count };
}

/** takeTitle for a title that may span lines: the span's lines are the title's first copy. */
function takeMultiLineTitle(lines: SourceLine[], span: { title: string; count: number }): SplitDocument {
  if (span.count === 1) return takeTitle(lines, span.title);
  const doc = takeTitle(lines.slice(span.count), span.title);
  return { ...doc, titleLines: [...lines.slice(0, span.count).map((l) => l.line), ...doc.titleLines] };
}

/** Frame parts that stand above a title (GB/T 9704): never the title themselves. */
const ABOVE_TITLE = new Set(['masthead', 'number', 'classification', 'signatory', 'date']);

/** One document's title and lines (see splitDocuments). */
function singleDocument(lines: SourceLine[], pageTitle: string | undefined): SplitDocument[] {
  const first = lines[0].text.trim();
  // A title run into the first sentence after a space, or into a speech's salutation.
  const glued = GLUED_WITH_SPACE.exec(first) ?? GLUED_SALUTATION.exec(first);
  // …only when what follows is prose, not the title's second half (…总结 暨2024年工作计划).
  if (glued && glued[2].length >= 20 && /[，。；,;]/.test(glued[2])) return [{ ...untitled([{ line: lines[0].line, text: glued[2] }, ...lines.slice(1)]), title: glued[1], titleLines: [lines[0].line] }];
  // An issuing body's name over a title without it (广州市教育局 / 2015年度政府信息公开年度报告):
  // the title is both.
  const second = lines[1]?.text.trim() ?? '';
  if (frameKind(first) === 'body' && looksLikeTitle(second) && frameKind(second) === null && !second.startsWith(first) && lines.length > 2) {
    const span = titleSpan(lines, 1);
    if (TYPE_WORD.test(span.title)) {
      const doc = takeMultiLineTitle(lines.slice(1), span);
      return [{ ...doc, title: first + doc.title, titleLines: [lines[0].line, ...doc.titleLines] }];
    }
  }
  if (titleStarts(lines)[0] === 0) return [takeTitle(lines, first)];
  if (looksLikeTitle(first) && lines.length > 1) return [takeMultiLineTitle(lines, titleSpan(lines, 0))];
  const fromPage = pageTitle?.trim();
  if (fromPage && looksLikeTitle(fromPage)) return [takeTitle(lines, fromPage)];
  return [untitled(lines)];
}

/** A title run into the first sentence with only a space between (县教育发展专题调研报告 按照…). */
const GLUED_WITH_SPACE = /^(\S{6,40}?(?:报告|总结|汇报|计划|要点|讲话|方案|意见|通知|发言|致辞|述职))\s+(\S.*)$/u;

/** A speech's title run into its salutation (…开学工作会议上讲话同志们：大家上午好). */
const GLUED_SALUTATION = /^(.{6,60}?(?:讲话|发言|致辞))((?:同志们|各位领导|尊敬的)[，,：:].*)$/u;

function untitled(lines: SourceLine[]): SplitDocument {
  return { title: null, titleLines: [], lines, repairs: [], removed: [] };
}
