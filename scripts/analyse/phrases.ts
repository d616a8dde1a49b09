/**
 * Recurring phrases: runs of 4–12 Chinese characters that recur in several reports and are
 * not yet themes — candidates for the taxonomy, ranked by how many reports use them. Theme
 * mentions (and flagged text) are cut out of the text before counting, so no candidate
 * contains or straddles a theme; phrases containing a theme's wording are dropped too.
 * Generic official wording (高度重视, 进一步加强) is kept, flagged as boilerplate, apart from
 * the policy terms.
 */
import type { Phrase } from '../../shared/schemas/analysis.ts';
import type { Taxonomy } from '../../shared/schemas/theme.ts';
import { variantTerm } from '../ingest/themes.ts';
import { byCodePoint, type CorpusReport } from './corpus.ts';
import { normaliseFormula, STOCK_FORMULAE } from './copies/boilerplate.ts';
import { onWordBoundaries } from './phrases/boundaries.ts';
import { isGeneric, wellFormed } from './phrases/generic.ts';
import { closedGrams, countTable, type NgramTable } from './phrases/ngram-table.ts';
import { reportCodes } from './phrases/report-codes.ts';
import { findSamples, type Sample } from './phrases/samples.ts';

/** Lengths, threshold and list sizes of the phrase finder. */
export interface PhraseOptions {
  minLength: number;
  maxLength: number;
  /** Fewest reports a phrase must appear in (default: 3, or 0.5% of a large corpus). */
  minReports?: number;
  /** Most policy phrases and most boilerplate phrases listed. */
  limit: number;
  boilerplateLimit: number;
}

/** 4–12 characters as the issue asks; lists capped so a large corpus gives a readable page. */
export const DEFAULT_PHRASES: PhraseOptions = { minLength: 4, maxLength: 12, limit: 300, boilerplateLimit: 100 };

/** The report threshold: recurring means several reports, more in a large corpus. */
export function minReportsFor(reports: number): number {
  return Math.max(3, Math.ceil(reports / 200));
}

/** The run of text (between separators) holding [first, first + n), clipped to ±16. */
function runAround(codes: Int32Array, first: number, n: number): [number, number] {
  let from = first;
  while (from > 0 && codes[from - 1] >= 0 && first - from < 16) from--;
  let to = first + n;
  while (to < codes.length && codes[to] >= 0 && to - (first + n) < 16) to++;
  return [from, to];
}

/** True when at least half of the sampled occurrences start and end on word boundaries. */
function mostlyWords(samples: Sample[], n: number, codesOf: (d: number) => Int32Array): boolean {
  let ok = 0;
  for (const [d, at] of samples) {
    const codes = codesOf(d);
    const [from, to] = runAround(codes, at, n);
    const run = String.fromCodePoint(...codes.subarray(from, to));
    const start = String.fromCodePoint(...codes.subarray(from, at)).length;
    const end = start + String.fromCodePoint(...codes.subarray(at, at + n)).length;
    if (onWordBoundaries(run, start, end)) ok++;
  }
  return ok * 2 >= samples.length;
}

/**
 * The n-gram counts of a corpus (reports in id order, `codesOf(d)` the codes of report d),
 * complete at least down to `minDf` reports. By default counted from scratch; the analysis
 * cache (cache/phrase-counts.ts) updates the last run's table instead.
 */
export type PhraseCounter = (
  sorted: CorpusReport[],
  codesOf: (d: number) => Int32Array,
  minN: number,
  maxN: number,
  minDf: number,
) => NgramTable;

const countAll: PhraseCounter = (sorted, codesOf, minN, maxN, minDf) =>
  countTable(
    sorted.map((_, d) => codesOf(d)),
    minN,
    maxN,
    minDf,
  );

/** Phrases whose samples are looked for in one pass over the reports. */
const SAMPLE_BATCH = 256;

/** Recurring phrases, ranked (see the module comment). */
export function findPhrases(
  reports: CorpusReport[],
  taxonomy: Taxonomy,
  options: Partial<PhraseOptions> = {},
  counter: PhraseCounter = countAll,
): Phrase[] {
  const o = { ...DEFAULT_PHRASES, ...options };
  const sorted = [...reports].sort((a, b) => byCodePoint(a.meta.id, b.meta.id));
  const minReports = o.minReports ?? minReportsFor(sorted.length);
  const docCodes: Array<Int32Array | undefined> = [];
  const codesOf = (d: number) => (docCodes[d] ??= reportCodes(sorted[d]));
  const table = counter(sorted, codesOf, o.minLength, o.maxLength, minReports);
  const themeTerms = taxonomy.themes.flatMap((t) => [t.name, ...t.variants.map(variantTerm)]);
  const formulae = STOCK_FORMULAE.map(normaliseFormula);

  // Cheap checks on every frequent n-gram, then rank; the word-boundary check (Intl.Segmenter)
  // runs in rank order only until both lists are full, so its cost does not grow with the corpus.
  const ends = (text: string) => {
    const cps = [...text];
    return wellFormed(cps[0] + cps[cps.length - 1]);
  };
  const candidates: Phrase[] = [];
  for (const g of closedGrams(table, minReports, ends)) {
    if (!wellFormed(g.text)) continue;
    candidates.push({ phrase: g.text, reports: g.df, mentions: g.tf, boilerplate: false });
  }
  const rank = (a: Phrase, b: Phrase) =>
    b.reports - a.reports ||
    b.mentions - a.mentions ||
    b.phrase.length - a.phrase.length ||
    byCodePoint(a.phrase, b.phrase);
  candidates.sort(rank);
  const samples: Sample[][] = [];
  const samplesOf = (i: number): Sample[] => {
    if (samples[i] === undefined) {
      const batch = candidates.slice(i, i + SAMPLE_BATCH).map((c) => ({
        codes: Int32Array.from([...c.phrase], (ch) => ch.codePointAt(0)!),
        df: c.reports,
      }));
      findSamples(batch, sorted.length, codesOf).forEach((found, k) => {
        samples[i + k] = found;
      });
    }
    return samples[i];
  };
  const policy: Phrase[] = [];
  const generic: Phrase[] = [];
  for (const [i, c] of candidates.entries()) {
    if (policy.length >= o.limit && generic.length >= o.boilerplateLimit) break;
    const boilerplate = isGeneric(c.phrase) || formulae.some((f) => f.includes(c.phrase));
    const list = boilerplate ? generic : policy;
    if (list.length >= (boilerplate ? o.boilerplateLimit : o.limit)) continue;
    if (themeTerms.some((t) => c.phrase.includes(t)) || !mostlyWords(samplesOf(i), [...c.phrase].length, codesOf))
      continue;
    list.push({ phrase: c.phrase, reports: c.reports, mentions: c.mentions, boilerplate });
  }
  return [...policy, ...generic].sort(rank);
}
