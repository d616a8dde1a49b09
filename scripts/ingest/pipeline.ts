/**
 * One source file's bytes → its cleaned documents. Pure: no file system, no clock, so the
 * same bytes always give the same documents and the runner may cache the result by hash.
 * Ids, MDX and the manifest are the runner's, since they depend on the whole corpus.
 */
import type { ReportMeta } from '../../shared/schemas/report.ts';
import { decodeSource, formatOf } from './decode.ts';
import { decodeDocument } from './documents/index.ts';
import { flagDocument } from './flags.ts';
import { frameRoles } from './frame-blocks.ts';
import { frameKind, isFrameLine } from './frame.ts';
import { textTooLong } from './limits.ts';
import { extractMeta, type Meta } from './meta.ts';
import { repairDocument } from './repair.ts';
import { restorePunctuation } from './repair/punctuation.ts';
import { detectScript, toSimplified } from './script.ts';
import { ABOVE_TITLE, splitDocuments, type SplitDocument } from './split.ts';
import { stripChrome } from './strip.ts';
import { structureDocument } from './structure.ts';
import { markThemes, type ThemeMatcher } from './themes.ts';
import type { CanonicalBlock, Decoded, FrameRole, Removal, SourceLine } from './types.ts';
import { cleanTitle, handedOut } from './meta/title.ts';

/** A cleaned document, everything but its id: the shared schema's fields plus its blocks. */
export type ProcessedDocument = Meta &
  Pick<ReportMeta, 'part' | 'parts' | 'encoding' | 'format' | 'script' | 'flags' | 'repairs' | 'themes'> & {
    removed: Removal[];
    blocks: CanonicalBlock[];
    /** What the layout of a PDF or Word file told (empty for pages). */
    layout: string[];
  };

export type SourceResult = { ok: true; text: string; documents: ProcessedDocument[] } | { ok: false; reason: string };

/** The removed lines that belong to each document: by line range, page edges to the ends. */
function removalsByDocument(docs: SplitDocument[], removed: Removal[]): Removal[][] {
  const starts = docs.map((d) => d.lines[0]?.line ?? Number.POSITIVE_INFINITY);
  return docs.map((_, k) =>
    removed.filter((r) => {
      const afterStart = k === 0 || r.line >= starts[k];
      const beforeNext = k === docs.length - 1 || r.line < starts[k + 1];
      return afterStart && beforeNext;
    }),
  );
}

/** Removed lines in which a site says something about the document: its title, its publisher. */
const SITE_HINTS = new Set([
  'editor-intro',
  'page-marker',
  'repeated-furniture',
  'page-info',
  'field-line',
  'head-chrome',
]);

/** Letters and digits only: a title whose punctuation was restored is not decorated. */
const lettersOf = (text: string): string => text.replace(/[^\p{L}\p{N}]/gu, '');

/** Cleans one document: repair → structure → script → flags → themes → metadata. */
interface DocumentContext {
  previewCut: boolean;
  site: string | null;
  themes: ThemeMatcher | null;
  /** What the site wrote about this document and the stripper removed (intro, captions, header fields). */
  hints: string[];
}

