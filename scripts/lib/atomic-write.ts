/**
 * A file replaced whole or not at all. The text goes to a temporary file in the same folder,
 * which is then renamed over the target: a run killed mid-write (SIGKILL, Ctrl-C, a crash)
 * leaves the old file or the new one, never half of the new one. The temporary file is in
 * the same folder because a rename is only atomic within one file system.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Names of the temporary files `writeAtomic` makes: a leftover one is from a killed run. */
export const TEMP_FILE = /^\.[^/]+\.\d+-\d+\.partial$/;

let counter = 0;

/** Writes `data` to `path` atomically (see the module comment). */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${counter++}.partial`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
