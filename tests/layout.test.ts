/**
 * The one-way imports of .dependency-cruiser.mjs, for the Astro components it cannot parse:
 * the site (src/) imports shared/ and packages, never the build scripts (scripts/) or tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? astroFiles(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : [],
  );
}

/** Relative specifiers of static imports, re-exports and dynamic imports. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\1/g;

describe('imports flow one way', () => {
  const files = astroFiles(join(root, 'src'));

  it('finds the components', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('no component imports scripts/ or tests/', () => {
    const wrong: string[] = [];
    for (const file of files) {
      for (const [, , spec] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
        const target = relative(root, resolve(dirname(file), spec));
        if (/^(scripts|tests)\//.test(target)) wrong.push(`${relative(root, file)} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