function processDocument(doc: SplitDocument, context: DocumentContext) {
  const repaired = repairDocument(doc.lines);
  const script = detectScript([doc.title ?? '', ...repaired.lines.map((l) => l.text)].join('\n'));
  // 关于印发《…工作要点》的通知: the report is titled by what it hands out, and the notice's own
  // title opens its text, where GB/T 9704 sets a title.
  // The title as the meta stage reads it, so that both agree on what is a notice.
  const metaTitle = doc.title === null ? null : toSimplified(restorePunctuation(doc.title).text, script);
  const notice = metaTitle !== null && handedOut(cleanTitle(metaTitle)) !== null;
  const blocks = structureDocument(repaired.lines);
  const titleAt = notice ? blocks.findIndex((b) => !ABOVE_TITLE.has(frameKind(b.text) ?? 'none')) : -1;
  if (notice)
    blocks.splice(titleAt < 0 ? blocks.length : titleAt, 0, { kind: 'paragraph', level: 0, text: doc.title! });
  const converted = blocks.map((b) => ({
    kind: b.kind,
    level: b.level,
    text: toSimplified(b.text, script),
    original: b.text,
  }));
  const flagged = flagDocument({ blocks: converted, previewCut: context.previewCut });
  const themed = context.themes ? markThemes(flagged.blocks, context.themes) : { blocks: flagged.blocks, themes: {} };
  const meta = extractMeta({
    title: metaTitle,
    blocks: flagged.blocks,
    site: context.site,
    hints: context.hints.map((h) => toSimplified(h, script)),
  });
  // A title line the meta stage cleaned (…范文.docx, 7篇) keeps its decoration on record.
  const shown = doc.title === null ? '' : toSimplified(doc.title, script);
  const decorated =
    !notice && doc.title !== null && meta.titleSource === 'page' && lettersOf(shown) !== lettersOf(meta.title);
  const titleRemoval: Removal[] = decorated
    ? doc.titleLines.map((line) => ({ line, text: doc.title!, rule: 'title-decoration' }))
    : [];
  // Repair examples are shown to the reader beside the canonical text: same script.
  const repairs = [...doc.repairs, ...repaired.repairs].map((r) => ({
    ...r,
    examples: r.examples.map((e) => toSimplified(e, script)),
  }));
  // The official frame (红头, 文号, 署名 …) is shown as the document set it.
  const frames: Array<FrameRole | null> = frameRoles(blocks);
  if (notice) frames[titleAt < 0 ? blocks.length - 1 : titleAt] = 'title';
  const framed = themed.blocks.map((b, i) => (frames[i] ? { ...b, frame: frames[i] } : b));
  return { script, blocks: framed, themes: themed.themes, flags: flagged.flags, repairs, meta, titleRemoval };
}

/**
 * Decodes, strips, splits and cleans one scraped page (.txt, .html): see the module comment.
 * `themes` is the compiled taxonomy (the runner loads it once); without it no theme is
 * marked, which is what the stage tests that do not care about themes want.
 */
export function processSource(bytes: Uint8Array, fileName: string, themes: ThemeMatcher | null = null): SourceResult {
  return processDecoded(decodeSource(bytes, fileName), themes);
}

/**
 * Any source the pipeline reads: a page as processSource does, a PDF or Word file decoded by
 * its layout first (documents/). Asynchronous because the PDF and Word 97 readers are.
 */
export async function processFile(
  bytes: Uint8Array,
  fileName: string,
  themes: ThemeMatcher | null = null,
): Promise<SourceResult> {
  const kind = formatOf(fileName);
  if ('format' in kind && (kind.format === 'pdf' || kind.format === 'docx' || kind.format === 'doc')) {
    const decoded = await decodeDocument(bytes, kind.format);
    // A bureau names its own file by the document's title (…招生工作规定.pdf): the title when the
    // layout shows none (set as an image, or a Word file that keeps no layout).
    const named = fileTitle(fileName);
    if (decoded.ok && decoded.layout?.titleLines.length === 0 && named) decoded.pageTitle = named;
    return processDecoded(decoded, themes);
  }
  return processSource(bytes, fileName, themes);
}

/** A shared document's file name on a line of its own: 2023年县教育局重点工作总结.docx. */
const SHARED_FILE = /^(\S.{3,80}?)\.(?:docx?|pdf|wps|pptx?)$/i;

/** A page's thumbnail captioned with the file's name: 2022年教育局年度工作总结范本.doc_第1页. */
const PAGE_CAPTION = /^(\S.{3,80}?)(?:\.(?:docx?|pdf|wps|pptx?))?_第\s*\d+\s*[页頁]$/i;

/** The name of the file a page shares, from a removed line above the first kept one. */
function sharedFileName(removed: readonly Removal[], kept: readonly SourceLine[]): string | undefined {
  const top = kept.find((l) => l.text.trim() !== '')?.line ?? Infinity;
  const above = removed.filter((r) => r.line < top);
  const named = above.map((r) => SHARED_FILE.exec(r.text.trim())).find((m) => m !== null);
  // …or in the captions of its page thumbnails, which only a rule of their repetition removes.
  const caption = above
    .filter((r) => r.rule === 'repeated-furniture')
    .map((r) => PAGE_CAPTION.exec(r.text.trim()))
    .find((m) => m !== null);
  return (named ?? caption)?.[1];
}

