/**
 * Title lines that edge heuristics must never remove. A report's title is a short line
 * without sentence punctuation, exactly what a menu entry looks like; what gives it away is
 * its place: right above the body, or equal to the page's `<title>`.
 */
import type { PageLine, ProseEdges } from './page.ts';

/**
 * Indices of the unclaimed non-blank lines directly above the first prose line (blank lines
 * may lie between; a claimed line ends the run). Covers a title, a repeated title and a
 * first heading such as `一、2022年亮点工作`.
 */
function linesAboveBody(page: readonly PageLine[], edges: ProseEdges, claimed: (i: number) => boolean): number[] {
  const found: number[] = [];
  for (let i = Math.min(edges.first, page.length) - 1; i >= 0; i--) {
    if (page[i].blank) continue;
    if (claimed(i)) break;
    found.push(i);
  }
  return found;
}

/** `<title>` text is often `标题 - 站名` or `标题_站名`: a line equal to its start counts. */
function matchesPageTitle(line: string, pageTitle: string): boolean {
  const title = pageTitle.trim().replace(/\s+/g, ' ');
  const text = line.replace(/\s+/g, ' ');
  return text === title || (text.length >= 4 && title.startsWith(text));
}

/** Indices of lines protected as title lines, for the edge heuristics. */
export function titleLineIndices(
  page: readonly PageLine[],
  edges: ProseEdges,
  claimed: (i: number) => boolean,
  pageTitle: string | undefined,
): Set<number> {
  const protectedLines = new Set(linesAboveBody(page, edges, claimed));
  if (pageTitle !== undefined && pageTitle.trim() !== '') {
    page.forEach((line, i) => {
      if (!line.blank && matchesPageTitle(line.trimmed, pageTitle)) protectedLines.add(i);
    });
  }
  return protectedLines;
}
