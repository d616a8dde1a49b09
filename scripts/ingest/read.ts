/**
 * Read a report back: the inverse of `write.ts`. Later steps (the corpus analysis, tests)
 * read the MDX the ingest wrote rather than a second copy of the text, so there is one
 * source of truth. Only files this project generated are read; their shape is fixed.
 */
import { reportFrontmatterSchema, type ReportFrontmatter } from '../../src/schemas/report.ts';

/** A block as the reader sees it: anchor id, heading level (0 for paragraphs), plain text. */
export interface ReadBlock {
  id: string;
  kind: 'heading' | 'paragraph';
  level: number;
  text: string;
}

const BLOCK_LINE = /^<(h[2-6]|p) id="([hp]-\d+)">(.*)<\/\1>$/s;
const STRING_EXPRESSION = /\{("(?:[^"\\]|\\.)*")\}/g;

/** The frontmatter of a generated MDX file, validated by the shared schema. */
export function readFrontmatter(mdx: string): ReportFrontmatter {
  const end = mdx.indexOf('\n---\n', 4);
  if (!mdx.startsWith('---\n') || end < 0) throw new Error('not a generated report: no frontmatter');
  const data: Record<string, unknown> = {};
  for (const line of mdx.slice(4, end).split('\n')) {
    const colon = line.indexOf(': ');
    data[line.slice(0, colon)] = JSON.parse(line.slice(colon + 2));
  }
  return reportFrontmatterSchema.parse(data);
}

/** The blocks of a generated MDX body, with inline marks reduced to their text. */
export function readBlocks(mdx: string): ReadBlock[] {
  const blocks: ReadBlock[] = [];
  for (const line of mdx.split('\n')) {
    const m = BLOCK_LINE.exec(line);
    if (!m) continue;
    const text = [...m[3].matchAll(STRING_EXPRESSION)].map((s) => JSON.parse(s[1]) as string).join('');
    const heading = m[1] !== 'p';
    blocks.push({ id: m[2], kind: heading ? 'heading' : 'paragraph', level: heading ? Number(m[1][1]) - 1 : 0, text });
  }
  return blocks;
}
