import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBlocks, readFrontmatter } from '../../shared/read-report.ts';
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
        const blocks: CanonicalBlock[] = raw.map((b) => ({
          ...b,
          level: b.kind === 'heading' ? b.level : 0,
          original: b.text,
          marks: b.text.length > 2 ? [{ start: 1, end: 2, kind: 'masked' }] : [],
        }));
        const back = readBlocks(renderBody(blocks));
        expect(back.map(({ kind, level, text }) => ({ kind, level, text }))).toEqual(
          blocks.map(({ kind, level, text }) => ({ kind, level, text })),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('property: any text with any non-overlapping marks reads back with the same marks', () => {
    const kinds = fc.constantFrom<CanonicalBlock['marks'][number]['kind']>('garbled', 'masked', 'theme');
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), kinds), { maxLength: 5 }),
        (text, raw) => {
          const marks: CanonicalBlock['marks'] = [];
          let at = 0;
          for (const [gap, len, kind] of raw) {
            const start = at + (gap % 5);
            const end = Math.min(text.length, start + 1 + (len % 6));
            if (start >= end) break;
            marks.push(kind === 'theme' ? { start, end, kind, theme: 'jiaoshi-lungang' } : { start, end, kind });
            at = end;
          }
          const [block] = readBlocks(renderBody([{ kind: 'paragraph', level: 0, text, original: text, marks }]));
          expect(block.text).toBe(text);
          expect(block.marks).toEqual(marks);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads marks back: flags and theme mentions at the offsets they were written', () => {
    const text = '推进“双减”，覆盖率*%，乱码??荚。';
    const marks: CanonicalBlock['marks'] = [
      { start: 3, end: 5, kind: 'theme', theme: 'shuangjian' },
      { start: text.indexOf('*'), end: text.indexOf('*') + 1, kind: 'masked' },
      { start: text.indexOf('??'), end: text.indexOf('。'), kind: 'garbled' },
    ];
    const [block] = readBlocks(renderBody([{ kind: 'paragraph', level: 0, text, original: text, marks }]));
    expect(block.text).toBe(text);
    expect(block.marks).toEqual(marks);
  });

  it('reads every seed report: frontmatter valid, blocks match the outline and counts', async () => {
    const run = await runIngest(seedsDir);
    for (const [name, mdx] of run.files) {
      if (!name.endsWith('.mdx')) continue;
      const front = readFrontmatter(mdx);
      const blocks = readBlocks(mdx);
      expect(blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(front.paragraphs);
      expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(front.outline.map((o) => o.text));
      if (front.script !== 'Hans') expect(blocks.map((b) => b.id)).toEqual(front.original.map((o) => o.id));
      else expect(front.original).toEqual([]);
      expect(blocks.reduce((n, b) => n + [...b.text].length, 0)).toBe(front.chars);
      const mentions: Record<string, number> = {};
      for (const m of blocks.flatMap((b) => b.marks))
        if (m.kind === 'theme') mentions[m.theme!] = (mentions[m.theme!] ?? 0) + 1;
      expect(mentions).toEqual(front.themes);
    }
  });
});
