/** The report's character count: code points as a reader counts them, whatever the surrogates. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointCount } from '../../scripts/ingest/report.ts';

describe('codePointCount', () => {
  it('counts a surrogate pair as one and a lone surrogate as one', () => {
    expect(codePointCount('教育局')).toBe(3);
    expect(codePointCount('𠀀双减😀')).toBe(4);
    expect(codePointCount('\ud800教\udc00')).toBe(3);
    expect(codePointCount('')).toBe(0);
  });

  it('property: equals [...text].length for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => codePointCount(s) === [...s].length));
  });
});