/** A file name that reads as a title: Chinese, at least six characters, not a hash or a number. */
function fileTitle(fileName: string): string | null {
  const stem = fileName
    .replace(/^.*[/\\]/, '')
    .replace(/\.[^.]+$/, '')
    .replace(/^[\d\s._-]+/, '')
    .trim();
  return (stem.match(/\p{Script=Han}/gu)?.length ?? 0) >= 6 ? stem : null;
}

/** Strips, splits and cleans decoded text (see the module comment). */
function processDecoded(decoded: Decoded, themes: ThemeMatcher | null): SourceResult {
  if (!decoded.ok) return decoded;
  const tooLong = textTooLong(decoded.text);
  if (tooLong !== null) return { ok: false, reason: tooLong };

  // `line` first, as every later stage builds its lines: one object shape for all of them.
  const all: SourceLine[] = decoded.text.split('\n').map((text, i) => ({ line: i + 1, text }));
  // Page numbers and running headers the layout found are on record, never in the text.
  const furniture = new Set(decoded.layout?.furniture);
  const pageFurniture: Removal[] = all
    .filter((l) => furniture.has(l.line))
    .map((l) => ({ line: l.line, text: l.text, rule: 'page-furniture' }));
  // In a PDF or Word file, the title the layout set, the table rows and the official frame
  // (红头, 署名, 日期 …) are the document's, whatever their lines look like: no chrome rule judges them.
  const layout = decoded.layout;
  const text = all.filter((l) => !furniture.has(l.line));
  const own = new Set(
    layout ? [...layout.titleLines, ...layout.rows, ...text.filter((l) => isFrameLine(l.text)).map((l) => l.line)] : [],
  );
  const stripped = stripChrome(
    text.filter((l) => !own.has(l.line)),
    { pageTitle: decoded.pageTitle, document: layout !== undefined },
  );
  const kept = own.size
    ? [...stripped.lines, ...text.filter((l) => own.has(l.line))].sort((a, b) => a.line - b.line)
    : stripped.lines;
  // A document-sharing page names its file (…策略思考Word文档下载推荐.docx) in a line the rules
  // removed: that name is the page's title when it has no <title>.
  const split = splitDocuments(
    kept,
    decoded.pageTitle ?? sharedFileName(stripped.removed, stripped.lines),
    decoded.layout?.titleLines,
  );
  const docs = split.filter((d) => d.lines.length > 0);
  if (docs.length === 0) {
    return {
      ok: false,
      reason: stripped.removed.length > 0 ? 'nothing but site chrome (no report text left)' : 'no report text',
    };
  }
  // A title with no text under it (a caption repeated, an empty collection item) is no
  // report, but its lines stay on record with the report they stand in.
  const titlesWithoutText: Removal[] = split
    .filter((d) => d.lines.length === 0)
    .flatMap((d) => [
      ...(d.title === null ? [] : d.titleLines.map((line) => ({ line, text: d.title!, rule: 'title-without-text' }))),
      ...d.removed,
    ]);

  const removals = removalsByDocument(docs, [...pageFurniture, ...stripped.removed, ...titlesWithoutText]);
  const documents = docs.map((doc, k): ProcessedDocument => {
    const previewCut = stripped.previewCut && k === docs.length - 1;
    const hints = removals[k].filter((r) => SITE_HINTS.has(r.rule)).map((r) => r.text);
    const cleaned = processDocument(doc, { previewCut, site: stripped.site, themes, hints });
    return {
      ...cleaned.meta,
      part: k + 1,
      parts: docs.length,
      encoding: decoded.encoding,
      format: decoded.format,
      script: cleaned.script,
      flags: cleaned.flags,
      repairs: cleaned.repairs,
      removed: [...removals[k], ...doc.removed, ...cleaned.titleRemoval].sort((a, b) => a.line - b.line),
      blocks: cleaned.blocks,
      themes: cleaned.themes,
      layout: decoded.layout?.notes ?? [],
    };
  });
  return { ok: true, text: decoded.text, documents };
}
