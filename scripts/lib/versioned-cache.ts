/**
 * A cache folder holding one sub-folder per code version (a 16-hex-digit hash), each holding
 * only the files its cache writes. Shared by the ingest's cache and the analysis's: what such
 * a folder holds that no cache wrote (refused before anything is written), and the clean-up of
 * other versions, which deletes only folders the cache made.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { TEMP_FILE } from './atomic-write.ts';

/** A version's folder name. */
const VERSION = /^[0-9a-f]{16}$/;

/** The files of one version's folder that the cache did not write (`ours` names those it did). */
function foreignInVersion(dir: string, ours: RegExp): string[] {
  return entriesOf(dir)
    .filter((e) => !(e.isFile() && (ours.test(e.name) || TEMP_FILE.test(e.name))))
    .map((e) => e.name);
}

/** What `root` holds that the cache did not write: anything but version folders of its files. */
export function foreignInCache(root: string, ours: RegExp): string[] {
  return entriesOf(root)
    .flatMap((e) =>
      e.isDirectory() && VERSION.test(e.name)
        ? foreignInVersion(join(root, e.name), ours).map((name) => `${e.name}/${name}`)
        : [e.name],
    )
    .sort();
}

/** Deletes every version folder of `root` but `keep`, if it holds only the cache's files. */
export function pruneOtherVersions(root: string, keep: string, ours: RegExp): void {
  for (const name of namesIn(root)) {
    if (VERSION.test(name) && join(root, name) !== keep && foreignInVersion(join(root, name), ours).length === 0)
      rmSync(join(root, name), { recursive: true, force: true });
  }
}

/** The names in `dir`, none when it does not exist. */
export function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function entriesOf(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
