/**
 * How the search index is laid out, shared by the writer (scripts/search-index.ts) and the
 * search page: one Pagefind index in `pagefind/`, more in `pagefind/shard-N/` when the corpus
 * is large, listed in `pagefind/shards.json`.
 */

/** The language the index is written in: one Pagefind does not segment (see ./index-text.ts). */
export const INDEX_LANGUAGE = 'und';

/** The shard list's file name, in the primary index's directory. */
export const SHARDS_FILE = 'shards.json';

export interface ShardList {
  language: string;
  /** Directories of the other shards, relative to the primary index, each ending in `/`. */
  merge: string[];
}
