/**
 * What the copy detector needs of one report before it looks at any other: its normalised
 * codes, its winnowed fingerprints, its MinHash signature and the stock formulae it holds. A function of the report's
 * text alone, so the analysis cache keeps it by the report's content hash (as bytes: a
 * report's part is ~30 kB, and at 10,000 reports making them took ~5 s a run).
 */
import type { CorpusReport } from '../corpus.ts';
import { fingerprintsOf } from './fingerprints.ts';
import { signature } from './minhash.ts';
import { normaliseBlocks } from './normalise.ts';
import { listedIn } from './stock.ts';

export interface CopyPart {
  /** Normalised codes, SEPARATOR between blocks (normalise.ts). */
  codes: Int32Array;
  /** Kept characters (separators excluded). */
  chars: number;
  hashes: Uint32Array;
  positions: Int32Array;
  signature: Uint32Array;
  /** Which listed stock formulae it holds (stock.ts). */
  listed: Uint8Array;
}

/** The report's part, computed. */
export function copyPart(report: CorpusReport): CopyPart {
  const norm = normaliseBlocks(report.blocks.map((b) => b.text));
  const prints = fingerprintsOf(norm.codes);
  return {
    codes: norm.codes,
    chars: norm.chars,
    ...prints,
    signature: signature(prints),
    listed: listedIn(norm.codes),
  };
}

/** The part as bytes: four counts, then the arrays (all 32-bit words, little-endian). */
export function encodeCopyPart(p: CopyPart): Uint8Array {
  const words = new Uint32Array(4 + p.codes.length + 2 * p.hashes.length + p.signature.length + p.listed.length);
  words.set([p.codes.length, p.chars, p.hashes.length, p.signature.length]);
  let at = 4;
  for (const a of [new Uint32Array(p.codes.buffer, p.codes.byteOffset, p.codes.length), p.hashes]) {
    words.set(a, at);
    at += a.length;
  }
  words.set(new Uint32Array(p.positions.buffer, p.positions.byteOffset, p.positions.length), at);
  words.set(p.signature, at + p.positions.length);
  words.set(p.listed, at + p.positions.length + p.signature.length);
  return new Uint8Array(words.buffer);
}

export function decodeCopyPart(bytes: Uint8Array): CopyPart {
  const words = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const [codes, chars, prints, sig] = words;
  let at = 4;
  const take = (n: number) => words.subarray(at, (at += n));
  return {
    codes: new Int32Array(take(codes).slice().buffer),
    chars,
    hashes: take(prints).slice(),
    positions: new Int32Array(take(prints).slice().buffer),
    signature: take(sig).slice(),
    listed: Uint8Array.from(take(words.length - at)),
  };
}
