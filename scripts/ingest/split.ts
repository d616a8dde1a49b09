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
import { DOC_NUMBER, frameKind } from './frame.ts';
import { isCaption } from './news-lines.ts';
import { toSimplifiedChars } from './strip/simplified.ts';
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
const BYLINE = /^(?:[（(□]\s*)?(?:\S{0,8}?\s?(?:记者|通讯员)|本报讯|本网讯)/;
/**
 * Lines that stand where a title does but are none: a photo's caption (△…。竺芳梓 摄, 会议现场),
 * a paper's or site's name (香港商报), a dateline (date 2025-08-19 快讯).
 */
const SITE_LINE =
  /^date\b|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|^\p{Script=Han}{2,6}(?:日报|晚报|商报|时报|经济报|新闻网?|网)$/iu;
const isNotTitle = (text: string): boolean => isCaption(text) || SITE_LINE.test(text);
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|[⑴-⒇])/;

/** A line that can be a title: short, not a sentence, not a numbered heading. */
export function looksLikeTitle(text: string): boolean {
  // A title cell of a flattened table (…工作报告 | ||||||): the bars are the table's.
  const t = text.trim().replace(/(?:\s*[|｜])+$/, '');
  if (t.length < 4 || t.length > 80) return false;
  // A salutation (同志们：, 各位领导：) opens a speech; a title never ends with a colon; a
  // byline (（记者 李世秀 通讯员 林文）7月21日晚, □常德日报记者…) opens news.
  const simplified = toSimplifiedChars(t);
  if (SENTENCE_END.test(t) || NUMBERED.test(t) || /[:：]$/.test(t) || BYLINE.test(simplified) || isNotTitle(simplified))
    return false;
  // A quotation opens a sentence, unless it is a slogan heading the title («健康飲食早啟蒙» 黃偉哲市長出席…).
  const slogan = /^[“「『][^”」』]{2,20}[”」』]\s*\p{Script=Han}{4}/u.test(t);
  if (/^[“"‘「『《——-]/.test(t) && !t.startsWith('《') && !slogan) return false;
  return /\p{Script=Han}/u.test(t);
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
  if (
    core !== title &&
    titleLines.length === 0 &&
    body[0] &&
    !lines.some((l) => matchedLength(l.text.trim(), title) > 0)
  ) {
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
  if (
    titleLines.length > 0 &&
    /^[—–]{1,2}\s*\p{Script=Han}/u.test(subtitle) &&
    subtitle.length <= 40 &&
    !SENTENCE_END.test(subtitle)
  ) {
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
  let lines = nonBlank(kept);
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
    const headIsDocument = head.some((l) => l.text.trim() !== headTitle);
    if (headIsDocument) docs.push(headTitle ? takeTitle(head, headTitle) : untitled(head));
    for (let k = 0; k + 1 < bounds.length; k++) {
      const chunk = lines.slice(bounds[k], bounds[k + 1]);
      docs.push(takeTitle(chunk, chunk[0].text.trim()));
    }
    // The page's own title over its items, when nothing else stands above them, is on record
    // with the first item: it is the collection's, and never vanishes.
    if (!headIsDocument && head.length > 0 && ownStart < 0) {
      docs[0] = {
        ...docs[0],
        removed: [...head.map((l) => ({ line: l.line, text: l.text, rule: 'collection-title' })), ...docs[0].removed],
      };
    }
    return docs;
  }

  // The 红头, a 文号 or a date above an official document's title stay in its text.
  // A joint masthead names its bodies on lines above the …文件 line: those are masthead too.
  lines = unglueNumberedTitle(lines);
  const aboveTitle = (i: number) =>
    ABOVE_TITLE.has(frameKind(lines[i].text) ?? 'none') ||
    (frameKind(lines[i].text) === 'body' && frameKind(lines[i + 1]?.text ?? '') === 'masthead');
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
  const title = lines
    .slice(start, end)
    .map((l) => l.text.trim())
    .join('');
  if (end >= lines.length || !looksLikeTitle(title.slice(0, 80))) return null;
  const doc = takeTitle(lines.slice(end), title);
  return {
    ...doc,
    titleLines: [...lines.slice(start, end).map((l) => l.line), ...doc.titleLines],
    lines: [...lines.slice(0, start), ...doc.lines],
  };
}

/** A site's tag after a title: (2023年), (全文), 【精选推荐】. */
const SITE_TAG = /\s*[(（【][^()（）【】]{1,6}[)）】]$/;
/** How a complete title ends: its type, or a plan's words (…工作安排, …工作打算, …工作思路). */
const TITLE_END = /(?:报告|总结|计划|要点|通知|通报|意见|方案|汇报|讲话|办法|规划|细则|安排|打算|思路)$/;

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
    // A PDF's text broken at every number (党政领导干部 / 2022 / 年度…自评报告): the year
    // on its own line, then the rest of the title.
    const after = lines[from + count + 1]?.text.trim() ?? '';
    const yearPiece = /^(?:19|20)\d{2}$/.test(next) && TYPE_WORD.test(after) && !TYPE_WORD.test(title);
    const afterYear = /(?:19|20)\d{2}$/.test(title) && /^年/.test(next) && TYPE_WORD.test(next);
    const endsType = (next.length <= 12 || afterYear) && TYPE_WORD.test(next) && !TYPE_WORD.test(title);
    // 关于印发凌海市推进 / 县域义务教育…督导评估 / 规划实施细则的通知: a 关于 title runs on to its form.
    // A headline naming documents it hands out (南京印发《关于…的实施意见》) is finished.
    const unfinished = /^.{0,30}关于/.test(title.replace(/《[^《》]*》/g, '')) && !TYPE_WORD.test(title);
    const fragment = next.length <= 40 && !SENTENCE_END.test(next) && !NUMBERED.test(next) && !/[:：，,]/.test(next);
    if (!fragment || frameKind(next) !== null || !(open || endsType || unfinished || yearPiece)) break;
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

/** A 文号 with the title run on (吉教发[2015]1号关于印发《…》的通知): the number line, then the title line. */
const NUMBER_THEN_TITLE = new RegExp(`^(\\s*${DOC_NUMBER.source})\\s*(\\S.*)$`, 'u');

/** Splits a 文号 line among the first lines that carries the title, as two lines of one source line. */
function unglueNumberedTitle(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  lines.forEach((l, i) => {
    const m = i < 4 ? NUMBER_THEN_TITLE.exec(l.text) : null;
    const title = m?.at(-1) ?? '';
    if (m && looksLikeTitle(title) && /关于/.test(title) && TYPE_WORD.test(title))
      out.push({ line: l.line, text: m[1] }, { line: l.line, text: title });
    else out.push(l);
  });
  return out;
}

/** Frame parts that stand above a title (GB/T 9704): never the title themselves. */
export const ABOVE_TITLE: ReadonlySet<string> = new Set(['masthead', 'number', 'classification', 'signatory', 'date']);

/** What marks a page or an item as one of a collection: （热门14篇）, 第1篇, 篇一, 合集, 大全. */
const COLLECTION_MARK =
  /[(（【]?\s*(?:精选|热门|精编|通用|优秀|最新|推荐)?\s*[\d一二三四五六七八九十百]+\s*篇\s*[)）】]?$|第\s*[\d一二三四五六七八九十]+\s*篇|篇\s*[\d一二三四五六七八九十]+$|合集|大全/;

/** Running text: long, with a clause inside. */
const isProse = (text: string): boolean => text.length >= 30 && /[，。；,;]/.test(text);

/** What may stand between a title and its text: a salutation, a frame part, a dated author line. */
const isLeadIn = (text: string): boolean =>
  /[:：]$/.test(text) ||
  LEAD_IN_FRAME.has(frameKind(text.replace(/\s+/g, '')) ?? 'none') ||
  /[（(][^（）()]*\d{1,2}\s*日[)）]$/.test(text);
const LEAD_IN_FRAME = new Set(['addressee', 'body', 'date', 'byline']);

/**
 * One item of a collection page, or a page's title over the document's own: the document's
 * title is the complete title nearest above its text (全县教育局政府工作报告落实情况报告), and
 * the lines above it — the collection's title (…（热门14篇）), its item labels (… 第1篇) —
 * are the site's. Null when the page shows no such evidence.
 */
function itemTitle(lines: SourceLine[]): SplitDocument | null {
  const prose = lines.findIndex((l) => isProse(l.text.trim()));
  if (prose < 2 || prose > 8) return null;
  let at = prose - 1;
  // A numbered heading over the first paragraph (（一）工作成效及措施) is the text's, not its title.
  while (at > 0 && (isLeadIn(lines[at].text.trim()) || NUMBERED.test(lines[at].text))) at--;
  // An issuing body's name over the title (曲沃县教育局 / 行政审批工作情况汇报) is its first half.
  const bodyAbove =
    at > 1 && frameKind(lines[at - 1].text.trim()) === 'body' && !lines[at].text.includes(lines[at - 1].text.trim());
  if (bodyAbove) at--;
  const title = bodyAbove ? `${lines[at].text.trim()}${lines[at + 1].text.trim()}` : lines[at].text.trim();
  const above = lines.slice(0, at).map((l) => l.text.trim());
  // A title printed twice is one title (../split.ts takeTitle), not a page's over an item's.
  if (at < 1 || !looksLikeTitle(title) || COLLECTION_MARK.test(title) || /^[—–]/.test(title) || above.includes(title))
    return null;
  if (above.some((t) => frameKind(t) !== null || !(looksLikeTitle(t) || COLLECTION_MARK.test(t)))) return null;
  // A compilation (…工作要点汇编（6篇）) is one document: its title is its own.
  const marked = above.some((t) => COLLECTION_MARK.test(t)) && !/汇编/.test(above[0]);
  // Two complete titles, the site's copy (…工作安排【精选推荐】) over the document's own.
  const complete = (t: string): boolean => TITLE_END.test(t.replace(SITE_TAG, ''));
  const twoTitles = above.length === 1 && complete(above[0]) && complete(title);
  if (!marked && !twoTitles) return null;
  const doc = bodyAbove ? takeMultiLineTitle(lines.slice(at), { title, count: 2 }) : takeTitle(lines.slice(at), title);
  const removed = lines.slice(0, at).map((l) => ({ line: l.line, text: l.text, rule: 'collection-title' }));
  return { ...doc, removed: [...removed, ...doc.removed] };
}

/** One document's title and lines (see splitDocuments). */
function singleDocument(lines: SourceLine[], pageTitle: string | undefined): SplitDocument[] {
  const item = itemTitle(lines);
  if (item) return [item];
  const first = lines[0].text.trim();
  // A caption, a paper's name or a dateline over the title: the title is the next line. The
  // site's own line is on record; a caption stays with the text it illustrates.
  const next = lines[2]?.text.trim() ?? '';
  if (
    isNotTitle(toSimplifiedChars(first)) &&
    lines.length > 2 &&
    looksLikeTitle(lines[1].text) &&
    (isProse(next) || next === lines[1].text.trim())
  ) {
    const [doc] = singleDocument(lines.slice(1), pageTitle);
    if (doc.title !== null) {
      if (isCaption(toSimplifiedChars(first))) return [{ ...doc, lines: [lines[0], ...doc.lines] }];
      return [
        { ...doc, removed: [{ line: lines[0].line, text: first, rule: 'site-line-above-title' }, ...doc.removed] },
      ];
    }
  }
  // A title run into the first sentence after a space, or into a speech's salutation.
  const glued = GLUED_WITH_SPACE.exec(first) ?? GLUED_SALUTATION.exec(first);
  // …only when what follows is prose, not the title's second half (…总结 暨2024年工作计划).
  if (glued && glued[2].length >= 20 && /[，。；,;]/.test(glued[2]))
    return [
      {
        ...untitled([{ line: lines[0].line, text: glued[2] }, ...lines.slice(1)]),
        title: glued[1],
        titleLines: [lines[0].line],
      },
    ];
  // An issuing body's name over a title without it (广州市教育局 / 2015年度政府信息公开年度报告):
  // the title is both.
  const second = lines[1]?.text.trim() ?? '';
  if (
    frameKind(first) === 'body' &&
    looksLikeTitle(second) &&
    frameKind(second) === null &&
    !second.startsWith(first) &&
    lines.length > 2
  ) {
    const span = titleSpan(lines, 1);
    if (TYPE_WORD.test(span.title)) {
      const doc = takeMultiLineTitle(lines.slice(1), span);
      return [{ ...doc, title: first + doc.title, titleLines: [lines[0].line, ...doc.titleLines] }];
    }
  }
  // A government site's header names its publisher over the title that names it again
  // (泾县教育体育局 / 泾县教育体育局2023年政府信息公开工作年度报告): the header is the site's.
  if (
    frameKind(first) === 'body' &&
    second.includes(first) &&
    looksLikeTitle(second) &&
    TYPE_WORD.test(second) &&
    lines.length > 2
  ) {
    const doc = takeMultiLineTitle(lines.slice(1), titleSpan(lines, 1));
    return [{ ...doc, removed: [{ line: lines[0].line, text: first, rule: 'publisher-header' }, ...doc.removed] }];
  }
  // A title broken at its year (党政领导干部 / 2022 / 年度…自评报告) is one title, whatever its
  // first piece looks like.
  if (/^(?:19|20)\d{2}$/.test(second) && lines.length > 3) {
    const span = titleSpan(lines, 0);
    if (span.count === 3 && TYPE_WORD.test(span.title)) return [takeMultiLineTitle(lines, span)];
  }
  if (titleStarts(lines)[0] === 0) return [takeTitle(lines, first)];
  // A bureau's bare name heading its report (广州市海珠区教育局 / 2018年3月 / 本报告是…) is no title.
  if (frameKind(first) === 'body') return [untitled(lines)];
  const fromPage = pageTitle?.trim();
  // A line broken off mid-sentence (加之地方的教师培训经费不到位，教师除了参加") is no title
  // where the page names one.
  const broken = /[，,、]/.test(first) && !TYPE_WORD.test(first);
  if (looksLikeTitle(first) && lines.length > 1 && !(broken && fromPage && looksLikeTitle(fromPage)))
    return [takeMultiLineTitle(lines, titleSpan(lines, 0))];
  if (fromPage && looksLikeTitle(fromPage)) return [takeTitle(lines, fromPage)];
  return [untitled(lines)];
}

/** A title run into the first sentence with only a space between (县教育发展专题调研报告 按照…). */
const GLUED_WITH_SPACE = /^(\S{6,40}?(?:报告|总结|汇报|计划|要点|讲话|方案|意见|通知|发言|致辞|述职))\s+(\S.*)$/u;

/** A speech's title run into its salutation (…开学工作会议上讲话同志们：大家上午好). */
const GLUED_SALUTATION =
  /^(.{6,60}?(?:讲话|发言|致辞)(?:稿|材料)?[】\]]?)((?:同志们|各位领导|尊敬的)[^。]{0,30}[，,：:].*)$/u;

function untitled(lines: SourceLine[]): SplitDocument {
  return { title: null, titleLines: [], lines, repairs: [], removed: [] };
}
