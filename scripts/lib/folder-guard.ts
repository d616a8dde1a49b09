/**
 * Where a command may write and delete. A command deletes only files it wrote itself, so an
 * output or cache folder is refused, before anything is written, when it is the project
 * folder or holds it, when it is, holds or lies inside the sources folder, or when it
 * already holds a file the command did not write: `--cache content` once made the cache's
 * clean-up delete the sources, `analyse --out .` deleted package.json.
 */
import { existsSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** A folder the command will not use: one line for the user; the command exits with 2. */
export class FolderError extends Error {
  override name = 'FolderError';
}

/** The project folder: the one holding scripts/. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

/** The path with links resolved as far as it exists, so a link cannot hide where a folder is. */
function real(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = resolve(absolute, '..');
  return parent === absolute ? absolute : join(real(parent), relative(parent, absolute));
}

const within = (inner: string, outer: string): boolean => inner === outer || inner.startsWith(outer + sep);

/** A path as the user would type it: relative to the working folder when inside it. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

/**
 * Refuses `dir` as the `role` folder (e.g. `--out`) when it is the project folder or one of
 * its parents, or when it is, holds or lies inside one of `inputs` (the sources, the reports
 * the analysis reads).
 */
export function checkPlace(role: string, dir: string, inputs: Array<{ role: string; dir: string }>): void {
  const place = real(dir);
  if (within(real(PROJECT_ROOT), place))
    throw new FolderError(`${role} ${shownPath(dir)}: is the project folder or holds it; choose a folder of its own`);
  for (const input of inputs) {
    const other = real(input.dir);
    if (within(other, place) || within(place, other)) {
      throw new FolderError(
        `${role} ${shownPath(dir)}: is, holds or lies inside the ${input.role}; choose a folder of its own`,
      );
    }
  }
}

/** Refuses a folder holding files the command did not write (`foreign`, relative names). */
export function refuseForeign(role: string, dir: string, foreign: string[]): void {
  if (foreign.length === 0) return;
  const more = foreign.length > 1 ? ` and ${foreign.length - 1} more` : '';
  throw new FolderError(
    `${role} ${shownPath(dir)}: holds ${JSON.stringify(foreign[0])}${more}, which this command did not write; choose an empty or new folder`,
  );
}
