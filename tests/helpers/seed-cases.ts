/**
 * The five shipped seeds as fixture cases. A stage with a golden per seed keeps each in
 * `tests/fixtures/<stage>/<case>/`, the folder named by what the page shows, its input the
 * seed file as shipped. Further cases are further folders; they need no entry here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const sourcesDir = join(import.meta.dirname, '..', '..', 'content', 'sources');

/** Case folder of each seed, by the seed's three-digit id. */
export const SEED_CASES: Readonly<Record<string, string>> = {
  '000': 'renrendoc-preview-traditional',
  '001': 'cnj8-page-traditional',
  '002': 'untitled-paywall-simplified',
  '003': 'taiwan-phrased-unnumbered-headings',
  '004': 'collection-page-simplified',
};

/** The ids of the seeds shipped in content/sources, sorted. */
export function seedIds(): string[] {
  return readdirSync(sourcesDir)
    .map((f) => f.slice(0, f.indexOf('_')))
    .sort();
}

/** Seed text by its three-digit id (`003` → content/sources/003_….txt). */
export function seedText(id: string): string {
  const file = readdirSync(sourcesDir).find((f) => f.startsWith(`${id}_`));
  if (!file) throw new Error(`seed ${id} not found in ${sourcesDir}`);
  return readFileSync(join(sourcesDir, file), 'utf8');
}
