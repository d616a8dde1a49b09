/**
 * Title lines that edge heuristics must never remove. A report's title is a short line
 * without sentence punctuation, exactly what a menu entry looks like; what gives it away is
 * its place: right above the body, or equal to the page's `<title>`.
 */
import type { PageLine, ProseEdges } from './page.ts';
import { isBulletItem, isNavLike } from './line-shape.ts';

/**
 * Indices of the title block directly above the first prose line: the nearest unclaimed
 * non-blank line always (it is where a title stands, whatever it looks like), then further
 * lines upward while they are neither menus nor bullets. Blank lines may lie between; a
 * claimed line ends the block. Covers a title, a repeated title, a `——` subtitle and a first
 * heading such as `一、2022年亮点工作`.
 */
function linesAboveBody(page: readonly PageLine[], edges: ProseEdges, claimed: (i: number) => boolean): number[] {
  const found: number[] = [];
  for (let i = Math.min(edges.first, page.length) - 1; i >= 0; i--) {
    const line = page[i];
    if (line.blank) continue;
    if (claimed(i)) break;
    if (found.length > 0 && (isNavLike(line.trimmed) || isBulletItem(line.trimmed))) break;
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
