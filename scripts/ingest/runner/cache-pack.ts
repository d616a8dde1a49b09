/**
 * Cache entries packed into one append-only file per run instead of one file per source.
 * A cold run of 10,000 sources used to create 10,000 entry files besides its 10,000 MDX
 * files, and creating a file is the expensive part of writing a small one (ext4 searches for
 * a free inode each time: over a tenth of a cold run's CPU samples, MDX and cache files
 * together); appending a record to an existing file costs no such search.
 *
 * A pack is a sequence of records, each a header line `<sha256 hex> <byte length> <text
 * sha256 hex>\n`, the entry's text (UTF-16LE) and `\n`. The text's own hash is checked
 * on every read: a record changed on disk (by hand, by a broken disk) is a miss, never
 * trusted. Why UTF-16: it is how V8 holds the JSON of a Chinese
 * text, so encoding is a copy, with no pass to measure the UTF-8 length and none to
 * transcode (a cold run writes every entry: about 170 MB for 10,000 sources, hardly more
 * than in UTF-8, since Chinese characters take three bytes there). Only the run that
 * created a pack appends to it, so two runs at once never mix their records. A record cut
 * short (a run stopped mid-write) is ignored with everything after it: the sources
 * concerned are just processed again.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';

/** Where one entry's text sits: pack file, byte offset, byte length, and the text's hash. */
export interface PackedEntry {
  file: string;
  offset: number;
  length: number;
  sha: string;
}

/**
 * A header line as written: the entry's key (the source hash, with the format it was read
 * as: `<sha>.pdf`), the entry's byte length, the entry's hash.
 */
const HEADER = /^([0-9a-f]{64}(?:\.[a-z0-9]{1,16})?) (\d+) ([0-9a-f]{64})$/;
/** Bytes read to find a header: the line is up to 64 + 17 + 1 + 10 digits + 1 + 64 + 1. */
const HEADER_BYTES = 192;

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The pack being written by this run: where the next record goes. The file stays open
 * between appends: opening and closing it per record (as `appendFileSync` does) was about
 * 4 % of a cold run of 10,000 sources. `close` ends the run's writing; a later append
 * opens the file again.
 */
export class PackWriter {
  readonly file: string;
  #size = 0;
  #fd: number | undefined;
  constructor(file: string) {
    this.file = file;
  }
  /** Appends one entry under `sha` (a key as HEADER reads it) and says where its text is (the file is created on the first append). */
  append(sha: string, text: string): PackedEntry {
    const length = 2 * text.length;
    // The header's length is known before the text's hash: the record is encoded once,
    // straight into the buffer that is written, and hashed where it lies.
    const headerLength = sha.length + 1 + String(length).length + 1 + 64 + 1;
    const record = Buffer.allocUnsafe(headerLength + length + 1);
    record.write(text, headerLength, 'utf16le');
    const textSha = sha256(record.subarray(headerLength, headerLength + length));
    const header = `${sha} ${length} ${textSha}\n`;
    record.write(header, 0, 'latin1');
    record[record.length - 1] = 10;
    this.#fd ??= openSync(this.file, 'a');
    for (let done = 0; done < record.length; ) done += writeSync(this.#fd, record, done, record.length - done);
    const entry = { file: this.file, offset: this.#size + header.length, length, sha: textSha };
    this.#size = entry.offset + length + 1;
    return entry;
  }
  /** Closes the file (if it was opened); records already appended stay readable. */
  close(): void {
    if (this.#fd === undefined) return;
    closeSync(this.#fd);
    this.#fd = undefined;
  }
}

/** Every whole record of a pack, in order, by source hash (a later record wins). */
export function scanPack(file: string, into: Map<string, PackedEntry>): void {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.allocUnsafe(HEADER_BYTES);
    let at = 0;
    while (at < size) {
      const read = readSync(fd, head, 0, HEADER_BYTES, at);
      const end = head.subarray(0, read).indexOf(10);
      const match = end < 0 ? null : HEADER.exec(head.toString('latin1', 0, end));
      if (!match) return;
      const offset = at + end + 1;
      const length = Number(match[2]);
      if (offset + length + 1 > size) return;
      into.set(match[1], { file, offset, length, sha: match[3] });
      at = offset + length + 1;
    }
  } finally {
    closeSync(fd);
  }
}

/** An entry's text, read from its pack; throws when it is not the text that was written. */
export function readPacked(entry: PackedEntry): string {
  const fd = openSync(entry.file, 'r');
  try {
    const bytes = Buffer.allocUnsafe(entry.length);
    let done = 0;
    while (done < entry.length) {
      const read = readSync(fd, bytes, done, entry.length - done, entry.offset + done);
      if (read === 0) throw new Error(`${entry.file}: record cut short`);
      done += read;
    }
    if (sha256(bytes) !== entry.sha) throw new Error(`${entry.file}: record changed since it was written`);
    return bytes.toString('utf16le');
  } finally {
    closeSync(fd);
  }
}
