import { describe, expect, it } from 'vitest';
import type { PassageFamily } from '../../shared/schemas/analysis.ts';
import { earliestSentence, familyExcerpt, whenLabel } from '../../src/lib/families.ts';

const copy = (reportId: string, years: number[], date: string | null) => ({
  reportId,
  blockId: 'p-1',
  span: [0, 1] as [number, number],
  pieces: [],
  years,
  date,
});
const family = (earliest: string[], copies: ReturnType<typeof copy>[]): PassageFamily => ({
  id: 'f-0',
  consensus: '',
  chars: 20,
  reports: copies.length,
  earliest,
  copies,
});
const titles = new Map([
  ['a', '甲县教育局2021年工作总结'],
  ['b', '乙县教育局2021年工作总结'],
]);

describe('a family as the pages tell it', () => {
  it('names the earliest holder, every holder of a tie, or says nobody is known', () => {
    const copies = [copy('a', [2021], null), copy('b', [2021], null), copy('c', [], null)];
    expect(earliestSentence(family(['a'], copies), titles)).toBe('最早的是《甲县教育局2021年工作总结》（2021年）。');
    expect(earliestSentence(family(['a', 'b'], copies), titles)).toBe(
      '最早的 2 篇同在2021年：《甲县教育局2021年工作总结》、《乙县教育局2021年工作总结》。',
    );
    expect(earliestSentence(family([], copies), titles)).toBe('各篇报告的时间都不详，无法判断谁先写下这段话。');
  });

  it('dates a copy by its years, else its 成文日期', () => {
    expect(whenLabel(copy('a', [2021, 2022], '2023-01-05'))).toBe('2021—2022年');
    expect(whenLabel(copy('a', [], '2023-01-05'))).toBe('2023-01-05成文');
    expect(whenLabel(copy('a', [], null))).toBe('时间不详');
  });

  it('cuts a long consensus without doubling an ellipsis', () => {
    expect(familyExcerpt({ consensus: '一二三…四五六' }, 4)).toBe('一二三…');
    expect(familyExcerpt({ consensus: '一二三四五六' }, 4)).toBe('一二三四…');
    expect(familyExcerpt({ consensus: '一二三' }, 4)).toBe('一二三');
  });
});
