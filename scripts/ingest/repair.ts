/**
 * Repair: text the page damaged, mended and recorded — pinyin glosses a site inserted,
 * punctuation the site turned to ASCII, lines hard-wrapped inside words, blocks printed twice. Titles glued onto the
 * first sentence are mended by the split stage, which knows the title.
 */
import type { Repair } from '../../shared/schemas/report.ts';
import { dropDuplicateBlocks } from './repair/duplicate-blocks.ts';
import { joinFlattenedCells } from './repair/flattened-cells.ts';
import { joinHardWraps } from './repair/hard-wraps.ts';
import { dropPinyinGlosses } from './repair/pinyin-glosses.ts';
import { restorePunctuation } from './repair/punctuation.ts';
import type { SourceLine } from './types.ts';

/** Repairs one document's lines; each kind of repair that happened is listed once. */
export function repairDocument(lines: SourceLine[]): { lines: SourceLine[]; repairs: Repair[] } {
  const repairs: Repair[] = [];

  let glosses = 0;
  const glossExamples: string[] = [];
  const unglossed = lines.map((l) => {
    const { text, count } = dropPinyinGlosses(l.text);
    if (count > 0 && glossExamples.length < 3) glossExamples.push(l.text.trim().slice(0, 30));
    glosses += count;
    return count > 0 ? { line: l.line, text } : l;
  });
  if (glosses > 0) repairs.push({ kind: 'pinyin-gloss', count: glosses, examples: glossExamples });

  let marks = 0;
  const examples: string[] = [];
  const punctuated = unglossed.map((l) => {
    const { text, changes } = restorePunctuation(l.text);
    if (changes > 0 && examples.length < 3) examples.push(text.slice(0, 24));
    marks += changes;
    return { line: l.line, text };
  });
  if (marks > 0) repairs.push({ kind: 'punctuation', count: marks, examples });

  const tabled = joinFlattenedCells(punctuated);
  if (tabled.cells > 0) repairs.push({ kind: 'flattened-table', count: tabled.cells, examples: tabled.examples });

  const wrapped = joinHardWraps(tabled.lines);
  if (wrapped.joins.length > 0)
    repairs.push({ kind: 'hard-wrap', count: wrapped.joins.length, examples: wrapped.joins.slice(0, 3) });

  const deduped = dropDuplicateBlocks(wrapped.lines);
  if (deduped.dropped.length > 0) {
    const count = deduped.dropped.reduce((n, run) => n + run.length, 0);
    const examples = deduped.dropped.map(
      (run) => `${run[0].text.slice(0, 20)}…（第${run[0].line}–${run[run.length - 1].line}行）`,
    );
    repairs.push({ kind: 'duplicate-block', count, examples });
  }
  return { lines: deduped.lines, repairs };
}
