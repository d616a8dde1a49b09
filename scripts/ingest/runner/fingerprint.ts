/**
 * A file's stat fingerprint: size, modification and change times (ns) and inode. Re-ingesting
 * 10,000 sources read and hashed every source and every report again to learn that nothing
 * changed; a file whose fingerprint is the one recorded when its hash was taken holds the
 * same bytes, as git's index assumes, and is not read.
 *
 * Why the change time: no program can set it, and any write, rename or copy over the file
 * moves it. Why "settled": a file changed within the clock's granularity of the moment its
 * fingerprint was taken could keep the same times (git's "racy" files), so a fingerprint is
 * trusted only when its times lie well before the record was written.
 */
import { lstatSync, type BigIntStats } from 'node:fs';

/** `size:mtimeNs:ctimeNs:ino`, as recorded. */
export type Fingerprint = string;

/** How long before the record a file's times must lie for its fingerprint to be trusted. */
const SETTLE_NS = 2_000_000_000n;

export function fingerprintOf(stats: BigIntStats): Fingerprint {
  return `${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}`;
}

/** The fingerprint of a regular file (not followed if a link), or null. */
export function fingerprintAt(path: string): Fingerprint | null {
  try {
    const stats = lstatSync(path, { bigint: true });
    return stats.isFile() ? fingerprintOf(stats) : null;
  } catch {
    return null;
  }
}

/** Whether `now` (the file's fingerprint) is `recorded` and was taken well before `recordedAtNs`. */
export function unchanged(now: Fingerprint | null, recorded: Fingerprint | undefined, recordedAtNs: bigint): boolean {
  if (now === null || now !== recorded) return false;
  const [, mtime, ctime] = now.split(':').map(BigInt);
  return mtime < recordedAtNs - SETTLE_NS && ctime < recordedAtNs - SETTLE_NS;
}

/** The wall clock in ns, as file times are written. */
export function nowNs(): bigint {
  return BigInt(Date.now()) * 1_000_000n;
}
