/**
 * The corpus as the analysis sees it: each report's frontmatter and blocks, read back from
 * the MDX the ingest wrote (read.ts), never from a second copy of the text — so every
 * anchor, count and mention agrees with what the site shows.
 */
import { readBlocks, readFrontmatter, type ReadBlock } from '../../shared/read-report.ts';
import type { ReportFrontmatter } from '../../shared/schemas/report.ts';

/** One report: its validated frontmatter and its blocks (text + marks). */
export interface CorpusReport {
  meta: ReportFrontmatter;
  blocks: ReadBlock[];
}

/** One generated MDX file → its report. */
export function parseReport(mdx: string): CorpusReport {
  return { meta: readFrontmatter(mdx), blocks: readBlocks(mdx) };
}

/** Code-point order: the one sort every output uses, so files are byte-identical everywhere. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rounds a score for output, so floating-point noise never changes a file. */
export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
