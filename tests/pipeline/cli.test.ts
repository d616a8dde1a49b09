/** The ingest command line: what a user types and reads, and its exit codes. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedsDir } from '../helpers/ingest.ts';
import { projectRoot } from '../helpers/project-copy.ts';

function ingestCli(args: string[]) {
  const node = join(projectRoot, 'node_modules/.bin/node');
  return spawnSync(node, [join(projectRoot, 'scripts/ingest.ts'), ...args], { encoding: 'utf8', cwd: projectRoot });
}

describe('npm run ingest', () => {
  const temp = () => mkdtempSync(join(tmpdir(), 'cli-'));

  it('--check says what it would do and writes nothing', () => {
    const out = temp();
    const r = ingestCli(['--sources', seedsDir, '--out', out, '--cache', temp(), '--check']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ingest: 5 files → 25 reports \(\d+ flagged\), 0 skipped; would write 26, would delete 0/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('--strict fails on a skipped or flagged file; by default it is reported and skipped', () => {
    const sources = temp();
    cpSync(join(seedsDir, '003_a17b4227efebd22b.txt'), join(sources, 'ok.txt'));
    writeFileSync(join(sources, 'broken.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 255]));
    const lenient = ingestCli(['--sources', sources, '--out', temp(), '--cache', temp()]);
    expect(lenient.status).toBe(0);
    expect(lenient.stdout).toContain('[1/2] broken.txt: skipped — binary file');
    expect(lenient.stdout).toMatch(/\n {2}skipped broken\.txt: binary file/);
    const strict = ingestCli(['--sources', sources, '--out', temp(), '--cache', temp(), '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('ingest --strict: 1 skipped and 0 flagged reports');
  });

  it('names a missing sources folder in one line and exits 2', () => {
    const r = ingestCli(['--sources', '/nonexistent/folder']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('ingest: sources folder not found: /nonexistent/folder');
  });
});
