/**
 * The whole analysis of a corpus, in memory: reports + taxonomy → the four analysis files
 * and the exports, each validated against the site's schema (shared/schemas/analysis.ts)
 * before anything is written. Pure, so the runner, the tests and the benchmark share it.
 */
import {
  ANALYSIS_FILES,
  copiesSchema,
  indicatorsFileSchema,
  phrasesFileSchema,
  themesFileSchema,
  type Copies,
  type Indicator,
  type Phrase,
  type ThemeEntry,
} from '../../shared/schemas/analysis.ts';
import type { Taxonomy } from '../../shared/schemas/theme.ts';
import { findCopies } from './copies.ts';
import type { CopyPart } from './copies/copy-part.ts';
import { passageFamilies } from './copies/families.ts';
import type { CorpusReport } from './corpus.ts';
import { exportFiles, json, type PairRow } from './exports.ts';
import { findIndicators } from './indicators.ts';
import { findPhrases, type PhraseCounter } from './phrases.ts';
import { analyseThemes } from './themes.ts';

/** The four analyses of a corpus, validated, with step timings. */
export interface Analysis {
  themes: ThemeEntry[];
  copies: Copies;
  phrases: Phrase[];
  indicators: Indicator[];
  /** Milliseconds per step, for the summary line and the benchmark. */
  timings: Record<'themes' | 'copies' | 'families' | 'phrases' | 'indicators', number>;
}

function timed<T>(f: () => T): [T, number] {
  const t = performance.now();
  const value = f();
  return [value, performance.now() - t];
}

/**
 * Where the per-report parts and the corpus-wide counts come from when a cache is at hand
 * (cache/cached-parts.ts); each left out is computed afresh. The result is the same.
 */
export interface AnalysisParts {
  /** One report's part for the copy detector (copies/copy-part.ts). */
  copyPartOf?: (report: CorpusReport) => CopyPart;
  phraseCounter?: PhraseCounter;
  /** One report's indicators (indicators.ts's reportIndicators). */
  indicatorsOf?: (report: CorpusReport) => Indicator[];
  /** The export rows of one copied pair (exports.ts's pairRows). */
  pairRowsOf?: (a: CorpusReport, b: CorpusReport) => PairRow[];
  /** One report's records of passages.csv (exports.ts's passageRecords). */
  passageRecordsOf?: (report: CorpusReport) => string;
}

/** Runs every analysis and validates the results. */
export function analyseCorpus(reports: CorpusReport[], taxonomy: Taxonomy, parts: AnalysisParts = {}): Analysis {
  const [themes, tThemes] = timed(() => themesFileSchema.parse(analyseThemes(reports, taxonomy)));
  const [found, tCopies] = timed(() => findCopies(reports, {}, parts.copyPartOf));
  const [families, tFamilies] = timed(() => passageFamilies(found.pairs, reports));
  const copies = copiesSchema.parse({ ...found, families });
  const [phrases, tPhrases] = timed(() =>
    phrasesFileSchema.parse(findPhrases(reports, taxonomy, {}, parts.phraseCounter)),
  );
  const [indicators, tIndicators] = timed(() =>
    indicatorsFileSchema.parse(findIndicators(reports, parts.indicatorsOf)),
  );
  return {
    themes,
    copies,
    phrases,
    indicators,
    timings: { themes: tThemes, copies: tCopies, families: tFamilies, phrases: tPhrases, indicators: tIndicators },
  };
}

/** Every output file, by path relative to the output folder. */
export function analysisFiles(
  analysis: Analysis,
  reports: CorpusReport[],
  manifest: string,
  exportTimings?: Map<string, number>,
  parts: AnalysisParts = {},
): Map<string, string> {
  // The exports repeat themes.json and copies.json: serialised once (60 MB at 10,000 reports).
  const written = { themes: json(analysis.themes), copies: json(analysis.copies) };
  const files = new Map<string, string>([
    [ANALYSIS_FILES.themes, written.themes],
    [ANALYSIS_FILES.copies, written.copies],
    [ANALYSIS_FILES.phrases, json(analysis.phrases)],
    [ANALYSIS_FILES.indicators, json(analysis.indicators)],
  ]);
  for (const [name, text] of exportFiles(
    { reports, manifest, ...analysis, pairRowsOf: parts.pairRowsOf, passageRecordsOf: parts.passageRecordsOf, written },
    exportTimings,
  ))
    files.set(`${ANALYSIS_FILES.exportsDir}/${name}`, text);
  return files;
}
