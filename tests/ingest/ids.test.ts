import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignIds, idsKnownFromNames, slugify } from '../../scripts/ingest/runner/ids.ts';

describe('ids', () => {
  it('slugs file names to URL-safe ASCII', () => {
    expect(slugify('000_b15e6c042aa66c80.txt')).toBe('000-b15e6c042aa66c80');
    expect(slugify('My Report #1 (2023) 🎉.HTML')).toBe('my-report-1-2023');
    expect(slugify('教育局报告.txt')).toBe('');
  });

  it('numbers the parts of a collection and keeps single files plain', () => {
    const ids = assignIds([
      { name: '004_f0.txt', parts: 3 },
      { name: '000_b1.txt', parts: 1 },
    ]);
    expect(ids.get('004_f0.txt')).toEqual(['004-f0-01', '004-f0-02', '004-f0-03']);
    expect(ids.get('000_b1.txt')).toEqual(['000-b1']);
  });

  it('gives CJK and emoji names a hash, and never collides', () => {
    const names = ['教育局报告.txt', '教育局总结.txt', 'a b.txt', 'a-b.txt', 'a_b.html', 'x.txt', 'x-01.txt', '%#.txt'];
    const ids = assignIds(names.map((name) => ({ name, parts: name === 'x.txt' ? 2 : 1 })));
    const all = [...ids.values()].flat();
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(ids.get('教育局报告.txt')![0]).toMatch(/^[0-9a-f]{8}$/);
  });

  it('does not depend on the order files are listed in', () => {
    const names = ['a b.txt', 'a-b.txt', 'c.txt'].map((name) => ({ name, parts: 1 }));
    expect(assignIds(names)).toEqual(assignIds([...names].reverse()));
  });

  it('gives ids from names alone only when the whole corpus would give the same ones', () => {
    const name = fc
      .constantFrom(
        'abc',
        'abc-01',
        'abc 01',
        'abc-01-02',
        'a',
        'a-01',
        'a-1',
        'a-2023',
        'a b',
        'a_b',
        'x',
        'x-01-02',
        'x-01',
        '教育',
        '教育局',
        '01',
        'ab',
        '%',
      )
      .chain((stem) => fc.constantFrom(`${stem}.txt`, `${stem}.html`, `${stem}-01.txt`, `${stem} 02.txt`));
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 8, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        (names, parts, kept) => {
          const early = idsKnownFromNames(names);
          // Any file may be skipped (empty, duplicate): the early ids must hold for every subset.
          const sources = names.map((n, i) => ({ name: n, parts: parts[i] })).filter((_, i) => kept[i]);
          const whole = assignIds(sources);
          for (const s of sources) {
            const ids = early(s.name, s.parts);
            if (ids) expect(ids).toEqual(whole.get(s.name));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives most names their ids from the name alone', () => {
    const early = idsKnownFromNames(['000_b1.txt', '004_f0.txt', 'abc.txt', 'abc-01.txt', 'a b c.txt', 'a-b-c.txt']);
    expect(early('004_f0.txt', 2)).toEqual(['004-f0-01', '004-f0-02']);
    expect(early('000_b1.txt', 1)).toEqual(['000-b1']);
    for (const n of ['abc.txt', 'abc-01.txt', 'a b c.txt', 'a-b-c.txt']) expect(early(n, 1)).toBeUndefined();
  });
});
