/**
 * A table a site flattened one cell a line, a lone `|` between cells (a disclosure
 * report's statistics table as many government sites print it), joined back into one line
 * of cells, so the table reads as one run instead of a column of scraps. A cell the site
 * broke over two lines (本年新 / 制作数量) is one cell again.
 *
 *   信息内容 / | / 本年新 / 制作数量 / | / 0   →   信息内容 | 本年新制作数量 | 0
 */
import type { SourceLine } from '../types.ts';

const SEPARATOR = /^\s*[|｜]\s*$/;
/** Fewest cells that make a flattened table rather than a stray bar. */
const MIN_CELLS = 3;
/** A cell broken over lines: at most this many, each this short. */
const CELL_LINES = 3;
const CELL_LINE_CHARS = 20;

const isBar = (l: SourceLine | undefined): boolean => l !== undefined && SEPARATOR.test(l.text);
const isText = (l: SourceLine | undefined): boolean =>
  l !== undefined && !SEPARATOR.test(l.text) && l.text.trim() !== '';

/**
 * The cell starting at `from`: its lines (at most `most`) up to the bar that closes it, or its
 * first line alone when no bar closes it within reach (the table's last cell). Null when
 * `from` holds no text.
 */
function cellAt(
  lines: readonly SourceLine[],
  from: number,
  most: number,
): { text: string; next: number; closed: boolean } | null {
  if (!isText(lines[from])) return null;
  let end = from;
  while (
    end + 1 < lines.length &&
    end - from + 1 < most &&
    isText(lines[end + 1]) &&
    lines[end + 1].text.trim().length <= CELL_LINE_CHARS
  )
    end++;
  for (let k = from; k <= end; k++) {
    if (isBar(lines[k + 1])) {
      const text = lines
        .slice(from, k + 1)
        .map((l) => l.text.trim())
        .join('');
      return { text, next: k + 2, closed: true };
    }
  }
  return { text: lines[from].text.trim(), next: from + 1, closed: false };
}

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
    const run: string[] = [];
    let at = i;
    // The first cell is the one line over the first bar: a heading above the table is no cell.
    for (let cell = cellAt(lines, at, 1); cell; cell = cellAt(lines, at, CELL_LINES)) {
      run.push(cell.text);
      at = cell.next;
      if (!cell.closed) break;
    }
    if (run.length >= MIN_CELLS) {
      out.push({ line: lines[i].line, text: run.join(' | ') });
      cells += run.length;
      if (examples.length < 3) examples.push(run.slice(0, 3).join(' | '));
      i = at;
    } else {
      out.push(lines[i]);
      i++;
    }
  }
  return { lines: out, cells, examples };
}
