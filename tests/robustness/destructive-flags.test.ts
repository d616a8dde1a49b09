/**
 * A command deletes only files it wrote itself. An output or cache folder that is the
 * project, holds the sources or holds files the command did not write is refused in one
 * line with exit code 2, before anything is written or deleted.
 */
import { createHash } from 'node:crypto';
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSite } from '../../scripts/search-index.ts';
import { copyProject } from '../helpers/project-copy.ts';

/** Every file under `dir` with its hash: what must not change. */
function tree(dir: string, skip = new Set(['node_modules'])): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(e.parentPath, e.name);
    if ([...skip].some((s) => path.includes(`/${s}`)) || !e.isFile()) continue;
    out[path.slice(dir.length + 1)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

type Result = { status: number | null; stderr: string };
const run = (cwd: string, script: string, ...args: string[]): Result =>
  spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { cwd, encoding: 'utf8' });
/** The same, not blocking: the refusals run side by side. */
const runAsync = (cwd: string, script: string, ...args: string[]): Promise<Result> =>
  new Promise((done) =>
    execFile(process.execPath, [`scripts/${script}.ts`, ...args], { cwd, encoding: 'utf8' }, (error, _, stderr) =>
      done({ status: error ? (error.code as number) : 0, stderr }),
    ),
  );

function refused(result: Result, pattern: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(pattern)]);
}

describe('folders a command will not write into', () => {
  const project = copyProject();
  // A built checkout: reports and analysis in place.
  expect(run(project, 'ingest').status).toBe(0);
  expect(run(project, 'analyse').status).toBe(0);
  const before = tree(project);

  it.concurrent.each([
    [
      'ingest --cache content',
      'ingest',
      ['--cache', 'content'],
      /^ingest: cache folder content: is, holds or lies inside the sources folder/,
    ],
    ['ingest --cache .', 'ingest', ['--cache', '.'], /^ingest: cache folder \.: is the project folder or holds it/],
    [
      'ingest --out content',
      'ingest',
      ['--out', 'content'],
      /^ingest: output folder content: is, holds or lies inside the sources folder/,
    ],
    [
      'ingest --out content/sources/x',
      'ingest',
      ['--out', 'content/sources/x'],
      /^ingest: output folder content\/sources\/x: is, holds or lies inside/,
    ],
    [
      'ingest --out src',
      'ingest',
      ['--out', 'src'],
      /^ingest: output folder src: holds "[^"]+" and \d+ more, which this command did not write/,
    ],
    [
      'ingest --cache src',
      'ingest',
      ['--cache', 'src'],
      /^ingest: cache folder src: holds "[^"]+" and \d+ more, which this command did not write/,
    ],
    [
      'ingest --cache content/reports',
      'ingest',
      ['--cache', 'content/reports'],
      /^ingest: cache folder content\/reports: is, holds or lies inside the output folder/,
    ],
    ['analyse --out .', 'analyse', ['--out', '.'], /^analyse: output folder \.: is the project folder or holds it/],
    [
      'analyse --out content',
      'analyse',
      ['--out', 'content'],
      /^analyse: output folder content: is, holds or lies inside the reports folder/,
    ],
    [
      'analyse --out src',
      'analyse',
      ['--out', 'src'],
      /^analyse: output folder src: holds "[^"]+" and \d+ more, which this command did not write/,
    ],
    [
      'analyse --out .cache/ingest',
      'analyse',
      ['--out', '.cache/ingest'],
      /^analyse: output folder \.cache\/ingest: holds "[0-9a-f]{16}\/entries-[-0-9a-f]+\.pack" and 1 more, which/,
    ],
  ])('%s: refused, exit 2, nothing changed', async (_, script, args, message) => {
    refused(await runAsync(project, script, ...(args as string[])), message as RegExp);
    expect(tree(project)).toEqual(before);
  });
});

describe('folders holding files the command did not write', () => {
  it('are refused, and its own are used as before', () => {
    const project = copyProject();
    expect([run(project, 'ingest').status, run(project, 'analyse').status]).toEqual([0, 0]);
    const sources = join(project, 'content', 'sources');
    for (const [script, flag] of [
      ['ingest', '--out'],
      ['ingest', '--cache'],
      ['analyse', '--out'],
    ]) {
      const dir = mkdtempSync(join(tmpdir(), 'folder-'));
      writeFileSync(join(dir, 'notes.txt'), '我的笔记');
      const args = script === 'ingest' ? ['--sources', sources, flag, dir] : [flag, dir];
      refused(
        run(project, script, ...args),
        new RegExp(
          `^${script}: (output|cache) folder .*: holds "notes\\.txt", which this command did not write; choose an empty or new folder$`,
        ),
      );
      expect(readdirSync(dir)).toEqual(['notes.txt']);
    }
    // A hand-written report among generated ones is not the ingest's either.
    writeFileSync(join(project, 'content', 'reports', 'mine.mdx'), '# 我写的\n');
    refused(
      run(project, 'ingest'),
      /^ingest: output folder content\/reports: holds "mine\.mdx", which this command did not write/,
    );
    expect(statSync(join(project, 'content', 'reports', 'mine.mdx')).isFile()).toBe(true);
    rmSync(join(project, 'content', 'reports', 'mine.mdx'));
    // Its own folders, from an earlier run, are used as before.
    expect([run(project, 'ingest').status, run(project, 'analyse').status]).toEqual([0, 0]);
  });
});

describe('search-index --site', () => {
  it('refuses to replace a pagefind folder it did not write, and leaves it as it was', () => {
    const site = mkdtempSync(join(tmpdir(), 'site-'));
    mkdirSync(join(site, 'pagefind'));
    writeFileSync(join(site, 'pagefind', 'mine.txt'), 'keep me');
    expect(() => indexSite(site)).toThrow(/holds files search-index did not write/);
    expect(readFileSync(join(site, 'pagefind', 'mine.txt'), 'utf8')).toBe('keep me');
  });
});

describe('a refused analysis', () => {
  it('computes and caches nothing: the analysis cache keeps every file and time', () => {
    const project = copyProject();
    expect([run(project, 'ingest').status, run(project, 'analyse').status]).toEqual([0, 0]);
    const cache = join(project, '.cache', 'analysis');
    const times = () =>
      Object.fromEntries(
        readdirSync(cache, { withFileTypes: true, recursive: true })
          .filter((e) => e.isFile())
          .map((e) => [join(e.parentPath, e.name), statSync(join(e.parentPath, e.name)).mtimeMs]),
      );
    const before = times();
    expect(Object.keys(before).length).toBeGreaterThan(0);
    refused(run(project, 'analyse', '--out', 'src'), /^analyse: output folder src: holds /);
    expect(times()).toEqual(before);
  });
});
