/**
 * The seeds as the analysis sees them: ingested once into a temp folder by the real runner,
 * then read back through read.ts — the same path `npm run analyse` takes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus } from '../../scripts/analyse.ts';
import type { CorpusReport } from '../../scripts/analyse/corpus.ts';
import { parseTaxonomy } from '../../scripts/ingest/themes.ts';
import type { Taxonomy } from '../../shared/schemas/theme.ts';
import { runIngest, seedsDir } from './ingest.ts';

export const themesFile = join(import.meta.dirname, '..', '..', 'content', 'themes.yaml');

let cached: { dir: string; reports: CorpusReport[]; taxonomy: Taxonomy } | undefined;

/** The 25 seed reports (ingested once per test file) and the shipped taxonomy. */
export async function seedCorpus(): Promise<{ dir: string; reports: CorpusReport[]; taxonomy: Taxonomy }> {
  if (!cached) {
    const run = await runIngest(seedsDir);
    cached = { dir: run.out, reports: readCorpus(run.out), taxonomy: parseTaxonomy(readFileSync(themesFile, 'utf8')) };
  }
  return cached;
}

/** A seed report by id prefix: '001', '004-…-21' or just '21' for the 004 items. */
export function seedReport(reports: CorpusReport[], key: string): CorpusReport {
  const found = reports.find((r) => r.meta.id.startsWith(key) || r.meta.id === `004-f09e642452c74dbc-${key}`);
  if (!found) throw new Error(`no seed report ${key}`);
  return found;
}
