/**
 * Re-cuts a Pagefind index's word chunks smaller, so that a search fetches less.
 *
 *   index/und_<hash>.pf_index   words 团体 … 团队 (28 kB gzipped)
 *     → index/und_<hash>1a.pf_index  words 团体 … 团化 (10 kB)
 *       index/und_<hash>1b.pf_index  words 团区 … 团队 (10 kB), …
 *   pagefind.und_<hash>.pf_meta, with the new chunk list, under a new hash that
 *   pagefind-entry.json names.
 *
 * Why: the browser fetches, per word searched, the one chunk whose range holds the word.
 * Pagefind 1.6 cuts a chunk after 20,000 postings, a constant it does not let us set; with
 * our pair-encoded text (shared/search/index-text.ts) that is about 30 kB gzipped, so a rare
 * phrase searched as two pairs across three shards fetched 6 chunks, 169 kB, for a dozen
 * postings. Smaller chunks cost more chunk entries in each shard's metadata, which every
 * search of the shard loads: CHUNK_BYTES balances the two. Words no search asks for (a single
 * Chinese character, shared/search/candidate-tokens.ts) are dropped on the way.
 *
 * The words stay in Pagefind's order, each whole in one chunk, their bytes copied, never
 * re-encoded; only where the cuts fall and how the boundaries are named is ours (cutWords,
 * boundaryNames).
 *
 * Files: gzip of `pagefind_dcd` + CBOR. A chunk is [[word, …]] with a word [text, pages,
 * extra]; the metadata is [version, pages, chunks, filters, sorts, …] with a chunk
 * [from, to, hash]. An index of another shape is refused with its reason.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { MAJOR, readHead, readText, skipItem, writeHead, writeText } from './cbor.ts';

/**
 * Uncompressed bytes of word entries per chunk, at least; with the cuts moved to where the
 * first character changes, chunks come out at about 10 kB gzipped. Smaller chunks make the
 * chunk list longer; on the 10,000-report benchmark site a search for 集团化办学 (two pairs,
 * three shards) fetched 288, 290 and 291 kB at 8,000, 10,000 and 12,000 bytes, and one for
 * 双减 165, 165 and 163 kB (Pagefind's own chunks: 377 and 228).
 */
export const CHUNK_BYTES = 12_000;

const SIGNATURE = new TextEncoder().encode('pagefind_dcd');
/**
 * The Pagefind versions whose format and chunk lookup this was written against (package.json
 * pins 1.6.0); another version stops the build until someone checks them again.
 */
const FORMAT_VERSIONS = /^1\.6\./;
/** The metadata's field that lists the word chunks. */
const META_CHUNKS_FIELD = 2;

/** The CBOR inside one of Pagefind's files. */
export function unpack(file: Uint8Array, name: string): Uint8Array {
  let raw: Buffer;
  try {
    raw = gunzipSync(file);
  } catch (error) {
    throw new Error(`${name}: not a Pagefind file (${(error as Error).message})`);
  }
  if (!SIGNATURE.every((b, i) => raw[i] === b))
    throw new Error(`${name}: not a Pagefind file (no pagefind_dcd signature)`);
  return raw.subarray(SIGNATURE.length);
}

/**
 * One of Pagefind's files for `cbor` (the same input gives the same bytes). The metadata, which
 * every search of the shard loads, is packed at level 9; the chunks at zlib's default, 6:
 * over the 40 MB of a 1,700-report shard, 9 was 0.4 % smaller and took 2.2× as long.
 */
export function pack(cbor: Uint8Array, level: 6 | 9): Buffer {
  return gzipSync(Buffer.concat([SIGNATURE, cbor]), { level });
}

/** A word of a chunk: its text and its whole encoded entry. */
interface WordEntry {
  word: string;
  bytes: Uint8Array;
}

/** The word entries of one chunk file, in order. */
export function chunkWords(cbor: Uint8Array, name: string): WordEntry[] {
  const outer = readHead(cbor, 0);
  if (outer.major !== MAJOR.array || outer.value < 1) throw new Error(`${name}: a word chunk is not [words, …]`);
  const list = readHead(cbor, outer.next);
  if (list.major !== MAJOR.array) throw new Error(`${name}: a word chunk's first field is not a list`);
  const words: WordEntry[] = [];
  let at = list.next;
  for (let i = 0; i < list.value; i++) {
    const entry = readHead(cbor, at);
    if (entry.major !== MAJOR.array) throw new Error(`${name}: word ${i} is not [text, pages, …]`);
    const { text } = readText(cbor, entry.next);
    const end = skipItem(cbor, at);
    words.push({ word: text, bytes: cbor.subarray(at, end) });
    at = end;
  }
  return words;
}

