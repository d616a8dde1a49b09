/**
 * What the cache keeps of one source's result, and its file form. Only what a later run
 * needs is kept: the documents, and the decoded text's hash (duplicates are found by it)
 * instead of the text itself. A block's original-script text is left out of the file when
 * it is its canonical text (every block of a Simplified source) and put back on reading.
 * A cold run writes every entry, so the entry's size is write time: this form is about
 * 40 % of the whole result's JSON.
 */
import { createHash } from 'node:crypto';
import type { ProcessedDocument, SourceResult } from '../pipeline.ts';
import type { CanonicalBlock } from '../types.ts';

/** One source's cached result: its documents and the hash of its decoded text, or why it was skipped. */
export type CacheEntry = { ok: true; textSha: string; documents: ProcessedDocument[] } | { ok: false; reason: string };

/** A block as written: `original` absent when it equals `text`. */
type StoredBlock = Omit<CanonicalBlock, 'original'> & { original?: string };

/**
 * SHA-256 (hex) of a source's decoded text: two sources with the same text are one report.
 * Hashed as UTF-16 code units, the form V8 holds the text in: no UTF-8 transcoding pass,
 * and two bytes a Chinese character instead of three. The hash is only ever compared with
 * others of the same pipeline version (the cache's), never shown.
 */
export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf16le').digest('hex');
}

/** The entry for a freshly processed result. */
export function toCacheEntry(result: SourceResult): CacheEntry {
  return result.ok ? { ok: true, textSha: textHash(result.text), documents: result.documents } : result;
}

function storedBlock(block: CanonicalBlock): StoredBlock {
  if (block.original !== block.text) return block;
  const stored: StoredBlock = { kind: block.kind, level: block.level, text: block.text, marks: block.marks };
  if (block.frame) stored.frame = block.frame;
  return stored;
}

/** Same key order as the pipeline's blocks, so a cached document is indistinguishable from a fresh one. */
function restoredBlock(block: StoredBlock): CanonicalBlock {
  if (block.original !== undefined) return block as CanonicalBlock;
  const restored: CanonicalBlock = {
    kind: block.kind,
    level: block.level,
    text: block.text,
    original: block.text,
    marks: block.marks,
  };
  if (block.frame) restored.frame = block.frame;
  return restored;
}

/** The entry's file text (JSON). */
export function serialiseEntry(entry: CacheEntry): string {
  if (!entry.ok) return JSON.stringify(entry);
  const documents = entry.documents.map((doc) => ({ ...doc, blocks: doc.blocks.map(storedBlock) }));
  return JSON.stringify({ ok: true, textSha: entry.textSha, documents });
}

/** An entry read back from `serialiseEntry`'s text. */
export function parseEntry(text: string): CacheEntry {
  const entry = JSON.parse(text) as CacheEntry;
  if (!entry.ok) return entry;
  for (const doc of entry.documents) doc.blocks = (doc.blocks as StoredBlock[]).map(restoredBlock);
  return entry;
}
