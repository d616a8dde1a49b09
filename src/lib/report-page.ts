/**
 * What only a report's own page needs, read from its MDX file as the page renders: the body
 * as HTML and the full frontmatter (with the original-script text and the removed lines,
 * which the collection leaves out; see `reportEntrySchema`). Read per page and dropped after,
 * so the build's memory does not grow with every report's text.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readFrontmatter } from '../../scripts/ingest/read.ts';
import { mdxToHtml } from '../loaders/mdx-html.ts';
import type { ReportFrontmatter } from '../schemas/report.ts';

export interface ReportPage {
  html: string;
  frontmatter: ReportFrontmatter;
}

/**
 * Reads and renders the report at `filePath` (as the collection entry records it, relative
 * to the project root, which is where Astro and npm run the build).
 */
export async function readReportPage(filePath: string): Promise<ReportPage> {
  const source = await readFile(resolve(process.cwd(), filePath), 'utf8');
  return { html: await mdxToHtml(source), frontmatter: readFrontmatter(source) };
}
