/**
 * The real-page corpus (tests/pages/): one folder a page, its source as collected and its
 * hand-made labels. See tests/pages/README.md for what each label means.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const PAGES_DIR = join(import.meta.dirname, '..', '..', 'tests', 'pages');

export const expectedSchema = z.object({
  url: z.string().nullable(),
  site: z.string().min(1),
  query: z.string(),
  set: z.enum(['dev', 'holdout']),
  /** The collection round the page came in (recorded from round seven on). */
  round: z.number().int().positive().optional(),
  title: z.string().min(1),
  titleInText: z.boolean(),
  issuer: z.string().nullable(),
  place: z.string().nullable(),
  years: z.array(z.number().int()),
  docType: z.string().min(1),
  chrome: z.array(z.number().int().positive()),
  titleLines: z.array(z.number().int().positive()),
  flags: z.array(z.string()),
  notes: z.string().optional(),
});

export type Expected = z.infer<typeof expectedSchema>;

export interface Page {
  /** The folder's name, e.g. `wenmi-1`. */
  name: string;
  /** The source file's name (`source.txt`, `source.html`). */
  fileName: string;
  bytes: Uint8Array;
  expected: Expected;
}

/** Every page folder, sorted by name, and one line for each folder that cannot be read. */
export function readPages(dir = PAGES_DIR): { pages: Page[]; problems: string[] } {
  const pages: Page[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const folder = join(dir, name);
    if (!statSync(folder).isDirectory()) continue;
    const fileName = readdirSync(folder).find((f) => f.startsWith('source.'));
    if (!fileName) {
      problems.push(`${name}: no source file`);
      continue;
    }
    let labels: unknown;
    try {
      labels = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8'));
    } catch (error) {
      problems.push(`${name}/expected.json: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const parsed = expectedSchema.safeParse(labels);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push(`${name}/expected.json: ${issue?.path.join('.')}: ${issue?.message}`);
      continue;
    }
    pages.push({ name, fileName, bytes: readFileSync(join(folder, fileName)), expected: parsed.data });
  }
  return { pages, problems };
}
