import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headingWordsModule } from '../../scripts/ingest/structure/generate-heading-words.ts';
import { OPENERS, WHOLE_HEADINGS } from '../../scripts/ingest/structure/heading-words-both.ts';
import { inBothScripts } from '../../scripts/ingest/structure/heading-words.ts';

describe('structure: the generated heading words', () => {
  it('are what the generator makes of the Simplified lists now (regenerate after editing them)', () => {
    const generated = new URL('../../scripts/ingest/structure/heading-words-both.ts', import.meta.url);
    expect(readFileSync(generated, 'utf8')).toBe(headingWordsModule());
  });

  it('hold each word in Simplified, Taiwan and Traditional forms, Simplified first', () => {
    expect(OPENERS.slice(0, 2)).toEqual(['持续', '持續']);
    expect(OPENERS).toContain('為進一步');
    expect(OPENERS).toContain('爲進一步');
    expect(WHOLE_HEADINGS).toEqual(expect.arrayContaining(['结语', '結語', '总结', '總結']));
  });

  it('inBothScripts keeps the first of repeated forms', () => {
    expect(
      inBothScripts(
        ['前言', '学校'],
        (w) => w.replace('学', '學'),
        (w) => w.replace('学', '學'),
      ),
    ).toEqual(['前言', '学校', '學校']);
  });
});
