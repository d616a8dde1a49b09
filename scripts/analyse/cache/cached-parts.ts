/**
 * The analysis's per-report and per-pair parts, read from the cache when there and computed
 * (and stored) when not: a report's copy-detector part, indicators and records of
 * passages.csv by its content hash, a copied pair's rows of pairs.csv by both reports' hashes, and the phrase counts
 * (phrase-counts.ts). What comes out
 * of the cache is what the same code computed from the same text, so the files written do
 * not depend on whether it was there.
 */
import type { Indicator } from '../../../shared/schemas/analysis.ts';
import type { AnalysisParts } from '../analyse-corpus.ts';
import { copyPart, decodeCopyPart, encodeCopyPart } from '../copies/copy-part.ts';
import type { CorpusReport } from '../corpus.ts';
import { pairRows, passageRecords, type PairRow } from '../exports.ts';
import { reportIndicators } from '../indicators.ts';
import { contentHash, type AnalysisCache } from './analysis-cache.ts';
import { cachedCounter, type PhraseCountStats } from './phrase-counts.ts';

/** `make`'s value for `sha`, from the cache as JSON when there, else made and stored. */
function through<T>(cache: AnalysisCache, sha: string, kind: string, make: () => T): T {
  const text = cache.get(sha, kind);
  if (text !== undefined) return JSON.parse(text) as T;
  const value = make();
  cache.set(sha, kind, JSON.stringify(value));
  return value;
}

/**
 * The parts for analyse-corpus.ts, backed by `cache`; `hashOf` gives a report's content hash.
 * `phrases` receives what the phrase counter did, and may set its floor (phrase-counts.ts).
 */
export function cachedParts(
  cache: AnalysisCache,
  hashOf: (report: CorpusReport) => string,
  phrases: { stats?: PhraseCountStats; floorOf?: (minDf: number) => number } = {},
): AnalysisParts {
  return {
    copyPartOf: (report) => {
      const sha = hashOf(report);
      const cached = cache.get(sha, 'copypart');
      if (cached !== undefined) return decodeCopyPart(Buffer.from(cached, 'utf16le'));
      const part = copyPart(report);
      cache.set(sha, 'copypart', Buffer.from(encodeCopyPart(part)).toString('utf16le'));
      return part;
    },
    phraseCounter: cachedCounter(cache, hashOf, phrases.stats, phrases.floorOf),
    indicatorsOf: (report) => through<Indicator[]>(cache, hashOf(report), 'indicators', () => reportIndicators(report)),
    passageRecordsOf: (report) => {
      const sha = hashOf(report);
      const cached = cache.get(sha, 'passages');
      if (cached !== undefined) return cached;
      const records = passageRecords(report);
      cache.set(sha, 'passages', records);
      return records;
    },
    pairRowsOf: (a, b) =>
      through<PairRow[]>(cache, contentHash(`${hashOf(a)}\0${hashOf(b)}`), 'pairrows', () => pairRows(a, b)),
  };
}
