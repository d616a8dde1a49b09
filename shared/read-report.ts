/**
 * Read a report back: the inverse of scripts/ingest/write.ts. Later steps (the corpus analysis, tests)
 * read the MDX the ingest wrote rather than a second copy of the text, so there is one
 * source of truth. Only files this project generated are read; their shape is fixed.
 */
import { type Mark, reportFrontmatterSchema, type ReportFrontmatter } from './schemas/report.ts';

/**
 * A block as the reader sees it: anchor id, heading level (0 for paragraphs), plain text,
 * and the marks written into it (garbled, masked, theme mentions) as offsets into `text`,
 * so the analysis counts exactly the mentions the page links.
 */
export interface ReadBlock {
  id: string;
  kind: 'heading' | 'paragraph' | 'table';
  level: number;
  text: string;
  marks: Mark[];
}

const BLOCK_LINE = /^<(h[2-6]|p) id="([hp]-\d+)"(?: class="frame frame-[a-z]+")?>(.*)<\/\1>$/s;
/** A table block on one line (write.ts's renderTable): rows of cells. */
const TABLE_LINE = /^<div class="table-scroll"><table id="(t-\d+)">(.*)<\/table><\/div>$/s;
const ROW = /<tr>(.*?)<\/tr>/gs;
const CELL = /<(t[hd])(?: [^>]*)?>(.*?)<\/\1>/gs;
/** A bare text run `{"…"}`, or a marked one `<tag attrs>{"…"}</tag>` (write.ts's two shapes). */
const INLINE = /\{("(?:[^"\\]|\\.)*")\}|<(mark|span|a) ([^>]*)>\{("(?:[^"\\]|\\.)*")\}<\/\2>/g;

/** The mark an element's attributes stand for (class names are write.ts's). */
function markOf(attrs: string, start: number, end: number): Mark | null {
  if (attrs.includes('class="flag-garbled"')) return { start, end, kind: 'garbled' };
  if (attrs.includes('class="flag-masked"')) return { start, end, kind: 'masked' };
  const theme = /class="theme-mention" data-theme="([a-z0-9-]+)"/.exec(attrs);
  return theme ? { start, end, kind: 'theme', theme: theme[1] } : null;
}

/**
 * The frontmatter fields of a generated MDX file, not yet validated: the writer puts one
 * `key: <JSON>` per line (valid YAML too), so reading them back needs no YAML parser.
 */
export function frontmatterFields(mdx: string): Record<string, unknown> {
  const end = mdx.indexOf('\n---\n', 4);
  if (!mdx.startsWith('---\n') || end < 0) throw new Error('not a generated report: no frontmatter');
  const data: Record<string, unknown> = {};
  for (const line of mdx.slice(4, end).split('\n')) {
    const colon = line.indexOf(': ');
    if (colon < 0) throw new Error(`not a generated report: frontmatter line "${line.slice(0, 40)}"`);
    data[line.slice(0, colon)] = JSON.parse(line.slice(colon + 2));
  }
  return data;
}

/** The frontmatter of a generated MDX file, validated by the shared schema. */
export function readFrontmatter(mdx: string): ReportFrontmatter {
  return reportFrontmatterSchema.parse(frontmatterFields(mdx));
}

/** Inline runs → plain text plus marks, offsets from `base`. */
function readInline(runs: string, base: number, marks: Mark[]): string {
  let text = '';
  for (const run of runs.matchAll(INLINE)) {
    const piece = JSON.parse(run[1] ?? run[4]) as string;
    const mark = run[1] === undefined ? markOf(run[3], base + text.length, base + text.length + piece.length) : null;
    if (mark) marks.push(mark);
    text += piece;
  }
  return text;
}

/** The blocks of a generated MDX body: inline marks become plain text plus `marks`; a table's text is its rows by \n, cells by \t. */
export function readBlocks(mdx: string): ReadBlock[] {
  const blocks: ReadBlock[] = [];
  for (const line of mdx.split('\n')) {
    const table = TABLE_LINE.exec(line);
    if (table) {
      const marks: Mark[] = [];
      let text = '';
      for (const [r, row] of [...table[2].matchAll(ROW)].entries()) {
        if (r > 0) text += '\n';
        for (const [c, cell] of [...row[1].matchAll(CELL)].entries()) {
          if (c > 0) text += '\t';
          text += readInline(cell[2], text.length, marks);
        }
      }
      blocks.push({ id: table[1], kind: 'table', level: 0, text, marks });
      continue;
    }
    const m = BLOCK_LINE.exec(line);
    if (!m) continue;
    const marks: Mark[] = [];
    const text = readInline(m[3], 0, marks);
    const heading = m[1] !== 'p';
    blocks.push({
      id: m[2],
      kind: heading ? 'heading' : 'paragraph',
      level: heading ? Number(m[1][1]) - 1 : 0,
      text,
      marks,
    });
  }
  return blocks;
}
