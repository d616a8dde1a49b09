/**
 * One file of the sources folder, read as the file system really is: a name listed a moment
 * ago may be gone, a link may point nowhere, in a loop, or out of the folder, a name may be
 * a folder, a named pipe or a device, and a file may not be readable. Each gives a one-line
 * reason instead of an exception, so the runner skips the file and goes on.
 *
 * A link is followed only to a file inside the sources folder: a link to /etc/passwd dropped
 * into content/sources must not be published. A named pipe is never opened (opening one
 * waits for a writer, for ever), and the file is opened non-blocking and checked again on
 * its descriptor, so a name swapped for a pipe between the two looks cannot hang the run.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';
import { join, sep } from 'node:path';

export type SourceRead = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/** What a file-system error means for the user, in a few words. */
function because(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'gone before it could be read (deleted during the run?)';
  if (code === 'EACCES' || code === 'EPERM') return 'not readable (permission denied)';
  if (code === 'ELOOP') return 'symlink loop, not followed';
  return `cannot be read (${code ?? (error as Error).message.split('\n')[0]})`;
}

/** Why a name that is not a regular file is skipped, or null for a regular file. */
function notAFile(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'a folder, not a file';
  if (stats.isFIFO()) return 'a named pipe (FIFO), not a regular file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device, not a regular file';
  if (stats.isSocket()) return 'a socket, not a regular file';
  return 'not a regular file';
}

/** The reason a file of `size` bytes is too big, or null. */
export function tooBig(size: number, maxBytes: number): string | null {
  return size > maxBytes
    ? `too large (${(size / 2 ** 20).toFixed(1)} MB; sources over ${maxBytes / 2 ** 20} MB are not read)`
    : null;
}

/**
 * The path a name in `dir` (whose real path is `realDir`) is read from: the name itself, or
 * the file a link leads to when that is inside the folder.
 */
function target(dir: string, realDir: string, name: string): { path: string } | { reason: string } {
  const path = join(dir, name);
  let link: Stats;
  try {
    link = lstatSync(path);
  } catch (error) {
    return { reason: because(error) };
  }
  if (!link.isSymbolicLink()) return { path };
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { reason: code === 'ENOENT' ? 'dangling symlink (its target does not exist)' : because(error) };
  }
  if (!real.startsWith(realDir + sep)) return { reason: 'symlink to a file outside the sources folder, not followed' };
  return { path: real };
}

/** Reads the source `name` of the folder `dir` (see the module comment). */
export function readSource(dir: string, realDir: string, name: string, maxBytes: number): SourceRead {
  const found = target(dir, realDir, name);
  if ('reason' in found) return { ok: false, reason: found.reason };
  let fd: number;
  try {
    const kind = notAFile(statSync(found.path));
    if (kind !== null) return { ok: false, reason: kind };
    fd = openSync(found.path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    return { ok: false, reason: because(error) };
  }
  try {
    const stats = fstatSync(fd);
    const reason = notAFile(stats) ?? tooBig(stats.size, maxBytes);
    if (reason !== null) return { ok: false, reason };
    return { ok: true, bytes: readFileSync(fd) };
  } catch (error) {
    return { ok: false, reason: because(error) };
  } finally {
    closeSync(fd);
  }
}

/** The real path of the sources folder, against which links are judged. */
export function realFolder(dir: string): string {
  return realpathSync(dir);
}

/**
 * A file name as a log line shows it: as it is, or JSON-quoted when it holds a line break or
 * another control character, so one file is always one line.
 */
export function shownName(name: string): string {
  return /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(name) ? JSON.stringify(name) : name;
}
