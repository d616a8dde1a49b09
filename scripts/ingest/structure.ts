/**
 * Structure: lines → headings and paragraphs.
 *
 * Headings come from official numbering (GB/T 9704: 一、 /（一）/ 1. /（1）, also ⑴ ⒈ 1、),
 * even when run into the text:
 *   一、过去工作回顾（一）学前教育普及普惠发展持续加大学前教育资源供给，…
 * → 一、过去工作回顾 | （一）学前教育普及普惠发展 | 持续加大学前教育资源供给，…
 * and from short unnumbered lines that stand alone (找准差距, 教育优质均衡方面).
 * Where a run-in heading stops and its paragraph starts is found by the cues in
 * `heading-end.ts`; when no cue is sure, the text stays one paragraph (nothing is lost).
 */
import { countHan } from '../../shared/han.ts';
import { isFrameLine } from './frame.ts';
import { findHeadingEnd } from './structure/heading-end.ts';
import { markerAt, type Marker } from './structure/markers.ts';
import type { Block, SourceLine } from './types.ts';

const SENTENCE_BREAK = /[。！？；：]/;
const ANY_PUNCTUATION = /[。！？；：，,.;:!?]/;
const MAX_PLAIN_HEADING = 20;

/** Index of the next run-in marker in `text` after `from` that follows a sentence break. */
function nextRunInMarker(text: string, from: number): number {
  const breaks = new RegExp(SENTENCE_BREAK.source, 'g');
  breaks.lastIndex = Math.max(from, 1) - 1;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    if (markerAt(text, m.index + 1)) return m.index + 1;
  }
  return -1;
}

/** Splits one line into blocks: run-in headings peeled off, paragraphs between them. */
function parseLine(text: string): Block[] {
  const blocks: Block[] = [];
  let rest = text.trim();
  while (rest) {
    const marker: Marker | null = markerAt(rest, 0);
    if (marker) {
      const after = rest.slice(marker.length);
      const end = findHeadingEnd(after);
      if (end >= 0) {
        blocks.push({
          kind: 'heading',
          level: marker.level,
          text: (rest.slice(0, marker.length) + after.slice(0, end)).trim(),
        });
        rest = after.slice(end).trim();
        continue;
      }
    }
    const next = nextRunInMarker(rest, marker ? marker.length : 1);
    const paragraph = next < 0 ? rest : rest.slice(0, next);
    blocks.push({ kind: 'paragraph', level: 0, text: paragraph.trim() });
    rest = next < 0 ? '' : rest.slice(next);
  }
  return blocks;
}

/**
 * A table row as the decoders write it (a PDF's or Word file's table, an HTML page's <tr>):
 * two or more cells between tabs. Returns the row with its cells trimmed, or null.
 *   学段\t学校数（所）\t在校生（人） → a row of three cells
 */
function tableRow(text: string | undefined): string | null {
  if (!text?.includes('\t')) return null;
  const cells = text
    .trim()
    .split('\t')
    .map((c) => c.trim());
  return cells.filter((c) => c !== '').length >= 2 ? cells.join('\t') : null;
}

const isTableRow = (text: string | undefined) => tableRow(text) !== null;

/** A whole line that is a heading without numbering: short, no punctuation, Chinese. */
export function isPlainHeading(text: string): boolean {
  const t = text.trim();
  if (t.length > MAX_PLAIN_HEADING || ANY_PUNCTUATION.test(t) || /^[—–-]/.test(t)) return false;
  return countHan(t, 2) >= 2;
}

/**
 * Turns a document's repaired lines into blocks. Unnumbered headings sit below the deepest
 * numbered level seen; two stacked ones (找准差距 / 教育优质均衡方面) make the first a parent.
 */
export function structureDocument(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let deepestNumbered = 0;
  let plainParent = false;
  lines.forEach((line, index) => {
    const text = line.text.trim();
    if (!text) return;
    // A row of cells is a table (of one row, when it stands alone), never a heading.
    const row = tableRow(text);
    if (row !== null) {
      const table = blocks.at(-1);
      if (table?.kind === 'table' && isTableRow(lines[index - 1]?.text)) table.text += `\n${row}`;
      else blocks.push({ kind: 'table', level: 0, text: row });
      return;
    }
    const nextText = lines[index + 1]?.text.trim() ?? '';
    // A signature, a date or a 文号 is the document's frame, never a heading (./frame.ts).
    if (!markerAt(text, 0) && isPlainHeading(text) && nextText && !isFrameLine(text)) {
      const prev = blocks[blocks.length - 1];
      const base = Math.min(3, deepestNumbered + 1);
      let level = plainParent ? base + 1 : base;
      if (prev?.kind === 'heading' && !markerAt(prev.text, 0)) {
        prev.level = base;
        plainParent = true;
        level = base + 1;
      }
      blocks.push({ kind: 'heading', level, text });
      return;
    }
    for (const block of parseLine(text)) {
      if (block.kind === 'heading') {
        deepestNumbered = Math.max(deepestNumbered, block.level);
        plainParent = false;
      }
      blocks.push(block);
    }
  });
  return rankLevels(blocks);
}

/**
 * Heading levels as ranks of the levels the document uses: a report that goes 一、 then ⑴
 * (levels 1 and 4) gets levels 1 and 2, so the page's outline has no gaps.
 */
function rankLevels(blocks: Block[]): Block[] {
  const used = [...new Set(blocks.filter((b) => b.kind === 'heading').map((b) => b.level))].sort((a, b) => a - b);
  return blocks.map((b) => (b.kind === 'heading' ? { ...b, level: used.indexOf(b.level) + 1 } : b));
}
