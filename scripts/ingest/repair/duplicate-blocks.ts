/**
 * Duplicate blocks: a run of paragraphs the page printed twice is kept once.
 *
 *   …试点项目，指导相关街道…  / 切实减轻学生课业负担 / 立足实效…  (…10 more)
 *   深入实施…试点项目，指导相关街道… / 切实减轻学生课业负担 / 立足实效…   ← dropped
 *
 * A repeat counts when at least three lines in a row (and 60 characters) come again
 * verbatim; the copy may begin mid-paragraph (seed 003's second copy starts with the tail
 * of the paragraph before the first copy), so a first line that is a suffix of the
 * original's previous line is dropped with the run. Short lines alone (a heading used
 * twice) never count.
 */
import type { SourceLine } from '../types.ts';

const MIN_LINES = 3;
const MIN_CHARS = 60;

/** Removes later verbatim copies of earlier runs of lines; returns what it removed. */
export function dropDuplicateBlocks(lines: SourceLine[]): { lines: SourceLine[]; dropped: SourceLine[][] } {
  const firstIndex = new Map<string, number>();
  const keep = lines.map(() => true);
  const dropped: SourceLine[][] = [];
  for (let j = 0; j < lines.length; j++) {
    const i = firstIndex.get(lines[j].text);
    if (i === undefined || !keep[j]) {
      if (!firstIndex.has(lines[j].text)) firstIndex.set(lines[j].text, j);
      continue;
    }
    let k = 0;
    while (j + k < lines.length && i + k < j && lines[i + k].text === lines[j + k].text) k++;
    const chars = lines.slice(j, j + k).reduce((n, l) => n + l.text.length, 0);
    if (k < MIN_LINES || chars < MIN_CHARS) continue;
    let from = j;
    const lead = lines[j - 1];
    if (
      i > 0 &&
      lead &&
      keep[j - 1] &&
      j - 1 > i &&
      lead.text.length >= 10 &&
      lines[i - 1].text.endsWith(lead.text) &&
      lead.text !== lines[i - 1].text
    ) {
      from = j - 1;
    }
    for (let x = from; x < j + k; x++) keep[x] = false;
    dropped.push(lines.slice(from, j + k));
    j += k - 1;
  }
  return { lines: lines.filter((_, x) => keep[x]), dropped };
}
