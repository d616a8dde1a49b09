/**
 * Copied passages: pairs of reports that share passages (≥ 20 characters after normalising
 * punctuation and whitespace), repeats inside one report, clusters of near-duplicates, and
 * the stock wording told apart from copying. The pipeline, each step linear-ish:
 *
 *   normalise → winnowed 8-char shingles → n-gram index (document-frequency capped)
 *   → candidate pairs with seed positions → seed-and-extend alignment to exact spans
 *   → passages (boilerplate flagged) → pair similarity → clusters (pairs + MinHash/LSH).
 *
 * Never all-pairs: only reports sharing a rare-enough fingerprint are ever compared.
 */
import type { Copies, CopiedPair, SharedPassage } from '../../shared/schemas/analysis.ts';
import { byCodePoint, round, type CorpusReport } from './corpus.ts';
import { alignSeeds, type Alignment } from './copies/align.ts';
import { components } from './copies/clusters.ts';
import { copyPart, type CopyPart } from './copies/copy-part.ts';
import { buildIndex, maxDfFor } from './copies/ngram-index.ts';
import { repairRepeats } from './copies/internal.ts';
import { nearDuplicates } from './copies/minhash.ts';
import { normaliseBlocks, type NormalisedDoc } from './copies/normalise.ts';
import { toPassage, type CopyDoc } from './copies/passages.ts';
import { stockWording } from './copies/stock.ts';

/** Thresholds of the copy detector (defaults below; tests and the benchmark may change them). */
export interface CopyOptions {
  /** Fewest matched characters for a shared passage (after normalising). */
  minChars: number;
  /** Pairs at least this similar are linked into a cluster. */
  clusterSimilarity: number;
  /** Document-frequency cap (default: maxDfFor(reports)). */
  maxDf?: number;
}

/** 20 characters: shorter shared runs are phrases, not passages. 0.5: mostly the same text. */
export const DEFAULT_COPIES: CopyOptions = { minChars: 20, clusterSimilarity: 0.5 };

/** Normalised characters of `doc` covered by the alignments on side a (or b). */
function covered(alignments: Alignment[], side: 'a' | 'b'): number {
  const spans = alignments
    .map((al) => (side === 'a' ? [al.aStart, al.aEnd] : [al.bStart, al.bEnd]))
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let reach = -1;
  for (const [s, e] of spans) {
    const from = Math.max(s, reach);
    if (e > from) total += e - from;
    reach = Math.max(reach, e);
  }
  return total;
}

/** A report as the detector holds it, from its part (computed, or a cache's). */
function copyDoc(report: CorpusReport, part: CopyPart): CopyDoc & { signature: Uint32Array } {
  let norm: NormalisedDoc | undefined;
  return {
    report,
    codes: part.codes,
    chars: part.chars,
    prints: { hashes: part.hashes, positions: part.positions },
    signature: part.signature,
    listed: part.listed,
    get norm() {
      return (norm ??= normaliseBlocks(report.blocks.map((b) => b.text)));
    },
  };
}

/**
 * Finds copies in a corpus (see the module comment). Deterministic for a given input.
 * `partOf` gives a report's per-report part (a cache's); computed when left out.
 */
export function findCopies(
  reports: CorpusReport[],
  options: Partial<CopyOptions> = {},
  partOf: (report: CorpusReport) => CopyPart = copyPart,
): Copies {
  const o = { ...DEFAULT_COPIES, ...options };
  const sorted = [...reports].sort((a, b) => byCodePoint(a.meta.id, b.meta.id));
  const docs = sorted.map((report) => copyDoc(report, partOf(report)));
  const maxDf = o.maxDf ?? maxDfFor(docs.length);
  const index = buildIndex(
    docs.map((d) => d.prints),
    maxDf,
  );
  const n = docs.length;

  const pairs: CopiedPair[] = [];
  const edges: Array<[number, number]> = [];
  for (const key of [...index.pairs.keys()].sort((x, y) => x - y)) {
    const ia = Math.floor(key / n);
    const ib = key % n;
    const a = docs[ia];
    const b = docs[ib];
    const alignments = alignSeeds(a.codes, b.codes, index.pairs.get(key)!, { minChars: o.minChars });
    if (alignments.length === 0) continue;
    const passages = alignments.map((al) => toPassage(a, b, al, maxDf));
    const real = alignments.filter((_, i) => !passages[i].boilerplate);
    if (real.length === 0) continue;
    const shorter = a.chars <= b.chars ? 'a' : 'b';
    const similarity = round(Math.min(1, covered(real, shorter) / Math.max(1, shorter === 'a' ? a.chars : b.chars)));
    const sharedChars = passages.filter((p) => !p.boilerplate).reduce((s, p) => s + p.chars, 0);
    pairs.push({ a: a.report.meta.id, b: b.report.meta.id, similarity, sharedChars, passages });
    if (similarity >= o.clusterSimilarity) edges.push([ia, ib]);
  }
  pairs.sort(
    (x, y) =>
      y.similarity - x.similarity || y.sharedChars - x.sharedChars || byCodePoint(x.a, y.a) || byCodePoint(x.b, y.b),
  );

  const internal: SharedPassage[] = [];
  docs.forEach((doc, d) => {
    const seeds = index.internal.get(d);
    if (seeds) {
      for (const al of alignSeeds(doc.codes, doc.codes, seeds, { minChars: o.minChars, self: true })) {
        internal.push(toPassage(doc, doc, al, maxDf));
      }
    }
    internal.push(...repairRepeats(doc.report));
  });

  const signatures = docs.map((d) => d.signature);
  const clusters = components(n, [...edges, ...nearDuplicates(signatures)], (i) => docs[i].report.meta.id);
  return { pairs, clusters, internal, boilerplate: stockWording(docs, maxDf) };
}
