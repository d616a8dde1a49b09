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
import { passageFamilies } from './copies/families.ts';
import type { CorpusReport } from './corpus.ts';
import { exportFiles, json } from './exports.ts';
import { findIndicators } from './indicators.ts';
import { findPhrases } from './phrases.ts';
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

/** Runs every analysis and validates the results. */
export function analyseCorpus(reports: CorpusReport[], taxonomy: Taxonomy): Analysis {
  const [themes, tThemes] = timed(() => themesFileSchema.parse(analyseThemes(reports, taxonomy)));
  const [found, tCopies] = timed(() => findCopies(reports));
  const [families, tFamilies] = timed(() => passageFamilies(found.pairs, reports));
  const copies = copiesSchema.parse({ ...found, families });
  const [phrases, tPhrases] = timed(() => phrasesFileSchema.parse(findPhrases(reports, taxonomy)));
  const [indicators, tIndicators] = timed(() => indicatorsFileSchema.parse(findIndicators(reports)));
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
): Map<string, string> {
  const files = new Map<string, string>([
    [ANALYSIS_FILES.themes, json(analysis.themes)],
    [ANALYSIS_FILES.copies, json(analysis.copies)],
    [ANALYSIS_FILES.phrases, json(analysis.phrases)],
    [ANALYSIS_FILES.indicators, json(analysis.indicators)],
  ]);
  for (const [name, text] of exportFiles({ reports, manifest, ...analysis }, exportTimings))
    files.set(`${ANALYSIS_FILES.exportsDir}/${name}`, text);
  return files;
}
