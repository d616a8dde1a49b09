/**
 * The output folder as the runner sees it: files are rewritten only when their text changes
 * (an unchanged report keeps its modification time and the dev server rebuilds nothing),
 * each file as soon as the runner has it, so no run holds the whole corpus's MDX in memory;
 * and at the end, generated files no source produced any more are deleted. With `check`,
 * nothing is written or deleted, only counted.
 *
 * Every file is replaced atomically (scripts/lib/atomic-write.ts), and what is in the folder is
 * known by content hash, read when the run begins: a report is kept as it is only when its
 * bytes are those the last run published, so a file a killed run left behind, or one edited
 * by hand, is written again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { TEMP_FILE, writeAtomic } from '../../lib/atomic-write.ts';
import { refuseForeign } from '../../lib/folder-guard.ts';
import type { OutputRecord } from './cache.ts';
import { fingerprintAt, unchanged, type Fingerprint } from './fingerprint.ts';

/** SHA-256 (hex) of a file's text as written (UTF-8). */
export function contentHash(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What the folder held when the run began: one entry per file. */
interface Found {
  sha: string;
  /** Whether the file carries the generated mark (an MDX file the ingest wrote). */
  generated: boolean;
  fingerprint: Fingerprint | null;
}

/** What the last run recorded of the folder (../runner/cache.ts), to skip reading what is unchanged. */
export interface KnownOutputs {
  outputs: ReadonlyMap<string, OutputRecord>;
  recordedAtNs: bigint;
}

export class OutputFolder {
  readonly dir: string;
  readonly check: boolean;
  /** Files written (or, with `check`, that would be written): new or changed. */
  written = 0;
  /**
   * The folder's MDX and JSON files when the run began, read once: a look-up costs no
   * system call, and a cold run puts 10,000 files that do not exist yet.
   */
  readonly #before = new Map<string, Found>();
  /** Every file this run produced or kept: what the clean-up must leave alone. */
  readonly #produced = new Set<string>();

  /**
   * Reads what `dir` holds; throws a FolderError (nothing written) when it holds anything
   * but the reports the ingest writes, reports.json and a killed run's temporary files.
   */
  constructor(
    dir: string,
    check: boolean,
    generatedMark: string,
    known: KnownOutputs = { outputs: new Map(), recordedAtNs: 0n },
  ) {
    this.dir = dir;
    this.check = check;
    const foreign: string[] = [];
    const leftovers: string[] = [];
    for (const entry of safeList(dir)) {
      const ours =
        entry.isFile() && (entry.name === 'reports.json' || entry.name.endsWith('.mdx') || TEMP_FILE.test(entry.name));
      if (!ours) foreign.push(entry.name);
      else if (TEMP_FILE.test(entry.name)) leftovers.push(entry.name);
      else {
        const path = join(dir, entry.name);
        const fingerprint = fingerprintAt(path);
        const recorded = known.outputs.get(entry.name);
        // Unchanged since the last run recorded it: its hash and mark are the recorded ones.
        if (recorded && unchanged(fingerprint, recorded[1], known.recordedAtNs)) {
          this.#before.set(entry.name, { sha: recorded[0], generated: recorded[2], fingerprint });
          continue;
        }
        const bytes = readFileSync(path);
        const generated = bytes.includes(generatedMark);
        if (entry.name.endsWith('.mdx') && !generated) foreign.push(entry.name);
        else this.#before.set(entry.name, { sha: contentHash(bytes), generated, fingerprint });
      }
    }
    refuseForeign('output folder', dir, foreign.sort());
    if (check) return;
    // Left by a run killed mid-write: never a finished file.
    for (const name of leftovers) rmSync(join(dir, name), { force: true });
    mkdirSync(dir, { recursive: true });
  }

  /** The content hash of `file` as it was when the run began, if it was there. */
  hashOf(file: string): string | undefined {
    return this.#before.get(file)?.sha;
  }

  /** Marks a file that is already right (an unchanged report) as this run's. */
  keep(file: string): void {
    this.#produced.add(file);
  }

  /** Writes `file` unless it already holds exactly `text`; returns the text's content hash. */
  put(file: string, text: string): string {
    this.#produced.add(file);
    const sha = contentHash(text);
    const before = this.#before.get(file);
    if (before?.sha === sha) return sha;
    this.written++;
    if (!this.check) {
      writeAtomic(join(this.dir, file), text);
      this.#before.set(file, {
        sha,
        generated: file.endsWith('.mdx'),
        fingerprint: fingerprintAt(join(this.dir, file)),
      });
    }
    return sha;
  }

  /** Every file this run produced or kept, with its hash, fingerprint and mark: for the next run. */
  record(): Map<string, OutputRecord> {
    const out = new Map<string, OutputRecord>();
    for (const file of [...this.#produced].sort()) {
      const found = this.#before.get(file);
      if (found?.fingerprint) out.set(file, [found.sha, found.fingerprint, found.generated]);
    }
    return out;
  }

  /**
   * Deletes the MDX files carrying the generated mark that this run neither produced nor
   * kept (their source is gone). Returns how many.
   */
  removeStale(): number {
    let deleted = 0;
    for (const [file, found] of this.#before) {
      if (!file.endsWith('.mdx') || !found.generated || this.#produced.has(file)) continue;
      deleted++;
      if (!this.check) rmSync(join(this.dir, file), { force: true });
    }
    return deleted;
  }
}

function safeList(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
