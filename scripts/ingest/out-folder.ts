/**
 * The output folder as one run writes it: a file is written only when its text changed
 * (so an unchanged report keeps its modification time and the dev server rebuilds nothing),
 * each file as soon as the runner has it, so no run holds the whole corpus's MDX in memory;
 * and at the end, generated files no source produced any more are deleted. With `check`,
 * nothing is written or deleted, only counted.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class OutputFolder {
  readonly dir: string;
  readonly check: boolean;
  /** Files written (or, with `check`, that would be written): new or changed. */
  written = 0;
  /**
   * The folder's files when the run began, listed once: a cold run puts 10,000 files that
   * do not exist yet, and a look-up in the listing costs no system call.
   */
  readonly #before: Set<string>;
  /** Every file this run produced or kept: what the clean-up must leave alone. */
  readonly #produced = new Set<string>();

  constructor(dir: string, check: boolean) {
    this.dir = dir;
    this.check = check;
    this.#before = new Set(safeList(dir));
    if (!check) mkdirSync(dir, { recursive: true });
  }

  /** Whether `file` was in the folder when the run began. */
  had(file: string): boolean {
    return this.#before.has(file);
  }

  /** Marks a file that is already right (an unchanged report) as this run's. */
  keep(file: string): void {
    this.#produced.add(file);
  }

  /** Writes `file` unless it already holds exactly `text`. */
  put(file: string, text: string): void {
    this.#produced.add(file);
    const path = join(this.dir, file);
    if (this.#before.has(file) && readFileSync(path, 'utf8') === text) return;
    this.written++;
    if (!this.check) writeFileSync(path, text);
  }

  /**
   * Deletes the MDX files carrying `generatedMark` that this run neither produced nor kept
   * (their source is gone); hand-written files are never touched. Returns how many.
   */
  removeStale(generatedMark: string): number {
    let deleted = 0;
    for (const file of safeList(this.dir)) {
      if (!file.endsWith('.mdx') || this.#produced.has(file)) continue;
      if (!readFileSync(join(this.dir, file), 'utf8').includes(generatedMark)) continue;
      deleted++;
      if (!this.check) rmSync(join(this.dir, file));
    }
    return deleted;
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
