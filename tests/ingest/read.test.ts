import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBlocks, readFrontmatter } from '../../scripts/ingest/read.ts';
import { renderBody } from '../../scripts/ingest/write.ts';
import type { CanonicalBlock } from '../../scripts/ingest/types.ts';
import { runIngest, seedsDir } from '../helpers/ingest.ts';

describe('read: the inverse of write', () => {
  it('property: blocks written and read back are the same blocks', () => {
    const block = fc.record({
      kind: fc.constantFrom('heading' as const, 'paragraph' as const),
      level: fc.integer({ min: 1, max: 4 }),
      text: fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }),
    });
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 5 }), (raw) => {
        const blocks: CanonicalBlock[] = raw.map((b) => ({ ...b, level: b.kind === 'heading' ? b.level : 0, original: b.text, marks: b.text.length > 2 ? [{ start: 1, end: 2, kind: 'masked' }] : [] }));
        const back = readBlocks(renderBody(blocks));
        expect(back.map(({ kind, level, text }) => ({ kind, level, text }))).toEqual(blocks.map(({ kind, level, text }) => ({ kind, level, text })));
      }),
      { numRuns: 300 },
    );
  });

  it('reads every seed report: frontmatter valid, blocks match the outline and counts', () => {
    const run = runIngest(seedsDir);
    for (const [name, mdx] of run.files) {
      if (!name.endsWith('.mdx')) continue;
      const front = readFrontmatter(mdx);
      const blocks = readBlocks(mdx);
      expect(blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(front.paragraphs);
      expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(front.outline.map((o) => o.text));
      expect(blocks.map((b) => b.id)).toEqual(front.original.map((o) => o.id));
      expect(blocks.reduce((n, b) => n + [...b.text].length, 0)).toBe(front.chars);
    }
  });
});
