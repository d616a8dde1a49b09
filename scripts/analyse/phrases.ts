/**
 * Recurring phrases: runs of 4–12 Chinese characters that recur in several reports and are
 * not yet themes — candidates for the taxonomy, ranked by how many reports use them. Theme
 * mentions (and flagged text) are cut out of the text before counting, so no candidate
 * contains or straddles a theme; phrases containing a theme's wording are dropped too.
 * Generic official wording (高度重视, 进一步加强) is kept, flagged as boilerplate, apart from
 * the policy terms.
 */
import { isHanCodePoint } from '../../shared/han.ts';
import type { Phrase } from '../../shared/schemas/analysis.ts';
import type { Taxonomy } from '../../shared/schemas/theme.ts';
import { variantTerm } from '../ingest/themes.ts';
import { byCodePoint, type CorpusReport } from './corpus.ts';
import { normaliseFormula, STOCK_FORMULAE } from './copies/boilerplate.ts';
import { onWordBoundaries } from './phrases/boundaries.ts';
import { isGeneric, wellFormed } from './phrases/generic.ts';
import { frequentNgrams } from './phrases/ngrams.ts';

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

/** All reports' Han characters outside marks, as codes with −1 between runs. */
function corpusCodes(reports: CorpusReport[]): { codes: Int32Array; docOf: Int32Array } {
  const size = reports.reduce((n, r) => n + r.blocks.reduce((m, b) => m + b.text.length + 1, 0), 0);
  const codes = new Int32Array(size);
  const docOf = new Int32Array(size);
  let n = 0;
  const separate = (d: number) => {
    if (n > 0 && codes[n - 1] !== -1) {
      codes[n] = -1;
      docOf[n++] = d;
    }
  };
  reports.forEach((report, d) => {
    for (const block of report.blocks) {
      const masked = new Uint8Array(block.text.length);
      for (const m of block.marks) masked.fill(1, m.start, m.end);
      for (let i = 0; i < block.text.length; ) {
        const cp = block.text.codePointAt(i)!;
        if (isHanCodePoint(cp) && !masked[i]) {
          codes[n] = cp;
          docOf[n++] = d;
        } else separate(d);
        i += cp > 0xffff ? 2 : 1;
      }
      separate(d);
    }
  });
  return { codes: codes.subarray(0, n), docOf: docOf.subarray(0, n) };
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
function mostlyWords(codes: Int32Array, samples: number[], n: number): boolean {
  let ok = 0;
  for (const at of samples) {
    const [from, to] = runAround(codes, at, n);
    const run = String.fromCodePoint(...codes.subarray(from, to));
    const start = String.fromCodePoint(...codes.subarray(from, at)).length;
    const end = start + String.fromCodePoint(...codes.subarray(at, at + n)).length;
    if (onWordBoundaries(run, start, end)) ok++;
  }
  return ok * 2 >= samples.length;
}

/** Recurring phrases, ranked (see the module comment). */
export function findPhrases(
  reports: CorpusReport[],
  taxonomy: Taxonomy,
  options: Partial<PhraseOptions> = {},
): Phrase[] {
  const o = { ...DEFAULT_PHRASES, ...options };
  const sorted = [...reports].sort((a, b) => byCodePoint(a.meta.id, b.meta.id));
  const minReports = o.minReports ?? minReportsFor(sorted.length);
  const { codes, docOf } = corpusCodes(sorted);
  const themeTerms = taxonomy.themes.flatMap((t) => [t.name, ...t.variants.map(variantTerm)]);
  const formulae = STOCK_FORMULAE.map(normaliseFormula);

  // Cheap checks on every frequent n-gram, then rank; the word-boundary check (Intl.Segmenter)
  // runs in rank order only until both lists are full, so its cost does not grow with the corpus.
  const formed = (first: number, n: number) => wellFormed(String.fromCodePoint(codes[first], codes[first + n - 1]));
  const candidates: Array<Phrase & { samples: number[]; n: number }> = [];
  for (const g of frequentNgrams(codes, docOf, o.minLength, o.maxLength, minReports, formed)) {
    const phrase = String.fromCodePoint(...codes.subarray(g.first, g.first + g.n));
    if (!wellFormed(phrase)) continue;
    candidates.push({ phrase, reports: g.df, mentions: g.tf, boilerplate: false, samples: g.samples, n: g.n });
  }
  const rank = (a: Phrase, b: Phrase) =>
    b.reports - a.reports ||
    b.mentions - a.mentions ||
    b.phrase.length - a.phrase.length ||
    byCodePoint(a.phrase, b.phrase);
  candidates.sort(rank);
  const policy: Phrase[] = [];
  const generic: Phrase[] = [];
  for (const c of candidates) {
    if (policy.length >= o.limit && generic.length >= o.boilerplateLimit) break;
    const boilerplate = isGeneric(c.phrase) || formulae.some((f) => f.includes(c.phrase));
    const list = boilerplate ? generic : policy;
    if (list.length >= (boilerplate ? o.boilerplateLimit : o.limit)) continue;
    if (themeTerms.some((t) => c.phrase.includes(t)) || !mostlyWords(codes, c.samples, c.n)) continue;
    list.push({ phrase: c.phrase, reports: c.reports, mentions: c.mentions, boilerplate });
  }
  return [...policy, ...generic].sort(rank);
}
