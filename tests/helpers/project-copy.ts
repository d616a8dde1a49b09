/**
 * A throwaway copy of the project (sources, code, config; node_modules linked, not copied)
 * so a test can drop files into content/sources and run dev or build without touching the
 * real checkout.
 */
import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '..', '..');

const ENTRIES = [
  'shared',
  'src',
  'scripts',
  'public',
  'content/sources',
  'content/themes.yaml',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
];

/** Copies the project into a new temp folder and returns its path. */
export function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'project-'));
  for (const entry of ENTRIES) {
    const from = join(projectRoot, entry);
    if (existsSync(from)) cpSync(from, join(dir, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
