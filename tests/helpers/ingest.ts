/** Runs the real ingest runner into a temporary folder, as `npm run ingest` would. */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest, type IngestSummary } from '../../scripts/ingest.ts';

export const seedsDir = join(import.meta.dirname, '..', '..', 'content', 'sources');

export interface IngestRun {
  out: string;
  cache: string;
  log: string[];
  summary: IngestSummary;
  /** Every written file, by name. */
  files: Map<string, string>;
}

/** Ingests `sources` into fresh temp folders (or the given ones), capturing the log. */
export async function runIngest(
  sources: string,
  dirs: { out?: string; cache?: string; check?: boolean } = {},
): Promise<IngestRun> {
  const out = dirs.out ?? mkdtempSync(join(tmpdir(), 'ingest-out-'));
  const cache = dirs.cache ?? mkdtempSync(join(tmpdir(), 'ingest-cache-'));
  const log: string[] = [];
  const summary = await ingest({ sources, out, cache, check: dirs.check ?? false, log: (l) => log.push(l) });
  const files = new Map<string, string>();
  for (const name of readdirSync(out).sort()) files.set(name, readFileSync(join(out, name), 'utf8'));
  return { out, cache, log, summary, files };
}
