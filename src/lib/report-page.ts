/**
 * What only a report's own page needs, read from its MDX file as the page renders: the body
 * as HTML and the full frontmatter (with the original-script text and the removed lines,
 * which the collection leaves out; see `reportEntrySchema`). Read per page and dropped after,
 * so the build's memory does not grow with every report's text.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readFrontmatter } from '../../shared/read-report.ts';
import { mdxToHtml } from '../loaders/mdx-html.ts';
import type { ReportFrontmatter } from '../../shared/schemas/report.ts';

export interface ReportPage {
  html: string;
  frontmatter: ReportFrontmatter;
}

/** What the page shows in place of a body that cannot be rendered (the build goes on). */
export const UNRENDERABLE_BODY =
  '<p class="render-error" role="alert">这篇报告的正文文件无法显示（详见构建日志）。请重新运行 npm run ingest 生成。</p>';

/**
 * Reads and renders the report at `filePath` (as the collection entry records it, relative
 * to the project root, which is where Astro and npm run the build). A body that does not
 * render (a hand-edited file with a component in it, say) is reported in one line naming the
 * file, and the page says so instead of failing the whole build.
 */
export async function readReportPage(filePath: string): Promise<ReportPage> {
  const source = await readFile(resolve(process.cwd(), filePath), 'utf8');
  const frontmatter = readFrontmatter(source);
  try {
    return { html: await mdxToHtml(source), frontmatter };
  } catch (error) {
    console.error(`${filePath}: body not rendered, ${(error as Error).message.split('\n')[0]}`);
    return { html: UNRENDERABLE_BODY, frontmatter };
  }
}
