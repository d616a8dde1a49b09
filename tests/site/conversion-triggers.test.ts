/** The search page skips loading the converter for queries it would not change. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conversionTriggersModule } from '../../scripts/search-index/generate-conversion-triggers.ts';
import { gb2312Hanzi, mayNeedConversion } from '../../shared/search/needs-conversion.ts';
import { createToSimplified } from '../../shared/search/to-simplified.ts';

const convert = createToSimplified();

describe('mayNeedConversion', () => {
  it('is what the generator makes of the converter now (regenerate after upgrading opencc-js)', () => {
    const generated = new URL('../../shared/search/conversion-triggers.ts', import.meta.url);
    expect(readFileSync(generated, 'utf8')).toBe(conversionTriggersModule());
  });

  it('says no for Simplified queries and yes for Traditional ones', () => {
    expect(gb2312Hanzi()).toHaveLength(6763);
    for (const q of ['双减', '教师交流轮岗', '集团化办学 课后服务', '"优质均衡"', '2021年', 'STEM'])
      expect(mayNeedConversion(q), q).toBe(false);
    for (const q of ['雙減', '教師輪崗', '反覆', '乾淨', '於是']) expect(mayNeedConversion(q), q).toBe(true);
  });

  it('never says no for a text the converter changes', () => {
    const gb = gb2312Hanzi();
    // Every GB2312 character alone, and random GB2312 strings.
    for (const ch of gb) if (!mayNeedConversion(ch)) expect(convert(ch)).toBe(ch);
    const text = fc.array(fc.constantFrom(...gb, '，', ' ', '1'), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => (!mayNeedConversion(t) ? convert(t) === t : true)),
      { numRuns: 5000 },
    );
  });
});
