/**
 * Finished search shards, kept between builds by what went into them, so that a build
 * re-indexes only the shards whose pages changed (./shard-plan.ts keeps the others' pages
 * where they were). An entry is a shard as the site publishes it, its result texts and its
 * page ids:
 *
 *   .cache/search-index/<key>/shard/…   the shard's files (index chunks, metadata, …)
 *   .cache/search-index/<key>/texts/…   its pages' result texts
 *   .cache/search-index/<key>/ids.json  its page ids, for the cross-shard id check
 *
 * The key is a hash of the indexer (Pagefind's release and our code), the salt and every
 * page's path and built HTML: the same key means the same bytes would be written. Entries a build did not use are
 * deleted at its end, so the cache holds one site's shards.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The name of an entry (a key), or of one being written. */
const ENTRY = /^\.?[0-9a-f]{40}(?:\.tmp)?$/;

export class ShardCache {
  readonly #dir: string;
  readonly #version: string;
  readonly #used = new Set<string>();

  /** `dir` holds the entries; `version` names the indexer (a new one invalidates them all). */
  constructor(dir: string, version: string) {
    this.#dir = dir;
    this.#version = version;
    mkdirSync(dir, { recursive: true });
  }

  /** The key of a shard: its salt and its pages' paths and hashes of their HTML, in order. */
  key(salt: string, pages: ReadonlyArray<{ file: string; hash: string }>): string {
    const hash = createHash('sha256').update(`${this.#version}\0${salt}\0`);
    for (const p of pages) hash.update(`${p.file}\0${p.hash}\0`);
    return hash.digest('hex').slice(0, 40);
  }

  /** The page ids of a stored shard, or null when there is none under `key`. */
  ids(key: string): string[] | null {
    const file = join(this.#dir, key, 'ids.json');
    if (!existsSync(file)) return null;
    this.#used.add(key);
    return JSON.parse(readFileSync(file, 'utf8')) as string[];
  }

  /**
   * Stores a shard: `fill(shardDir, textsRoot)` writes it; the entry appears whole or not at
   * all (a killed build leaves no half entry under a key).
   */
  store(key: string, fill: (shardDir: string, textsRoot: string) => string[]): string[] {
    const scratch = join(this.#dir, `.${key}.tmp`);
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(join(scratch, 'shard'), { recursive: true });
    const ids = fill(join(scratch, 'shard'), scratch);
    writeFileSync(join(scratch, 'ids.json'), `${JSON.stringify(ids)}\n`);
    rmSync(join(this.#dir, key), { recursive: true, force: true });
    renameSync(scratch, join(this.#dir, key));
    this.#used.add(key);
    return ids;
  }

  /** Copies a stored shard into `shardDir` and its result texts into `textsRoot`. */
  publish(key: string, shardDir: string, textsRoot: string): void {
    cpSync(join(this.#dir, key, 'shard'), shardDir, { recursive: true });
    const texts = join(this.#dir, key, 'texts');
    if (existsSync(texts)) cpSync(texts, join(textsRoot, 'texts'), { recursive: true });
  }

  /**
   * Deletes every entry this run did not use, and a killed run's half-written ones; returns
   * how many. Anything else in the folder is not the cache's and is left alone.
   */
  prune(): number {
    let n = 0;
    for (const name of readdirSync(this.#dir)) {
      if (this.#used.has(name) || !ENTRY.test(name)) continue;
      rmSync(join(this.#dir, name), { recursive: true, force: true });
      n++;
    }
    return n;
  }
}
