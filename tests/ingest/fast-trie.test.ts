import * as OpenCC from 'opencc-js';
import type { DictLike } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { fastTrie } from '../../shared/opencc/fast-trie.ts';

/** A deterministic pseudo-random source, so a failure names the same texts every run. */
function random(seed: number): (k: number) => number {
  let s = seed;
  return (k) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s % k;
  };
}

describe('fastTrie', () => {
  const config = (OpenCC.Locale.configs as unknown as Record<string, { conversionChain: DictLike[][] }>).tw2s;
  const groups: DictLike[][] = [
    ...config.conversionChain,
    [
      [
        ['著作', '著作'],
        ['隨著', '随着'],
        ['𠀀', 'X'],
      ],
      'a b|ab c|abc d',
    ],
  ];

  it('converts and segments exactly as the trie itself, on texts made of dictionary words and other characters', () => {
    const rnd = random(5);
    for (const group of groups) {
      const trie = new OpenCC.Trie();
      trie.loadDictGroup(group);
      const fast = fastTrie(trie, group);
      const words = group.flatMap((d) =>
        typeof d === 'string' ? d.split('|').map((l) => l.split(' ')[0]) : [...d].map(([w]) => w),
      );
      const others = ['教育', '𠀀', '\ud840', '\udc00', '⿰木木', 'x', '\n', '。', '著'];
      for (let k = 0; k < 3000; k++) {
        let text = '';
        for (let j = 1 + rnd(10); j > 0; j--)
          text += rnd(4) === 0 ? others[rnd(others.length)] : words[rnd(words.length)];
        expect(fast.convert(text)).toBe(trie.convert(text));
        expect(fast.segment(text)).toEqual(trie.segment(text));
      }
      expect(fast.convert('')).toBe('');
      expect(fast.segment('')).toEqual([]);
    }
  });
});
