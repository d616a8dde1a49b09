/**
 * Alignments (normalised coordinates) → shared passages as the site shows them: anchors,
 * the exact text and spans in each report's published block, and the boilerplate verdict.
 */
import type { SharedPassage } from '../../../shared/schemas/analysis.ts';
import type { CorpusReport } from '../corpus.ts';
import type { Alignment } from './align.ts';
import { isBoilerplate } from './boilerplate.ts';
import { K, type Fingerprints } from './fingerprints.ts';
import { normalisedText, type NormalisedDoc } from './normalise.ts';
import { lowerBound } from '../text/lower-bound.ts';

/** One report as the copy detector holds it. */
export interface CopyDoc {
  report: CorpusReport;
  /** Normalised codes (SEPARATOR between blocks) and kept characters. */
  codes: Int32Array;
  chars: number;
  prints: Fingerprints;
  /** Which listed stock formulae it holds (stock.ts's listedIn). */
  listed: Uint8Array;
  /**
   * The normalised text with the way back to blocks and offsets: made only when a passage of
   * this report is placed (most reports have none), from the report's text.
   */
  readonly norm: NormalisedDoc;
}

/** Block index and UTF-16 span of normalised range [from, to) (which lies inside one block). */
function spanOf(doc: CopyDoc, from: number, to: number): { block: number; start: number; end: number } {
  const { norm } = doc;
  return { block: norm.block[from], start: norm.offset[from], end: norm.offset[to - 1] + norm.width[to - 1] };
}

/** Share of the fingerprints inside [from, to) that are stock wording (df above the cap). */
export function commonShare(doc: CopyDoc, from: number, to: number, maxDf: number): number {
  const { positions } = doc.prints;
  const df = doc.prints.df!;
  const lo = lowerBound(positions, from);
  let all = 0;
  let common = 0;
  for (let i = lo; i < positions.length && positions[i] + K <= to; i++) {
    all++;
    if (df[i] > maxDf) common++;
  }
  return all === 0 ? 0 : common / all;
}

/** The shared passage for an alignment of doc a with doc b. */
export function toPassage(a: CopyDoc, b: CopyDoc, al: Alignment, maxDf: number): SharedPassage {
  const sa = spanOf(a, al.aStart, al.aEnd);
  const sb = spanOf(b, al.bStart, al.bEnd);
  const blockA = a.report.blocks[sa.block];
  const blockB = b.report.blocks[sb.block];
  const text = blockA.text.slice(sa.start, sa.end);
  const normalised = normalisedText(a, al.aStart, al.aEnd);
  return {
    a: { reportId: a.report.meta.id, blockId: blockA.id },
    b: { reportId: b.report.meta.id, blockId: blockB.id },
    text,
    chars: [...text].length,
    boilerplate: isBoilerplate(normalised, commonShare(a, al.aStart, al.aEnd, maxDf)),
    origin: 'text',
    spans: { a: [sa.start, sa.end], b: [sb.start, sb.end] },
    bText: blockB.text.slice(sb.start, sb.end),
  };
}
