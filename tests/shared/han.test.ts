/**
 * "Is Han" has one definition (shared/han.ts): Unicode's Script=Han on every plane. The table
 * lookups must agree with `\p{Script=Han}` everywhere, astral characters and 〇 included,
 * which the hand-written BMP ranges they replaced did not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countHan, isHan, isHanCodePoint, isHanUnit } from '../../shared/han.ts';

const SCRIPT_HAN = /^\p{Script=Han}$/u;

describe('is Han', () => {
  it('takes in every ideograph block, the radicals, 〇 and 々, and nothing else', () => {
    for (const ch of ['中', '㐀', '鿿', '豈', '⺀', '〇', '々', '𠀋', '𪜀', '𰀀']) expect(isHan(ch), ch).toBe(true);
    for (const ch of ['', 'a', '１', '。', '「', 'ア', '한', '・', '\u{F0000}']) expect(isHan(ch), ch).toBe(false);
  });

  it('agrees with \\p{Script=Han} on every code point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x10ffff }), (cp) => {
        expect(isHanCodePoint(cp)).toBe(SCRIPT_HAN.test(String.fromCodePoint(cp)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('counts a Han character once by its code units, a plane-2 one by its high surrogate', () => {
    expect(isHanUnit('𠀋'.charCodeAt(0))).toBe(true);
    expect(isHanUnit('𠀋'.charCodeAt(1))).toBe(false);
    expect(countHan('2021年𠀋〇a中')).toBe(4);
    expect(countHan('教育局工作报告', 2)).toBe(2);
  });
});
