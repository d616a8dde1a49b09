/**
 * Content-hash cache: an unchanged source is not processed again. A result is stored under
 * the source's SHA-256 and a hash of the pipeline's own code, so editing any stage (or
 * shared/) invalidates every entry without anyone having to remember to.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomic } from '../../lib/atomic-write.ts';
import { refuseForeign } from '../../lib/folder-guard.ts';
import { foreignInCache, namesIn, pruneOtherVersions } from '../../lib/versioned-cache.ts';
import { parseEntry, serialiseEntry, type CacheEntry } from './cache-entry.ts';
import { readPacked, scanPack, PackWriter, type PackedEntry } from './cache-pack.ts';
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

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * A cache folder of results keyed by source hash, for one pipeline version. Entries live in
 * packs (./cache-pack.ts): this run appends to a pack of its own, and reads any pack.
 */
export class IngestCache {
  readonly dir: string;
  /**
   * Where each entry is, from every pack in `dir`, indexed once: a cold run asks about every
   * source, and a miss answered from the index costs no system call. An entry another run
   * writes meanwhile is only a miss: reprocessed.
   */
  #index: Map<string, PackedEntry> | undefined;
  /** This run's pack, named so that no other run can pick the same name. */
  readonly #pack: PackWriter;
  /** Throws a FolderError (nothing written) when `root` holds anything the cache did not write. */
  constructor(root: string, version: string) {
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
  get(sha: string): CacheEntry | undefined {
    const packed = this.#indexed().get(sha);
    if (!packed) return undefined;
    try {
      return parseEntry(readPacked(packed));
    } catch {
      return undefined;
    }
  }
  set(sha: string, entry: CacheEntry): void {
    const text = serialiseEntry(entry);
    let packed: PackedEntry;
    try {
      packed = this.#pack.append(sha, text);
    } catch {
      mkdirSync(this.dir, { recursive: true });
      packed = this.#pack.append(sha, text);
    }
    this.#indexed().set(sha, packed);
  }
  /** Writes one file into `dir` atomically, creating `dir` only when the write finds it missing. */
  #write(file: string, text: string): void {
    const path = join(this.dir, file);
    try {
      writeAtomic(path, text);
    } catch {
      mkdirSync(this.dir, { recursive: true });
      writeAtomic(path, text);
    }
  }
  /**
   * What the last run published per (source hash, file name), for `out`; empty if none, or
   * if the record is not the one a run wrote (its first line is the hash of the rest).
   */
  readPublished(out: string): PublishedRecord {
    const none: PublishedRecord = { sources: new Map(), outputs: new Map(), recordedAtNs: 0n };
    try {
      const text = readFileSync(join(this.dir, 'published.json'), 'utf8');
      const newline = text.indexOf('\n');
      const body = text.slice(newline + 1);
      if (newline < 0 || text.slice(0, newline) !== sha256(body)) return none;
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
    this.#pack.close();
    const body = JSON.stringify({
      out,
      recordedAtNs: String(nowNs()),
      sources: Object.fromEntries(sources),
      outputs: Object.fromEntries(outputs),
    });
    this.#write('published.json', `${sha256(body)}\n${body}`);
  }
  /** Drops the entries of older pipeline versions: only folders the cache made. */
  prune(): void {
    const root = dirname(this.dir);
    pruneOtherVersions(root, this.dir, CACHE_FILE);
  }
}

/** The files the cache writes in a version's folder (../../lib/versioned-cache.ts). */
const CACHE_FILE = /^(entries-[0-9a-f-]{36}\.pack|published\.json)$/;
