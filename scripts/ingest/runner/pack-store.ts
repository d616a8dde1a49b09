/**
 * One code version's folder of a cache (../../lib/versioned-cache.ts): texts by key in packs
 * (./cache-pack.ts; this run appends to a pack of its own and reads any), and a few whole
 * files whose first line is the hash of the rest, so a file a killed run or a hand left
 * half-written reads as absent. The ingest's cache (./cache.ts) and the analysis's
 * (../../analyse/cache/analysis-cache.ts) are this store with their own keys and files.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeAtomic } from '../../lib/atomic-write.ts';
import { refuseForeign } from '../../lib/folder-guard.ts';
import { foreignInCache, namesIn, pruneOtherVersions } from '../../lib/versioned-cache.ts';
import { PackWriter, readPacked, scanPack, type PackedEntry } from './cache-pack.ts';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export class PackStore {
  readonly dir: string;
  readonly #ours: RegExp;
  /**
   * Where each entry is, from every pack in `dir`, indexed once: a cold run asks about every
   * key, and a miss answered from the index costs no system call. An entry another run
   * writes meanwhile is only a miss.
   */
  #index: Map<string, PackedEntry> | undefined;
  /** This run's pack, named so that no other run can pick the same name. */
  readonly #pack: PackWriter;
  /**
   * `ours` names the files the cache writes in a version's folder. Throws a FolderError
   * (nothing written) when `root` holds anything the cache did not write.
   */
  constructor(root: string, version: string, ours: RegExp) {
    this.dir = join(root, version);
    this.#ours = ours;
    refuseForeign('cache folder', root, foreignInCache(root, ours));
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
  has(key: string): boolean {
    return this.#indexed().has(key);
  }
  /** The text stored under `key`, or undefined (never written, or changed on disk since). */
  get(key: string): string | undefined {
    const packed = this.#indexed().get(key);
    if (!packed) return undefined;
    try {
      return readPacked(packed);
    } catch {
      return undefined;
    }
  }
  set(key: string, text: string): void {
    let packed: PackedEntry;
    try {
      packed = this.#pack.append(key, text);
    } catch {
      mkdirSync(this.dir, { recursive: true });
      packed = this.#pack.append(key, text);
    }
    this.#indexed().set(key, packed);
  }
  /** The body of a whole file written by writeChecked, or undefined if absent or not whole. */
  readChecked(file: string): string | undefined {
    try {
      const text = readFileSync(join(this.dir, file), 'utf8');
      const newline = text.indexOf('\n');
      const body = text.slice(newline + 1);
      return newline >= 0 && text.slice(0, newline) === sha256(body) ? body : undefined;
    } catch {
      return undefined;
    }
  }
  /** Writes a whole file atomically, its hash on the first line, creating the folder when missing. */
  writeChecked(file: string, body: string): void {
    const path = join(this.dir, file);
    try {
      writeAtomic(path, `${sha256(body)}\n${body}`);
    } catch {
      mkdirSync(this.dir, { recursive: true });
      writeAtomic(path, `${sha256(body)}\n${body}`);
    }
  }
  /** Ends this run's pack: what it appended is complete. */
  closePack(): void {
    this.#pack.close();
  }
  /** Drops the folders of other code versions (only folders the cache made). */
  pruneOthers(): void {
    pruneOtherVersions(dirname(this.dir), this.dir, this.#ours);
  }
}
