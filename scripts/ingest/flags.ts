/**
 * Flags stage: marks garbled runs and masked numbers inside each block, and raises the
 * document-level flags (garbled, truncated, masked) the reader is warned with.
 *
 * Garbled runs are found in the ORIGINAL script (Simplified-only characters inside a
 * Traditional text are the clearest sign of GBK read out of step, and conversion would
 * erase it) and moved onto canonical offsets; masks are found on the canonical text.
 */
import type { Flag } from '../../shared/schemas/report.ts';
import type { Block, CanonicalBlock, Mark } from './types.ts';
import { garbledFlag, maskedFlag, truncatedFlag } from './flags/build-flags.ts';
import { findGarbled, type Span } from './flags/garbled.ts';
import { leanCounts, leanOfCounts, type LeanCounts } from './flags/han-chars.ts';
import { findMasked } from './flags/masked.ts';
import { garbledSpansOnCanonical, type ToCanonical } from './flags/to-canonical-spans.ts';
import { truncatedAt } from './flags/truncated.ts';

export { findGarbled, type Span } from './flags/garbled.ts';
export { findMasked, maskExample } from './flags/masked.ts';
export { endsMidSentence } from './flags/truncated.ts';
export type { ToCanonical } from './flags/to-canonical-spans.ts';

/** A structured block with its canonical text and the same text in the source's script. */
export interface FlagInputBlock extends Block {
  original: string;
}

export interface FlagInput {
  blocks: FlagInputBlock[];
  /** The chrome stripper saw the site's "preview ends here" notice. */
  previewCut: boolean;
  /** The script stage's converter; only needed when a conversion changed a block's length. */
  toCanonical?: ToCanonical;
}

export interface Flagged {
  blocks: CanonicalBlock[];
  flags: Flag[];
}

/**
 * Marks every block and derives the document's flags. Pure and linear in the text size.
 * Marks are sorted and never overlap; where a mask sits inside a garbled run, the run wins.
 */
export function flagDocument(input: FlagInput): Flagged {
  // Each block's lean and the document's, from one count per block.
  const counts = input.blocks.map((b) => leanCounts(b.original));
  const total: LeanCounts = { traditional: 0, simplified: 0 };
  for (const c of counts) {
    total.traditional += c.traditional;
    total.simplified += c.simplified;
  }
  const documentLean = leanOfCounts(total) ?? 'Hans';
  const blocks = input.blocks.map((block, k): CanonicalBlock => {
    const found = findGarbled(block.original, { documentLean, ownLean: leanOfCounts(counts[k]) });
    const garbled = garbledSpansOnCanonical(block.original, block.text, found, input.toCanonical);
    const marks = mergeMarks(garbled, findMasked(block.text));
    return { kind: block.kind, level: block.level, text: block.text, original: block.original, marks };
  });
  const flags = [
    garbledFlag(blocks),
    truncatedFlag(blocks, input.previewCut, truncatedAt(blocks)),
    maskedFlag(blocks),
  ].filter((f): f is Flag => f !== null);
  return { blocks, flags };
}

/** A garbled run as a mark (a literal: every mark of the stage has one shape). */
function garbledMark(span: Span): Mark {
  return { start: span.start, end: span.end, kind: 'garbled' };
}

/** Merges two sorted span lists into sorted marks, dropping masks that touch a garbled run. */
function mergeMarks(garbled: Span[], masked: Span[]): Mark[] {
  const marks: Mark[] = [];
  let g = 0;
  for (const m of masked) {
    while (g < garbled.length && garbled[g].end <= m.start) marks.push(garbledMark(garbled[g++]));
    if (g < garbled.length && garbled[g].start < m.end) continue;
    marks.push({ start: m.start, end: m.end, kind: 'masked' });
  }
  while (g < garbled.length) marks.push(garbledMark(garbled[g++]));
  return marks;
}
