/** The result texts the search page checks and quotes, read back from Pagefind's fragments. */
import { mkdtempSync, readFileSync, rmSync, mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  readFragment,
  resultText,
  writeResultTexts,
  type Fragment,
} from '../../scripts/search-index/write-result-texts.ts';
import { readResultText, resultTextPath } from '../../shared/search/result-text.ts';

/** A fragment as Pagefind 1.x writes one: `pagefind_dcd` and the JSON, gzipped. */
const fragmentFile = (f: Fragment) =>
  gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(f))]));

const fragment: Fragment = {
  url: '/reports/a/',
  // Pagefind's content: the anchors' text, with a full stop after the title that has none.
  content: '某区 区工 工作 作总 总结 结. 推进 进集 集团 团化 化办 办学 学 。 2021 年',
  meta: { title: '某区工作总结', byline: '某区教育局 · 2021年' },
  anchors: [
    { id: 'report-title', text: '某区 区工 工作 作总 总结 结' },
    { id: 'p-1', text: '推进 进集 集团 团化 化办 办学 学 。 2021 年' },
  ],
};

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('result texts', () => {
  it('decode each anchor into a block of the report', () => {
    expect(resultText(readFragment(fragmentFile(fragment)))).toEqual({
      url: '/reports/a/',
      title: '某区工作总结',
      byline: '某区教育局 · 2021年',
      blocks: [
        ['report-title', '某区工作总结'],
        ['p-1', '推进集团化办学。 2021年'],
      ],
    });
  });
  it('keep text outside every anchor as a last block, so the check cannot miss it', () => {
    const text = resultText({ ...fragment, content: `${fragment.content} 另有 有文 文字 字`, meta: {} });
    expect(text.title).toBe('/reports/a/');
    expect(text.blocks.at(-1)).toEqual(['', '某区工作总结.推进集团化办学。 2021年另有文字']);
  });
  it('refuse a file that is not a fragment', () => {
    expect(() => readFragment(gzipSync('{"url":"/"}'))).toThrow('not a Pagefind fragment');
  });
  it('are written gzipped under the page id, and read back whether or not the host decoded them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'result-texts-'));
    dirs.push(root);
    mkdirSync(join(root, 'fragment'));
    writeFileSync(join(root, 'fragment', 'und_1234abc.pf_fragment'), fragmentFile(fragment));
    expect(writeResultTexts(root, root)).toBe(1);
    expect(readdirSync(join(root, 'texts'))).toEqual(['und_1234abc.json.gz']);
    const stored = readFileSync(join(root, resultTextPath('und_1234abc')));
    const expected = resultText(fragment);
    expect(JSON.parse(gunzipSync(stored).toString('utf16le'))).toEqual(expected);
    expect(await readResultText(new Uint8Array(stored))).toEqual(expected);
    expect(await readResultText(new Uint8Array(gunzipSync(stored)))).toEqual(expected);
  });
});
