/**
 * A report as the search page checks and shows it: its title, byline and blocks, read back
 * from the index at build time (scripts/search-index/write-result-texts.ts) and stored gzipped in
 * `pagefind/texts/<page id>.json.gz`, one small file per report.
 *
 * Why not Pagefind's own page data (`result.data()`): its stored text is the indexed text,
 * character pairs (./index-text.ts), so every character is there twice, plus the same text
 * again per anchor: ~9 kB gzipped a report where this file is ~5 kB, and a page of results
 * fetches ten of them. It also puts a full stop between blocks that do not end in one, which
 * is not in the report.
 */

/** A block of the report: its element id (`report-title`, `h-3`, `p-12`) and its text. */
export type ResultBlock = [id: string, text: string];

export interface ResultText {
  /** The page's path in the site, without the base path (`/reports/x/`). */
  url: string;
  title: string;
  byline?: string;
  /** Every block of the indexed text, in order; together they are the whole text. */
  blocks: ResultBlock[];
}

/** The folder of the result texts, in the index directory (`pagefind/`). */
export const RESULT_TEXTS_DIR = 'texts';

/** Where a page's result text lives, relative to the index directory. */
export function resultTextPath(pageId: string): string {
  return `${RESULT_TEXTS_DIR}/${pageId}.json.gz`;
}

/**
 * The encoding of the JSON in a result text file. UTF-16 holds a Chinese character in 2 bytes
 * where UTF-8 takes 3, and gzip does not make up the difference: over 200 benchmark reports the
 * files were 7 % smaller (5.2 kB against 5.5 kB).
 */
export const RESULT_TEXT_ENCODING = 'utf-16le';

/**
 * The JSON of a result text file, whether the host sent the stored gzip bytes as they are or
 * decoded them itself (some servers label `.gz` files `Content-Encoding: gzip`).
 */
export async function readResultText(bytes: Uint8Array<ArrayBuffer>): Promise<ResultText> {
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const raw = gzipped
    ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()
    : bytes;
  return JSON.parse(new TextDecoder(RESULT_TEXT_ENCODING).decode(raw)) as ResultText;
}
