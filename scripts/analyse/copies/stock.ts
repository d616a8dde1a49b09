/**
 * The stock wording of the corpus, listed so the reader sees what was told apart from
 * copying: the listed formulae with how many reports use each, and the over-shared
 * passages (runs of fingerprints above the document-frequency cap) with their reach.
 */
import type { BoilerplatePassage } from '../../../shared/schemas/analysis.ts';
import { formulaCoverage, normaliseFormula, STOCK_FORMULAE } from './boilerplate.ts';
import { K, W } from './fingerprints.ts';
import { normalisedText, SEPARATOR } from './normalise.ts';
import type { CopyDoc } from './passages.ts';

/** Over-shared passages shorter than this are not listed (a phrase, not a passage). */
const MIN_LISTED = 12;
const LIMIT = 50;

/** The listed formulae, normalised, each once. */
export const LISTED = [...new Set(STOCK_FORMULAE.map(normaliseFormula))];

/** Which of the LISTED formulae a report's normalised codes hold (1 or 0 each): part of its copy part. */
export function listedIn(codes: Int32Array): Uint8Array {
  const text = normalisedText({ codes }, 0, codes.length, '\n');
  return Uint8Array.from(LISTED, (f) => (text.includes(f) ? 1 : 0));
}

/** Each stock formula and the reports that use it (only formulae that occur). */
function listed(docs: CopyDoc[]): BoilerplatePassage[] {
  const found = LISTED.map((text, i) => ({
    text,
    reports: docs.filter((d) => d.listed[i] === 1).length,
    source: 'list' as const,
  })).filter((f) => f.reports > 0);
  // A formula inside a longer one used by as many reports adds nothing.
  return found.filter((f) => !found.some((g) => g !== f && g.text.includes(f.text) && g.reports === f.reports));
}

/** The block of each (ascending) position of normalised codes: the separators before it. */
function blocksAt(codes: Int32Array, positions: Int32Array): Int32Array {
  const out = new Int32Array(positions.length);
  let block = 0;
  let at = 0;
  positions.forEach((p, i) => {
    for (; at < p; at++) if (codes[at] === SEPARATOR) block++;
    out[i] = block;
  });
  return out;
}

/** Runs of consecutive over-shared fingerprints, as normalised text with their least reach. */
function frequent(docs: CopyDoc[], maxDf: number): BoilerplatePassage[] {
  const found = new Map<string, number>();
  for (const doc of docs) {
    const { hashes, positions } = doc.prints;
    const df = doc.prints.df!;
    const block = blocksAt(doc.codes, positions);
    let start = -1;
    let startBlock = -1;
    let end = -1;
    let reach = Infinity;
    const flush = () => {
      if (start < 0) return;
      const text = normalisedText(doc, start, end);
      if (text.length >= MIN_LISTED && formulaCoverage(text) < 0.5)
        found.set(text, Math.max(found.get(text) ?? 0, reach));
      start = -1;
      reach = Infinity;
    };
    for (let i = 0; i < hashes.length; i++) {
      const count = df[i];
      const sameBlock = start >= 0 && block[i] === startBlock;
      if (count > maxDf && sameBlock && positions[i] <= end + W) {
        end = positions[i] + K;
        reach = Math.min(reach, count);
      } else {
        flush();
        if (count > maxDf) {
          start = positions[i];
          startBlock = block[i];
          end = positions[i] + K;
          reach = count;
        }
      }
    }
    flush();
  }
  return [...found].map(([text, reports]) => ({ text, reports, source: 'frequency' as const }));
}

/** Listed formulae first, then over-shared passages; each by reach, then text. */
export function stockWording(docs: CopyDoc[], maxDf: number): BoilerplatePassage[] {
  const order = (a: BoilerplatePassage, b: BoilerplatePassage) =>
    b.reports - a.reports || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
  return [...listed(docs).sort(order), ...frequent(docs, maxDf).sort(order).slice(0, LIMIT)];
}
