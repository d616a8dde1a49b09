/**
 * The analysis's cache folder (`.cache/analysis/` by default): per-report parts keyed by the
 * report's content hash, and the few corpus-wide results an update starts from (the phrase
 * counts). Everything sits under a folder named for a hash of the analysis's own code, so
 * editing any of it invalidates every entry without anyone having to remember to — the
 * ingest cache's rule (scripts/ingest/runner/cache.ts), whose packs this reuses: one
 * append-only file per run rather than 10,000 small files.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PackStore } from '../../ingest/runner/pack-store.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Code the analysis runs: scripts/analyse/ and its runner, what they import from scripts/ (lib, the ingest's theme and pack helpers) and shared/. */
const CODE = [
  join(here, '..'),
  join(here, '../../analyse.ts'),
  join(here, '../../lib'),
  join(here, '../../ingest'),
  join(here, '../../../shared'),
];

function codeFiles(path: string): string[] {
  if (path.endsWith('.ts')) return [path];
  return readdirSync(path, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? codeFiles(join(path, e.name)) : e.name.endsWith('.ts') ? [join(path, e.name)] : [],
    )
    .sort();
}

/**
 * Hash of the analysis's code: the cache's version. The taxonomy is not part of it: nothing
 * cached depends on it (the phrase counts exclude theme mentions through the reports' own
 * marks, which are in the reports' hashes).
 */
export function analysisHash(): string {
  const hash = createHash('sha256');
  for (const file of CODE.flatMap(codeFiles)) hash.update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** A report's content hash: the key of its cached parts. */
export const contentHash = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The files the cache writes in a version's folder (../../lib/versioned-cache.ts). */
const CACHE_FILE = /^(entries-[0-9a-f-]{36}\.pack|[a-z-]+\.state)$/;

/** Per-report parts (by content hash and kind) and named states, for one code version. */
export class AnalysisCache {
  readonly #store: PackStore;
  /** Throws a FolderError (nothing written) when `root` holds anything the cache did not write. */
  constructor(root: string, version = analysisHash()) {
    this.#store = new PackStore(root, version, CACHE_FILE);
  }
  get dir(): string {
    return this.#store.dir;
  }
  has(sha: string, kind: string): boolean {
    return this.#store.has(`${sha}.${kind}`);
  }
  /** A report's part, or undefined (a miss: never written, or changed on disk since). */
  get(sha: string, kind: string): string | undefined {
    return this.#store.get(`${sha}.${kind}`);
  }
  set(sha: string, kind: string, text: string): void {
    this.#store.set(`${sha}.${kind}`, text);
  }
  /** A named corpus-wide state, or undefined if none or not the text a run wrote. */
  readState(name: string): string | undefined {
    return this.#store.readChecked(`${name}.state`);
  }
  writeState(name: string, body: string): void {
    this.#store.writeChecked(`${name}.state`, body);
  }
  /** Ends this run's writing, and drops the folders of other code versions (only folders the cache made). */
  close(): void {
    this.#store.closePack();
    this.#store.pruneOthers();
  }
}
