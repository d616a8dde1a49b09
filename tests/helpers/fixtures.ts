/**
 * Fixture folders in the style of unified/remark: `tests/fixtures/<stage>/<case>/input.*`
 * and `output.*`. One test loops over every case; `UPDATE=1 npm test` rewrites the
 * expected files so the change shows up as a diff to review like code.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const fixturesRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** Case folder names under `tests/fixtures/<stage>/`, sorted for a stable order. */
export function fixtureCases(stage: string): string[] {
  const dir = join(fixturesRoot, stage);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** Absolute path of a file inside a fixture case. */
export function fixturePath(stage: string, name: string, file: string): string {
  return join(fixturesRoot, stage, name, file);
}

/** Reads a fixture file as UTF-8 text. */
export function readFixture(stage: string, name: string, file: string): string {
  return readFileSync(fixturePath(stage, name, file), 'utf8');
}

/**
 * Compares `actual` with the expected file; with UPDATE=1 writes it instead.
 * A missing expected file fails the test (run with UPDATE=1 once, then review it).
 */
export function expectMatchesFixture(stage: string, name: string, file: string, actual: string): void {
  const path = fixturePath(stage, name, file);
  if (process.env.UPDATE === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`missing expected file ${path}: run with UPDATE=1 and review it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** Stable JSON for golden files: two-space indent and a trailing newline. */
export function toGoldenJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Letters either side of a mark in a golden line. */
const MARK_CONTEXT = 4;

/**
 * Every mark of a document's blocks on a line, for a golden: block index, kind (with the theme
 * id for a theme mark), offsets, the marked text in [ ] with some context:
 * `6 masked 23-24 增加学位[*]余个；按`, `4 theme:shuangjian 59-61 方向；“[双减]”背景下`.
 */
export function markLines(
  blocks: ReadonlyArray<{
    text: string;
    marks: ReadonlyArray<{ kind: string; start: number; end: number; theme?: string }>;
  }>,
): string[] {
  return blocks.flatMap((b, k) =>
    b.marks.map((m) => {
      const kind = m.kind === 'theme' ? `theme:${m.theme}` : m.kind;
      const before = b.text.slice(Math.max(0, m.start - MARK_CONTEXT), m.start);
      const after = b.text.slice(m.end, m.end + MARK_CONTEXT);
      return `${k} ${kind} ${m.start}-${m.end} ${before}[${b.text.slice(m.start, m.end)}]${after}`;
    }),
  );
}
