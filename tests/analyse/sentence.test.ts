import { describe, expect, it } from 'vitest';
import { sentenceAround, sentenceBounds } from '../../scripts/analyse/text/sentence.ts';

describe('sentence around a span', () => {
  const text = '全区推进双减。课后服务全覆盖；集团化办学成效明显';

  it('finds the sentence from the previous end mark to the next, keeping its own mark', () => {
    expect(sentenceBounds(text, 2, 4)).toEqual([0, 7]);
    expect(text.slice(...sentenceBounds(text, 8, 10))).toBe('课后服务全覆盖；');
    expect(text.slice(...sentenceBounds(text, 16, 20))).toBe('集团化办学成效明显');
    expect(sentenceAround(text, 8, 10)).toBe('课后服务全覆盖；');
  });

  it('answers another block after one block, not the first block’s ends', () => {
    expect(sentenceAround('甲。乙丙。', 2, 3)).toBe('乙丙。');
    expect(sentenceAround('丁戊己庚', 1, 2)).toBe('丁戊己庚');
  });

  it('quotes every mention of a block that is one endless sentence, cut around each', () => {
    // One sentence of 160,000 characters with 40,000 mentions: each quote must not copy the
    // whole block (the analysis of such a file took a minute and grew with the square).
    const block = '推进双减'.repeat(40_000);
    const quotes = Array.from({ length: 40_000 }, (_, k) => sentenceAround(block, 4 * k + 2, 4 * k + 4));
    expect(quotes[0]).toBe(`${block.slice(0, 120)}…`);
    expect(quotes[10_000]).toBe(`…${block.slice(40_002 - 59, 40_002 - 59 + 120)}…`);
    expect(Math.max(...quotes.map((q) => q.length))).toBeLessThanOrEqual(122);
  });
});
