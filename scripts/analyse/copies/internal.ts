/**
 * Repeats inside one report. Two sources:
 *
 *   - the published text: the same passage twice in one report (003 restates its goal
 *     paragraph word for word; 004-13 repeats its summary), found like copies between
 *     reports but with both sides in the same text;
 *   - the ingest's `duplicate-block` repair record: 003's source page printed a run of ~15
 *     blocks twice, and the ingest published one copy (the text no longer shows the repeat,
 *     so it can only be known from the record). Decided so, rather than re-reading the
 *     source: the analysis reads only what the ingest wrote, and the record says exactly
 *     what was removed — its example gives the run's first words and its count the lines.
 *     A source line is one block after structuring, so the run is mapped to that many
 *     blocks from the one holding the first words (clamped to the report's end).
 */
import type { SharedPassage } from '../../../shared/schemas/analysis.ts';
import type { CorpusReport } from '../corpus.ts';

/** The first words of a duplicate-block example: `深入实施…，…（第77–105行）` → `深入实施…，`. */
function firstWords(example: string): string {
  return example
    .replace(/（第[\d–-]+行）$/, '')
    .replace(/…$/, '')
    .split('…')[0];
}

/** Passages the ingest's duplicate-block repair records stand for. */
export function repairRepeats(report: CorpusReport): SharedPassage[] {
  const out: SharedPassage[] = [];
  for (const repair of report.meta.repairs) {
    if (repair.kind !== 'duplicate-block') continue;
    for (const example of repair.examples) {
      const words = firstWords(example);
      if (words.length < 4) continue;
      const first = report.blocks.findIndex((b) => b.text.includes(words));
      if (first < 0) continue;
      const run = report.blocks.slice(first, Math.min(report.blocks.length, first + Math.max(1, repair.count)));
      const at = run[0].text.indexOf(words);
      const parts = [run[0].text.slice(at), ...run.slice(1).map((b) => b.text)];
      const anchor = { reportId: report.meta.id, blockId: run[0].id };
      out.push({
        a: anchor,
        b: anchor,
        text: parts.join('\n'),
        chars: parts.reduce((n, p) => n + [...p].length, 0),
        boilerplate: false,
        origin: 'duplicate-block',
        through: run[run.length - 1].id,
      });
    }
  }
  return out;
}
