/**
 * The little of CBOR (RFC 8949) needed to re-cut Pagefind's index files
 * (./index-chunks.ts): read an item's head, step over an item without decoding it, and write
 * heads and text. Pagefind encodes with minicbor: definite lengths, shortest heads, structs
 * as arrays. Anything else (indefinite lengths, 64-bit lengths) is refused, not guessed at.
 *
 *   0x83 0x62 e7 94 a8 …  →  head { major: 4 (array), value: 3 }, then a 2-byte text, …
 */

export const MAJOR = { uint: 0, negint: 1, bytes: 2, text: 3, array: 4, map: 5, tag: 6, simple: 7 } as const;

export interface Head {
  major: number;
  /** The count, length or value the head carries. */
  value: number;
  /** Where the item's content (or the next item) starts. */
  next: number;
}

/** The head of the item at `pos`. */
export function readHead(buf: Uint8Array, pos: number): Head {
  if (pos >= buf.length) throw new Error(`CBOR: item expected at byte ${pos}, the data ends`);
  const initial = buf[pos];
  const major = initial >> 5;
  const extra = initial & 31;
  if (extra < 24) return { major, value: extra, next: pos + 1 };
  if (extra === 24) return { major, value: buf[pos + 1], next: pos + 2 };
  if (extra === 25) return { major, value: (buf[pos + 1] << 8) | buf[pos + 2], next: pos + 3 };
  if (extra === 26)
    return {
      major,
      value: ((buf[pos + 1] << 24) >>> 0) + ((buf[pos + 2] << 16) | (buf[pos + 3] << 8) | buf[pos + 4]),
      next: pos + 5,
    };
  throw new Error(`CBOR: unsupported head 0x${initial.toString(16)} at byte ${pos}`);
}

/** Where the item starting at `pos` ends. */
export function skipItem(buf: Uint8Array, pos: number): number {
  const { major, value, next } = readHead(buf, pos);
  switch (major) {
    case MAJOR.bytes:
    case MAJOR.text:
      return next + value;
    case MAJOR.array: {
      let at = next;
      for (let i = 0; i < value; i++) at = skipItem(buf, at);
      return at;
    }
    case MAJOR.map: {
      let at = next;
      for (let i = 0; i < value * 2; i++) at = skipItem(buf, at);
      return at;
    }
    case MAJOR.tag:
      return skipItem(buf, next);
    default:
      // Integers, simple values and 16- or 32-bit floats are all head (readHead refuses
      // 64-bit ones, which Pagefind's word and meta files do not have).
      return next;
  }
}

/** The text item at `pos`, decoded, and where it ends. */
export function readText(buf: Uint8Array, pos: number): { text: string; next: number } {
  const { major, value, next } = readHead(buf, pos);
  if (major !== MAJOR.text) throw new Error(`CBOR: text expected at byte ${pos}, found major type ${major}`);
  return { text: textDecoder.decode(buf.subarray(next, next + value)), next: next + value };
}

const textDecoder = new TextDecoder('utf-8', { fatal: true });
const textEncoder = new TextEncoder();

/** The shortest head for `major` carrying `value`, as minicbor writes it. */
export function writeHead(major: number, value: number): Uint8Array {
  const m = major << 5;
  if (value < 24) return Uint8Array.of(m | value);
  if (value < 0x100) return Uint8Array.of(m | 24, value);
  if (value < 0x10000) return Uint8Array.of(m | 25, value >> 8, value & 0xff);
  if (value <= 0xffffffff)
    return Uint8Array.of(m | 26, value >>> 24, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
  throw new Error(`CBOR: ${value} is too large for a head`);
}

/** A text item. */
export function writeText(text: string): Uint8Array {
  const bytes = textEncoder.encode(text);
  return Buffer.concat([writeHead(MAJOR.text, bytes.length), bytes]);
}
