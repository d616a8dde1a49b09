/**
 * The analysis's cache folder (`.cache/analysis/` by default): per-report parts keyed by the
 * report's content hash, and the few corpus-wide results an update starts from (the phrase
 * counts). Everything sits under a folder named for a hash of the analysis's own code, so
 * editing any of it invalidates every entry without anyone having to remember to — the
 * ingest cache's rule (scripts/ingest/runner/cache.ts), whose packs this reuses: one
 * append-only file per run rather than 10,000 small files.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomic } from '../../lib/atomic-write.ts';
import { refuseForeign } from '../../lib/folder-guard.ts';
import { foreignInCache, namesIn, pruneOtherVersions } from '../../lib/versioned-cache.ts';
import { PackWriter, readPacked, scanPack, type PackedEntry } from '../../ingest/runner/cache-pack.ts';

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

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The files the cache writes in a version's folder (../../lib/versioned-cache.ts). */
const CACHE_FILE = /^(entries-[0-9a-f-]{36}\.pack|[a-z-]+\.state)$/;

/** Per-report parts (by content hash and kind) and named states, for one code version. */
export class AnalysisCache {
  readonly dir: string;
  #index: Map<string, PackedEntry> | undefined;
  readonly #pack: PackWriter;
  /** Throws a FolderError (nothing written) when `root` holds anything the cache did not write. */
  constructor(root: string, version = analysisHash()) {
    this.dir = join(root, version);
    refuseForeign('cache folder', root, foreignInCache(root, CACHE_FILE));
    this.#pack = new PackWriter(join(this.dir, `entries-${randomUUID()}.pack`));
  }
  #indexed(): Map<string, PackedEntry> {
    if (this.#index) return this.#index;
    this.#index = new Map();
    for (const name of namesIn(this.dir).sort()) {
      if (!name.endsWith('.pack')) continue;
      try {
        scanPack(join(this.dir, name), this.#index);
      } catch {
        // A pack that cannot be read holds only misses.
      }
    }
    return this.#index;
  }
  has(sha: string, kind: string): boolean {
    return this.#indexed().has(`${sha}.${kind}`);
  }
  /** A report's part, or undefined (a miss: never written, or changed on disk since). */
  get(sha: string, kind: string): string | undefined {
    const packed = this.#indexed().get(`${sha}.${kind}`);
    if (!packed) return undefined;
    try {
      return readPacked(packed);
    } catch {
      return undefined;
    }
  }
  set(sha: string, kind: string, text: string): void {
    const key = `${sha}.${kind}`;
    let packed: PackedEntry;
    try {
      packed = this.#pack.append(key, text);
    } catch {
      mkdirSync(this.dir, { recursive: true });
      packed = this.#pack.append(key, text);
    }
    this.#indexed().set(key, packed);
  }
  /** A named corpus-wide state, or undefined if none or not the text a run wrote (its first line is the hash of the rest). */
  readState(name: string): string | undefined {
    try {
      const text = readFileSync(join(this.dir, `${name}.state`), 'utf8');
      const newline = text.indexOf('\n');
      const body = text.slice(newline + 1);
      return newline >= 0 && text.slice(0, newline) === sha256(body) ? body : undefined;
    } catch {
      return undefined;
    }
  }
  writeState(name: string, body: string): void {
    const path = join(this.dir, `${name}.state`);
    try {
      writeAtomic(path, `${sha256(body)}\n${body}`);
    } catch {
      mkdirSync(this.dir, { recursive: true });
      writeAtomic(path, `${sha256(body)}\n${body}`);
    }
  }
  /** Ends this run's writing, and drops the folders of other code versions (only folders the cache made). */
  close(): void {
    this.#pack.close();
    const root = dirname(this.dir);
    pruneOtherVersions(root, this.dir, CACHE_FILE);
  }
}
