/**
 * Content-hash cache: an unchanged source is not processed again. A result is stored under
 * the source's SHA-256 and a hash of the pipeline's own code, so editing any stage (or
 * shared/) invalidates every entry without anyone having to remember to.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEntry, serialiseEntry, type CacheEntry } from './cache-entry.ts';
import { PackStore } from './pack-store.ts';
import type { ReportMeta } from '../../../shared/schemas/report.ts';
import { nowNs, type Fingerprint } from './fingerprint.ts';

/** scripts/ingest/: every stage, this runner folder included. */
const ingestDir = join(dirname(fileURLToPath(import.meta.url)), '..');
/** shared/: the schemas, the report reader and the OpenCC chain the stages use. */
const sharedDir = join(ingestDir, '..', '..', 'shared');

/** Files whose content decides the pipeline's output, found by walking the stage folders. */
function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? codeFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    )
    .sort();
}

/**
 * Hash of every stage's source, of shared/ (the schemas, the OpenCC chain …) and of the data
 * the pipeline reads besides the source (the theme taxonomy's text): the cache's version.
 * Editing content/themes.yaml therefore re-ingests every source, since every report's theme
 * marks may change.
 */
export function pipelineHash(data: string[] = []): string {
  const hash = createHash('sha256');
  for (const file of [...codeFiles(ingestDir), ...codeFiles(sharedDir)]) hash.update(readFileSync(file));
  for (const text of data) hash.update(`\0${text}`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * What one source became last time: enough to publish it again without parsing its cached
 * result or rendering its MDX (re-ingesting 10,000 reports after one is added stays cheap).
 */
export interface Published {
  /** Hash of the decoded text: duplicates are found without the text itself. */
  textSha: string;
  ids: string[];
  /** Content hash of each report's MDX as written: a file that differs is written again. */
  mdx: string[];
  manifest: ReportMeta[];
  /** The source's fingerprint when it was read (./fingerprint.ts): unchanged, it is not read again. */
  source?: Fingerprint;
}

/** An output file as the run left it: its content hash, fingerprint and generated mark. */
export type OutputRecord = [sha: string, fingerprint: Fingerprint, generated: boolean];

/** What the last run recorded: its sources, its output files, and when it wrote the record. */
export interface PublishedRecord {
  sources: Map<string, Published>;
  outputs: Map<string, OutputRecord>;
  recordedAtNs: bigint;
}

/**
 * A cache folder of results keyed by source hash, for one pipeline version. Entries live in
 * packs (./cache-pack.ts): this run appends to a pack of its own, and reads any pack.
 */
export class IngestCache {
  readonly #store: PackStore;
  /** Throws a FolderError (nothing written) when `root` holds anything the cache did not write. */
  constructor(root: string, version: string) {
    this.#store = new PackStore(root, version, CACHE_FILE);
  }
  get dir(): string {
    return this.#store.dir;
  }
  get(sha: string): CacheEntry | undefined {
    const text = this.#store.get(sha);
    if (text === undefined) return undefined;
    try {
      return parseEntry(text);
    } catch {
      return undefined;
    }
  }
  set(sha: string, entry: CacheEntry): void {
    this.#store.set(sha, serialiseEntry(entry));
  }
  /**
   * What the last run published per (source hash, file name), for `out`; empty if none, or
   * if the record is not the one a run wrote (its first line is the hash of the rest).
   */
  readPublished(out: string): PublishedRecord {
    const none: PublishedRecord = { sources: new Map(), outputs: new Map(), recordedAtNs: 0n };
    const body = this.#store.readChecked('published.json');
    if (body === undefined) return none;
    try {
      const saved = JSON.parse(body) as {
        out: string;
        recordedAtNs: string;
        sources: Record<string, Published>;
        outputs: Record<string, OutputRecord>;
      };
      if (saved.out !== out) return none;
      return {
        sources: new Map(Object.entries(saved.sources)),
        outputs: new Map(Object.entries(saved.outputs)),
        recordedAtNs: BigInt(saved.recordedAtNs),
      };
    } catch {
      return none;
    }
  }
  /**
   * Records what this run published, once every file it names is written: the run's last
   * write, so this run's pack is closed too.
   */
  writePublished(out: string, sources: Map<string, Published>, outputs: Map<string, OutputRecord>): void {
    this.#store.closePack();
    const body = JSON.stringify({
      out,
      recordedAtNs: String(nowNs()),
      sources: Object.fromEntries(sources),
      outputs: Object.fromEntries(outputs),
    });
    this.#store.writeChecked('published.json', body);
  }
  /** Drops the entries of older pipeline versions: only folders the cache made. */
  prune(): void {
    this.#store.pruneOthers();
  }
}

/** The files the cache writes in a version's folder (../../lib/versioned-cache.ts). */
const CACHE_FILE = /^(entries-[0-9a-f-]{36}\.pack|published\.json)$/;
