/**
 * The reports collection's loader: valid files become entries holding the frontmatter minus
 * the page-only text; a bad file is left out with one line naming it; unchanged files are
 * not parsed again; a file gone from the folder leaves the store.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { reportsLoader } from '../../src/loaders/reports.ts';
import { reportEntrySchema } from '../../shared/schemas/report.ts';

const seeds = join(import.meta.dirname, '../fixtures/pipeline/seeds');

function fakeContext(root: string) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string; filePath?: string }>();
  const errors: string[] = [];
  const parseData = vi.fn(async ({ data }: { data: Record<string, unknown> }) => reportEntrySchema.parse(data));
  const context = {
    collection: 'reports',
    config: { root: pathToFileURL(`${root}/`) },
    logger: { error: (line: string) => errors.push(line) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) => entries.set(entry.id, entry),
      delete: (id: string) => entries.delete(id),
      keys: () => [...entries.keys()],
    },
    parseData,
    generateDigest: (text: string) => String(text.length) + text.slice(-40),
  };
  return { context: context as never, entries, errors, parseData };
}

describe('reportsLoader', () => {
  it('loads valid reports, skips a bad one with one line, re-parses nothing unchanged, forgets removed files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'loader-'));
    const dir = join(root, 'content/reports');
    mkdirSync(dir, { recursive: true });
    const [first, second] = readdirSync(seeds).filter((f) => f.endsWith('.mdx'));
    copyFileSync(join(seeds, first), join(dir, first));
    copyFileSync(join(seeds, second), join(dir, second));
    writeFileSync(join(dir, 'broken.mdx'), '---\ntitle: "only a title"\n---\n\n<p id="p-1">{"x"}</p>\n');
    const loader = reportsLoader({ base: './content/reports' });
    const { context, entries, errors, parseData } = fakeContext(root);

    await loader.load(context);
    expect([...entries.keys()].sort()).toEqual([first, second].map((f) => f.replace(/\.mdx$/, '')).sort());
    const entry = entries.get(first.replace(/\.mdx$/, ''))!;
    expect(entry.filePath).toBe(`content/reports/${first}`);
    expect(entry.data).toHaveProperty('title');
    expect(entry.data).not.toHaveProperty('original');
    expect(entry.data).not.toHaveProperty('removed');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/reports\/broken\.mdx: skipped, [^\n]+$/);

    parseData.mockClear();
    rmSync(join(dir, second));
    await loader.load(context);
    expect(parseData).not.toHaveBeenCalled();
    expect([...entries.keys()]).toEqual([first.replace(/\.mdx$/, '')]);
    rmSync(root, { recursive: true, force: true });
  });
});
