import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { singleCharConverter } from '../../scripts/ingest/script/single-char.ts';

describe.each([
  { preset: 's2t', from: 'cn', to: 't' },
  { preset: 'tw2s', from: 'tw', to: 'cn' },
])('singleCharConverter $preset', ({ preset, from, to }) => {
  const full = OpenCC.Converter({ from, to } as OpenCC.ConverterOptions);
  const light = singleCharConverter(OpenCC, preset, { from, to });

  it('converts every character exactly as the full opencc converter does', () => {
    const differing: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp > 0xffff && !/\p{Script=Han}/u.test(String.fromCodePoint(cp))) continue;
      const ch = String.fromCodePoint(cp);
      if (light(ch) !== full(ch)) differing.push(ch);
    }
    expect(differing).toEqual([]);
  });

  it('gives longer texts to the full converter', () => {
    for (const text of ['', '发展', '學校發展規劃', '干部 干净', '𠀀发', '⿰木木'])
      expect(light(text)).toBe(full(text));
  });
});
