/**
 * The search page's result texts (shared/search/result-text.ts), written from the index
 * Pagefind just wrote: each page's fragment read back, its anchors' pair-encoded text decoded
 * to the blocks of the report, stored gzipped under the page's id.
 *
 *   fragment und_0387e73: anchors [{ id: "p-1", text: "推进 进集 集团 团化 化办 办学 学 。" }, …]
 *     → texts/und_0387e73.json.gz: { "blocks": [["p-1", "推进集团化办学。"], …], … }
 *       (UTF-16, gzipped)
 *
 * Read from the fragments, not from the built pages, because the page id exists only there
 * (Pagefind hashes it), and because the text is then exactly what was indexed.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeIndexed } from '../../shared/search/index-text.ts';
import {
  RESULT_TEXT_ENCODING,
  RESULT_TEXTS_DIR,
  resultTextPath,
  type ResultBlock,
  type ResultText,
} from '../../shared/search/result-text.ts';

/** What a Pagefind 1.x fragment holds that a result text needs. */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: { id: string; text: string }[];
}

/** Pagefind's fragments are gzipped JSON behind this signature. */
const SIGNATURE = 'pagefind_dcd';

export function readFragment(bytes: Buffer): Fragment {
  const raw = gunzipSync(bytes);
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error('not a Pagefind fragment');
  return JSON.parse(raw.subarray(SIGNATURE.length).toString('utf8')) as Fragment;
}

/**
 * The result text of one fragment. Its anchors are the report's blocks, and in our pages they
 * hold all of its text; should a page ever have text outside any anchor, the whole decoded
 * text is added as a last block without id, so the verbatim check never misses it.
 */
export function resultText(fragment: Fragment): ResultText {
  const blocks: ResultBlock[] = fragment.anchors.map((a) => [a.id, decodeIndexed(a.text)]);
  // The anchors are parts of the content, so they cover it when they hold as many characters,
  // counted encoded and without spaces and full stops (Pagefind puts one after a block that
  // does not end in punctuation).
  const inAnchors = fragment.anchors.reduce((n, a) => n + textChars(a.text), 0);
  if (inAnchors < textChars(fragment.content)) blocks.push(['', decodeIndexed(fragment.content)]);
  const { title, byline } = fragment.meta;
  return { url: fragment.url, title: title ?? fragment.url, ...(byline ? { byline } : {}), blocks };
}

/** Code units of `text` other than whitespace and full stops. */
function textChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c !== 0x2e && c !== 0x3000 && c !== 0x200b && c !== 0xa0) n++;
  }
  return n;
}

/** Writes the result text of every page indexed in `indexDir` into `textsRoot`; returns how many. */
export function writeResultTexts(indexDir: string, textsRoot: string): number {
  const dir = join(indexDir, 'fragment');
  const names = readdirSync(dir).sort();
  mkdirSync(join(textsRoot, RESULT_TEXTS_DIR), { recursive: true });
  for (const name of names) {
    const file = join(textsRoot, resultTextPath(name.replace(/\.pf_fragment$/, '')));
    const json = JSON.stringify(resultText(readFragment(readFileSync(join(dir, name)))));
    writeFileSync(file, gzipSync(Buffer.from(json, RESULT_TEXT_ENCODING), { level: 9 }));
  }
  return names.length;
}
