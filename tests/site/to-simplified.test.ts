/**
 * The search page's query converter must agree with the ingest's converter, or a Traditional
 * query would miss the canonical text it was meant to find.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createToSimplified } from '../../src/lib/search/to-simplified.ts';
import { traditionalToSimplified } from '../../scripts/ingest/script/opencc.ts';
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

  it('agrees with the ingest converter on every line of the Traditional seeds', () => {
    const lines = ['000_b15e6c042aa66c80.txt', '001_11e03806d8f99e7c.txt', '003_a17b4227efebd22b.txt']
      .flatMap((f) => decodeText(`${seedsDir}/${f}`).split('\n'))
      .filter((l) => l.trim());
    expect(lines.length).toBeGreaterThan(50);
    for (const line of lines) expect(toSimplified(line), line).toBe(traditionalToSimplified(line));
  });
});

function decodeText(path: string): string {
  const decoded = decodeSource(new Uint8Array(readFileSync(path)), path);
  if (!decoded.ok) throw new Error(`${path}: ${decoded.reason}`);
  return decoded.text;
}
