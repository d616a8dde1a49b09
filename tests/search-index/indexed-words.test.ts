/**
 * The words the search page asks Pagefind for are words Pagefind's indexer wrote for a report
 * that holds the query: checked against the real indexer (Pagefind's Node API), with the
 * query normalised the way pagefind.js 1.6 normalises it in the browser. Symbols (`+N`,
 * `<img`), full-width letters and digits (１００％) and Chinese around them.
 */
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { chunkWords, unpack } from '../../scripts/search-index/index-chunks.ts';
import { INDEX_LANGUAGE } from '../../shared/search/shards.ts';
import { candidatePlan, parseQuery } from '../../shared/search/query.ts';
import { encodeForIndex } from '../../shared/search/index-text.ts';
import { containsAll } from '../../shared/search/text-match.ts';

afterAll(() => pagefind.close());

/** The words Pagefind's indexer holds for one page of `text`, encoded as the index step does. */
async function indexedWords(text: string): Promise<string[]> {
  const { index } = await pagefind.createIndex({});
  await index!.addCustomRecord({ url: '/r/', content: encodeForIndex(text), language: INDEX_LANGUAGE });
  const { files } = await index!.getFiles();
  await index!.deleteIndex();
  return files!
    .filter((f) => f.path.endsWith('.pf_index'))
    .flatMap((f) => chunkWords(unpack(f.content, f.path), f.path).map((w) => w.word));
}

/**
 * What pagefind.js (1.6, `search()`) makes of a query word before the lookup: punctuation
 * (Unicode P*) dropped, symbols kept, lower case, marks stripped. It then finds every word
 * that starts with the result.
 */
function browserLookup(word: string): string {
  const kept = [...word]
    .filter((c) => !/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/u.test(c))
    .map((c) => c.toLocaleLowerCase());
  return kept.join('').normalize('NFD').replace(/\p{M}/gu, '');
}

const CASES: [text: string, queries: string[]][] = [
  ['系统实施基础教育“*+N”高品质创享行动', ['+N', '*+N', 'N', '*+N”高品质', '+N”']],
  ['我区推进“双减”工作 <img src=x onerror=alert(1)> 成效明显', ['<img', '<img src=x', 'src=x', 'onerror=alert(1)>']],
  ['我区推进“双减”工作 <script>alert("x")</script> 成效明显', ['<script>', '<script>alert']],
  ['义务教育巩固率保持在100%，教育公平', ['100%', '１００％', '在１００％', '１００']],
  ['义务教育巩固率保持在１００％，教育公平', ['100%', '１００％', '在100%']],
  ['XX市教育局，占比超过XX%', ['ＸＸ％', 'ＸＸ市', 'xx%', 'XX']],
  ['推进5G、人工智能与教育融合', ['5G', '５Ｇ', '５ｇ']],
  ['积极推进“互联网+教育”', ['互联网+教育', '+教育']],
];

describe('the words a search asks for', () => {
  it.each(CASES)('are in the index of %s', async (text, queries) => {
    const words = await indexedWords(text);
    for (const raw of queries) {
      const query = parseQuery(raw, (t) => t);
      expect(containsAll(text, query.terms), raw).toBe(true);
      const asked = candidatePlan(query)
        .perTerm.flat()
        .flatMap((g) => g.tokens);
      expect(asked.length, raw).toBeGreaterThan(0);
      for (const token of asked)
        expect(
          words.some((w) => w.startsWith(browserLookup(token))),
          `${raw}: ${token} in ${words.join(' ')}`,
        ).toBe(true);
    }
  });
});
