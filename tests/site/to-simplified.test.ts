/**
 * The search page's query converter must agree with the ingest's converter, or a Traditional
 * query would miss the canonical text it was meant to find.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createToSimplified } from '../../shared/search/to-simplified.ts';
import { traditionalToSimplified } from '../../scripts/ingest/script/opencc.ts';
import { listTaiwanPhraseHits } from '../../scripts/ingest/script/taiwan-phrasing.ts';
import { AMBIGUOUS_TAIWAN_PHRASES } from '../../shared/opencc/taiwan-phrases.ts';
import { toSimplified as ingestToSimplified } from '../../scripts/ingest/script.ts';
import { seedsDir } from '../helpers/ingest.ts';
import { decodeSource } from '../../scripts/ingest/decode.ts';

const toSimplified = createToSimplified();

describe('query conversion (opencc-js/t2cn, as the ingest converts)', () => {
  it.each([
    ['雙減', '双减'],
    ['集團化辦學', '集团化办学'],
    ['教師輪崗', '教师轮岗'],
    ['課後服務', '课后服务'],
    ['隨著', '随着'],
    ['顯著', '显著'],
    ['卓著', '卓著'],
  ])('%s → %s', (traditional, simplified) => {
    expect(toSimplified(traditional)).toBe(simplified);
  });

  it.each(['显著', '双减', '着手', '著作', '干部', '于是', '资料', 'XX市'])('leaves Simplified %s alone', (word) => {
    expect(toSimplified(word)).toBe(word);
  });

  const seedLines = (files: string[]) =>
    files.flatMap((f) => decodeText(`${seedsDir}/${f}`).split('\n')).filter((l) => l.trim());
  /** True when the line holds a Taiwan phrase the table rewrites. */
  const rewritten = (line: string) => listTaiwanPhraseHits(line).some((h) => !h.guard);

  it('agrees with the ingest converter on every line of the Traditional seeds without Taiwan vocabulary', () => {
    const lines = seedLines([
      '000_b15e6c042aa66c80.txt',
      '001_11e03806d8f99e7c.txt',
      '003_a17b4227efebd22b.txt',
    ]).filter((l) => !rewritten(l));
    expect(lines.length).toBeGreaterThan(50);
    for (const line of lines) expect(toSimplified(line), line).toBe(traditionalToSimplified(line));
  });

  it.each([
    ['大資料', '大数据'],
    ['高品質發展', '高质量发展'],
    ['寬頻網路', '宽带网络'],
    ['資料庫', '数据库'],
    ['幼稚園', '幼儿园'],
    ['推動人工智慧教育', '推动人工智能教育'],
  ])('rewrites Taiwan vocabulary as the ingest did: %s → %s', (taiwan, mainland) => {
    expect(toSimplified(taiwan)).toBe(mainland);
    expect(ingestToSimplified(taiwan, 'Hant-TW')).toBe(mainland);
  });

  it.each([
    ['資料', '资料'],
    ['品質', '品质'],
    ['內涵品質', '内涵品质'],
    ['資訊', '资讯'],
    ['支援', '支援'],
    ['高品質示範', '高品质示范'],
  ])('leaves ordinary and ambiguous words to character conversion: %s → %s', (word, converted) => {
    expect(toSimplified(word)).toBe(converted);
  });

  it('converts the Taiwan-phrased seed as the ingest did, except where a phrase is ambiguous', () => {
    const lines = seedLines(['003_a17b4227efebd22b.txt']).filter(rewritten);
    const clear = lines.filter((l) => !listTaiwanPhraseHits(l).some((h) => AMBIGUOUS_TAIWAN_PHRASES.has(h.taiwan)));
    expect(clear.length).toBeGreaterThan(3);
    for (const line of clear) expect(toSimplified(line), line).toBe(ingestToSimplified(line, 'Hant-TW'));
  });
});

function decodeText(path: string): string {
  const decoded = decodeSource(new Uint8Array(readFileSync(path)), path);
  if (!decoded.ok) throw new Error(`${path}: ${decoded.reason}`);
  return decoded.text;
}