/** The list of word entries as a chunk file's CBOR: [[word, …]]. */
function chunkCbor(words: readonly WordEntry[]): Uint8Array {
  return Buffer.concat([writeHead(MAJOR.array, 1), writeHead(MAJOR.array, words.length), ...words.map((w) => w.bytes)]);
}

/** Rust's order of strings, which the browser's lookup uses: by UTF-8 bytes (code points). */
function compare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/**
 * The names of the boundary between a chunk ending in word `a` and the next starting with
 * `b` (a < b): the first chunk's `to` is `a`, the next one's `from` the shortest start of `b`
 * that sorts after `a`.
 *
 *   用万 | 甩手 → 用万 | 甩      团体 | 团队 → 团体 | 团队      3 | 30 → 3 | 30
 *
 * The browser loads, for a word, every chunk with `from <= word <= to`, and when there is
 * none, every chunk whose names share a start with the word. With these names the ranges do
 * not overlap and each word of the index is in the range of its own chunk only, so a search
 * loads one chunk per word. (Pagefind names the boundary apple | apricot app | apr: the
 * chunk's last words fall outside every range, and a search for one of them loads every
 * chunk that starts like it. Shortening `from` as well would make ranges overlap: with
 * 团 | 团队, a search for 团化 would load every chunk from there to the end of the 团 words.)
 */
export function boundaryNames(a: string, b: string): [string, string] {
  const chars = [...b];
  for (let n = 1; n < chars.length; n++) {
    const start = chars.slice(0, n).join('');
    if (compare(start, a) > 0) return [a, start];
  }
  return [a, b];
}

/** The first character of `word`. */
function lead(word: string): number {
  return word.codePointAt(0) ?? -1;
}

/**
 * Cuts `words` into runs of about `maxBytes` encoded bytes. A run ends once it has `maxBytes`
 * and the next word starts with another character, so that most chunks' `from` is one
 * character (用万 | 甩, see boundaryNames) rather than a whole word, which keeps the chunk list
 * in the metadata small; a run that reaches twice `maxBytes` without such a change ends anyway.
 */
export function cutWords<T extends { word: string; bytes: Uint8Array }>(words: readonly T[], maxBytes: number): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let size = 0;
  words.forEach((w, i) => {
    chunk.push(w);
    size += w.bytes.length;
    const next = words[i + 1];
    if (next && (size >= 2 * maxBytes || (size >= maxBytes && lead(next.word) !== lead(w.word)))) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
  });
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

/** The [from, to] of each chunk: its first and last word, with the boundaries between chunks named short. */
export function chunkRanges(chunks: readonly (readonly { word: string }[])[]): [string, string][] {
  const ranges = chunks.map((c): [string, string] => [c[0].word, c[c.length - 1].word]);
  for (let i = 0; i + 1 < ranges.length; i++)
    [ranges[i][1], ranges[i + 1][0]] = boundaryNames(ranges[i][1], ranges[i + 1][0]);
  return ranges;
}

/**
 * The chunks' names: language, `_`, 7 hex digits of a hash of all the shard's chunks, and the
 * chunk's number in base 36 (`und_3fa91c20`, `und_3fa91c21`, … `und_3fa91c21bz`).
 *
 * Pagefind names each chunk by a hash of its own content, so a chunk that did not change keeps
 * its name and cache. But a report adds postings to nearly every chunk of its shard, so that
 * reuse is rare, and each random name costs about 5 bytes of the gzipped chunk list that every
 * search of the shard loads; a shared start and a counter cost about 2.5. Any change to the
 * shard still changes every name, so no browser can take an old chunk for a new one.
 */
function chunkNames(lang: string, cbors: readonly Uint8Array[]): string[] {
  const hash = createHash('sha256');
  for (const cbor of cbors) hash.update(cbor);
  const shard = `${lang}_${hash.digest('hex').slice(0, 7)}`;
  return cbors.map((_, i) => `${shard}${i.toString(36)}`);
}

interface MetaLayout {
  /** The metadata's CBOR and the byte range of its chunk list. */
  cbor: Uint8Array;
  start: number;
  end: number;
  /** The chunk names, in order. */
  chunks: string[];
}

