/**
 * A table a site flattened one cell a line, a lone `|` between cells (a disclosure
 * report's statistics table as many government sites print it), joined back into lines
 * of cells, so the table reads as one run instead of a column of scraps.
 *
 *   信息内容 / | / 本年新制作数量 / | / 本年新公开数量   →   信息内容 | 本年新制作数量 | 本年新公开数量
 */
import type { SourceLine } from '../types.ts';

const SEPARATOR = /^\s*[|｜]\s*$/;
/** Fewest cells that make a flattened table rather than a stray bar. */
const MIN_CELLS = 3;

/** Joins each run of cells separated by lone bars; `cells` counts the cells joined. */
export function joinFlattenedCells(lines: readonly SourceLine[]): {
  lines: SourceLine[];
  cells: number;
  examples: string[];
} {
  const out: SourceLine[] = [];
  let cells = 0;
  const examples: string[] = [];
  for (let i = 0; i < lines.length; ) {
    // A run: cell (| cell)+, blank lines ignored.
    const run: string[] = [];
    let j = i;
    while (j < lines.length && !SEPARATOR.test(lines[j].text) && lines[j].text.trim() !== '') {
      run.push(lines[j].text.trim());
      const bar = j + 1;
      if (
        bar + 1 < lines.length &&
        SEPARATOR.test(lines[bar].text) &&
        !SEPARATOR.test(lines[bar + 1].text) &&
        lines[bar + 1].text.trim() !== ''
      )
        j = bar + 1;
      else {
        j++;
        break;
      }
    }
    if (run.length >= MIN_CELLS) {
      out.push({ line: lines[i].line, text: run.join(' | ') });
      cells += run.length;
      if (examples.length < 3) examples.push(run.slice(0, 3).join(' | '));
      i = j;
    } else {
      out.push(lines[i]);
      i++;
    }
  }
  return { lines: out, cells, examples };
}
