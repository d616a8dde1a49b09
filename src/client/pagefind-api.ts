/**
 * The slice of Pagefind's browser API the search page uses, and its loader. pagefind.js is
 * written by the build into `<base>pagefind/`, so it is imported at run time from there
 * (never bundled). The page takes only ids and word positions from it; what it shows comes
 * from the result texts (./fetch-result-text.ts). The other
 * shards listed in `shards.json` are merged in one by one, as a search needs them
 * (shared/search/shards.ts, ./candidates.ts).
 */
import { INDEX_LANGUAGE, SHARDS_FILE, type ShardList } from '../../shared/search/shards.ts';

export interface PagefindResult {
  id: string;
  /** Positions in the page's indexed text of the words this search matched. */
  words: number[];
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: { filters?: Record<string, string> }) => Promise<PagefindSearch | null>;
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
}

/** Pagefind with the index's shards merged as far as needed (shared/search/shards.ts). */
export interface SearchIndex {
  pagefind: Pagefind;
  /** Shards merged so far, the first included. */
  merged: number;
  /** Shards in the index. */
  total: number;
  /** Merges the next shard into the searches (its metadata is fetched now, its chunks per search). */
  mergeNext: () => Promise<void>;
}

let loading: Promise<SearchIndex> | undefined;

/**
 * Loads and configures Pagefind once, with the first shard; `base` is the site's base path,
 * ending in `/`.
 *
 * Pagefind takes the index language from `<html lang>` when it starts, and for `zh-*` it cuts
 * the query into words, which would split our character pairs (双减 → 双 减). The page stays
 * `zh-CN` for readers and assistive technology; only while Pagefind reads it does it say the
 * index's language (pagefind.js reads it synchronously in `init`).
 */
export function loadPagefind(base: string): Promise<SearchIndex> {
  loading ??= (async () => {
    const [pagefind, shards] = await Promise.all([
      import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>,
      fetch(`${base}pagefind/${SHARDS_FILE}`).then((r) =>
        r.ok ? (r.json() as Promise<ShardList>) : { language: INDEX_LANGUAGE, merge: [] },
      ),
    ]);
    await pagefind.options({ baseUrl: base });
    const html = document.documentElement;
    const lang = html.lang;
    html.lang = shards.language;
    const ready = pagefind.init();
    html.lang = lang;
    await ready;
    let merging: Promise<void> = Promise.resolve();
    const index: SearchIndex = {
      pagefind,
      merged: 1,
      total: 1 + shards.merge.length,
      mergeNext: () => {
        merging = merging.then(async () => {
          if (index.merged >= index.total) return;
          await pagefind.mergeIndex(`${base}pagefind/${shards.merge[index.merged - 1]}`, {
            baseUrl: base,
            language: shards.language,
          });
          index.merged += 1;
        });
        return merging;
      },
    };
    return index;
  })();
  return loading;
}