function readMeta(cbor: Uint8Array, name: string): MetaLayout {
  const top = readHead(cbor, 0);
  if (top.major !== MAJOR.array || top.value <= META_CHUNKS_FIELD)
    throw new Error(`${name}: metadata is not [version, pages, chunks, …]`);
  let at = top.next;
  for (let i = 0; i < META_CHUNKS_FIELD; i++) at = skipItem(cbor, at);
  const list = readHead(cbor, at);
  if (list.major !== MAJOR.array) throw new Error(`${name}: metadata field ${META_CHUNKS_FIELD} is not the chunk list`);
  const chunks: string[] = [];
  let item = list.next;
  for (let i = 0; i < list.value; i++) {
    const entry = readHead(cbor, item);
    if (entry.major !== MAJOR.array || entry.value !== 3)
      throw new Error(`${name}: chunk entry ${i} is not [from, to, hash]`);
    const from = readText(cbor, entry.next);
    const to = readText(cbor, from.next);
    const hash = readText(cbor, to.next);
    chunks.push(hash.text);
    item = hash.next;
  }
  return { cbor, start: at, end: item, chunks };
}

/**
 * Re-cuts the word chunks of the Pagefind index in `dir` (a directory with
 * `pagefind-entry.json`) to about `maxBytes` each, in place; returns the chunk counts.
 */
export function rechunkIndex(
  dir: string,
  options: { maxBytes?: number; searched?: (word: string) => boolean } = {},
): { before: number; after: number } {
  const { maxBytes = CHUNK_BYTES, searched = () => true } = options;
  const entryFile = join(dir, 'pagefind-entry.json');
  const entryJson = readFileSync(entryFile, 'utf8');
  const entry = JSON.parse(entryJson) as { version?: string; languages: Record<string, { hash: string }> };
  if (!FORMAT_VERSIONS.test(entry.version ?? ''))
    throw new Error(`${entryFile}: Pagefind ${entry.version}; chunks are re-cut for Pagefind 1.6's format only`);
  const languages = Object.keys(entry.languages);
  if (languages.length !== 1) throw new Error(`${entryFile}: ${languages.length} languages, expected one`);
  const lang = languages[0];
  const metaHash = entry.languages[lang].hash;
  const metaFile = join(dir, `pagefind.${metaHash}.pf_meta`);
  const meta = readMeta(unpack(readFileSync(metaFile), metaFile), metaFile);

  const words: WordEntry[] = [];
  for (const hash of meta.chunks) {
    const file = join(dir, 'index', `${hash}.pf_index`);
    for (const w of chunkWords(unpack(readFileSync(file), file), file)) {
      if (words.length && compare(words[words.length - 1].word, w.word) >= 0) {
        throw new Error(`${file}: words out of order at ${JSON.stringify(w.word)}`);
      }
      if (searched(w.word)) words.push(w);
    }
  }

  const chunks = cutWords(words, maxBytes);
  const ranges = chunkRanges(chunks);
  const cbors = chunks.map(chunkCbor);
  const names = chunkNames(lang, cbors);
  const written = cbors.map((cbor, i) => ({ name: names[i], file: pack(cbor, 6) }));
  const list = Buffer.concat([
    writeHead(MAJOR.array, chunks.length),
    ...ranges.flatMap(([from, to], i) => [
      writeHead(MAJOR.array, 3),
      writeText(from),
      writeText(to),
      writeText(written[i].name),
    ]),
  ]);
  const metaCbor = Buffer.concat([meta.cbor.subarray(0, meta.start), list, meta.cbor.subarray(meta.end)]);
  // Pagefind names the metadata with 11 hex digits.
  const newMetaHash = `${lang}_${createHash('sha256').update(metaCbor).digest('hex').slice(0, 11)}`;
  const newEntryJson = entryJson.replace(`"hash":"${metaHash}"`, `"hash":"${newMetaHash}"`);
  if (newEntryJson === entryJson) throw new Error(`${entryFile}: no "hash":"${metaHash}" to point at the new metadata`);

  // Nothing is changed until everything is read and checked.
  for (const hash of meta.chunks) rmSync(join(dir, 'index', `${hash}.pf_index`));
  for (const { name, file } of written) writeFileSync(join(dir, 'index', `${name}.pf_index`), file);
  rmSync(metaFile);
  writeFileSync(join(dir, `pagefind.${newMetaHash}.pf_meta`), pack(metaCbor, 9));
  writeFileSync(entryFile, newEntryJson);
  const left = readdirSync(join(dir, 'index')).length;
  if (left !== written.length)
    throw new Error(`${dir}/index: ${left} files after re-cutting, expected ${written.length}`);
  return { before: meta.chunks.length, after: written.length };
}
