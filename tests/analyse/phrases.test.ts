/**
 * Recurring phrases: the n-gram counting (document frequency, closed phrases), the generic
 * wording test, and the seeds' candidates — recurring, not themes, boilerplate apart.
 */
import { describe, expect, it } from 'vitest';
import { findPhrases, minReportsFor } from '../../scripts/analyse/phrases.ts';
import { onWordBoundaries } from '../../scripts/analyse/phrases/boundaries.ts';
import { isGeneric, wellFormed } from '../../scripts/analyse/phrases/generic.ts';
import { frequentNgrams } from '../../scripts/analyse/phrases/ngrams.ts';
import { variantTerm } from '../../scripts/ingest/themes.ts';
import { seedCorpus } from '../helpers/analysis.ts';

const { reports, taxonomy } = await seedCorpus();
const phrases = findPhrases(reports, taxonomy);

/** Codes and document index of texts separated like the phrase finder does. */
function corpus(docs: string[][]): { codes: Int32Array; docOf: Int32Array } {
  const codes: number[] = [];
  const docOf: number[] = [];
  docs.forEach((runs, d) => {
    for (const run of runs) {
      for (const ch of run) {
        codes.push(ch.codePointAt(0)!);
        docOf.push(d);
      }
      codes.push(-1);
      docOf.push(d);
    }
  });
  return { codes: Int32Array.from(codes), docOf: Int32Array.from(docOf) };
}

describe('n-gram counting', () => {
  it('counts documents and mentions, and keeps the longest phrase where shorter ones only occur inside it', () => {
    const { codes, docOf } = corpus([['推进条块教研工作', '条块教研'], ['深化条块教研改革'], ['加强条块教研']]);
    const grams = frequentNgrams(codes, docOf, 4, 6, 2).map((g) => [
      String.fromCodePoint(...codes.subarray(g.first, g.first + g.n)),
      g.df,
      g.tf,
    ]);
    expect(grams).toEqual([['条块教研', 3, 4]]);
    const { codes: c2, docOf: d2 } = corpus([['教师队伍建设方面'], ['加强教师队伍建设'], ['教师队伍建设']]);
    const longer = frequentNgrams(c2, d2, 4, 12, 3).map((g) =>
      String.fromCodePoint(...c2.subarray(g.first, g.first + g.n)),
    );
    expect(longer).toEqual(['教师队伍建设']);
  });
});

describe('phrase quality', () => {
  it.each([
    ['高度重视', true],
    ['进一步加强', true],
    ['取得了显著成效', true],
    ['教育教学质量', true],
    ['教师队伍建设', false],
    ['条块教研', false],
    ['教育经费', false],
    ['贫困地区', false],
  ])('%s is generic: %s', (phrase, generic) => expect(isGeneric(phrase)).toBe(generic));

  it('rejects fragments cut mid-word', () => {
    expect(wellFormed('的教育资源')).toBe(false);
    expect(wellFormed('化教育资源')).toBe(false);
    expect(onWordBoundaries('持续加大学前教育资源供给', 6, 10)).toBe(false); // 教育资源 inside 学前教育/资源
    expect(onWordBoundaries('优化教育资源配置', 2, 6)).toBe(true);
  });
});

describe('recurring phrases on the seeds', () => {
  const terms = taxonomy.themes.flatMap((t) => [t.name, ...t.variants.map(variantTerm)]);

  it('recur in at least 3 reports, are 4–12 characters, and are not themes', () => {
    expect(minReportsFor(25)).toBe(3);
    expect(phrases.length).toBeGreaterThan(100);
    for (const p of phrases) {
      expect(p.reports).toBeGreaterThanOrEqual(3);
      expect([...p.phrase].length).toBeGreaterThanOrEqual(4);
      expect([...p.phrase].length).toBeLessThanOrEqual(12);
      expect(
        terms.some((t) => p.phrase.includes(t)),
        p.phrase,
      ).toBe(false);
    }
  });

  it('ranks policy candidates by reach, generic wording kept apart', () => {
    const top = phrases
      .filter((p) => !p.boilerplate)
      .slice(0, 8)
      .map((p) => `${p.phrase}:${p.reports}`);
    expect(top).toEqual([
      '教育资源:22',
      '队伍建设:16',
      '资源配置:15',
      '教师队伍:14',
      '教育资源配置:13',
      '教师培训:13',
      '义务教育:12',
      '教育公平:11',
    ]);
    const candidates = phrases.filter((p) => !p.boilerplate).map((p) => p.phrase);
    expect(candidates).toEqual(
      expect.arrayContaining(['教师队伍建设', '教育经费', '贫困地区', '办学条件', '信息技术']),
    );
    const generic = phrases.filter((p) => p.boilerplate).map((p) => p.phrase);
    expect(generic).toEqual(expect.arrayContaining(['高度重视', '进一步加大', '取得了显著成效', '办好人民满意的教育']));
    expect(candidates).not.toContain('高度重视');
  });
});
