/**
 * The sources folder as the file system really is: links that lead nowhere, in a loop or out
 * of the folder, folders and pipes with a source's name, unreadable files, files deleted
 * while the run goes on, names with line breaks. Each is one line naming the file and the
 * reason; the other files go on, and nothing outside the folder is ever published.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../scripts/lib/source-file.ts';
import { runIngest, seedsDir } from '../helpers/ingest.ts';

const SEED = '003_a17b4227efebd22b.txt';
const REPORT =
  '某区教育局2023年工作总结\n\n一、主要工作\n今年以来，我区推进“双减”工作，扩大优质教育资源覆盖面，成效明显。\n';

function folderWithSeed(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sources-'));
  cpSync(join(seedsDir, SEED), join(dir, SEED));
  return dir;
}

describe('what the sources folder really holds', () => {
  it('skips links that lead nowhere, in a loop or out of the folder, and names that are no files, in one line each', async () => {
    const sources = folderWithSeed();
    symlinkSync(join(sources, 'missing.txt'), join(sources, 'dangling.txt'));
    symlinkSync(join(sources, 'loop-b.txt'), join(sources, 'loop-a.txt'));
    symlinkSync(join(sources, 'loop-a.txt'), join(sources, 'loop-b.txt'));
    const outside = join(mkdtempSync(join(tmpdir(), 'outside-')), 'secret.txt');
    writeFileSync(outside, REPORT);
    symlinkSync(outside, join(sources, 'outside.txt'));
    symlinkSync('/etc/passwd', join(sources, 'passwd.txt'));
    symlinkSync(SEED, join(sources, 'inside-link.txt'));
    mkdirSync(join(sources, 'folder.txt'));
    expect(spawnSync('mkfifo', [join(sources, 'pipe.txt')]).status).toBe(0);
    const run = await runIngest(sources);
    expect(run.summary.skipped).toEqual([
      { source: 'dangling.txt', reason: 'dangling symlink (its target does not exist)' },
      { source: 'folder.txt', reason: 'a folder, not a file' },
      // A link inside the folder is followed: it is the seed again.
      { source: 'inside-link.txt', reason: `duplicate of ${SEED} (same text), published once` },
      { source: 'loop-a.txt', reason: 'symlink loop, not followed' },
      { source: 'loop-b.txt', reason: 'symlink loop, not followed' },
      { source: 'outside.txt', reason: 'symlink to a file outside the sources folder, not followed' },
      { source: 'passwd.txt', reason: 'symlink to a file outside the sources folder, not followed' },
      { source: 'pipe.txt', reason: 'a named pipe (FIFO), not a regular file' },
    ]);
    expect(run.summary.reports.map((r) => r.source)).toEqual([SEED]);
    const published = [...run.files.values()].join('\n');
    expect(published).not.toContain('root:');
    expect(published).not.toContain('扩大优质教育资源覆盖面，成效明显');
  });

  it('skips a file deleted while the run goes on, and goes on', async () => {
    const sources = folderWithSeed();
    writeFileSync(join(sources, 'a.txt'), REPORT);
    writeFileSync(join(sources, 'b.txt'), REPORT.replace('2023', '2024'));
    const log: string[] = [];
    const { ingest } = await import('../../scripts/ingest.ts');
    const summary = await ingest({
      sources,
      out: mkdtempSync(join(tmpdir(), 'out-')),
      cache: mkdtempSync(join(tmpdir(), 'cache-')),
      check: false,
      log: (line) => {
        log.push(line);
        if (line.includes(' a.txt:')) unlinkSync(join(sources, 'b.txt'));
      },
    });
    expect(summary.skipped).toEqual([
      { source: 'b.txt', reason: 'gone before it could be read (deleted during the run?)' },
    ]);
    expect(summary.reports.map((r) => r.source)).toEqual([SEED, 'a.txt']);
    expect(log[2]).toBe('[3/3] b.txt: skipped — gone before it could be read (deleted during the run?)');
  });

  it('skips an unreadable file with its reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sources-'));
    writeFileSync(join(dir, 'locked.txt'), REPORT);
    chmodSync(join(dir, 'locked.txt'), 0o000);
    // As root no permission stops a read: the check runs as an unprivileged user instead.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(dir, 0o755);
    const code = `import { readSource } from ${JSON.stringify(join(import.meta.dirname, '..', '..', 'scripts', 'lib', 'source-file.ts'))};
      console.log(JSON.stringify(readSource(${JSON.stringify(dir)}, ${JSON.stringify(dir)}, 'locked.txt', 1e9)));`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      encoding: 'utf8',
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(JSON.parse(child.stdout)).toEqual({ ok: false, reason: 'not readable (permission denied)' });
    chmodSync(join(dir, 'locked.txt'), 0o644);
    expect(readSource(dir, dir, 'locked.txt', 1e9)).toEqual({ ok: true, bytes: Buffer.from(REPORT) });
  });

  it('prints a name with a line break or carriage return escaped, one line per file', async () => {
    const sources = folderWithSeed();
    writeFileSync(join(sources, 'two\nlines.txt'), REPORT);
    writeFileSync(join(sources, 'carriage\rreturn.txt'), REPORT.replace('2023', '2022'));
    writeFileSync(join(sources, 'empty\n.txt'), '');
    const run = await runIngest(sources);
    expect(run.log).toEqual([
      expect.stringMatching(/^\[1\/4\] 003_a17b4227efebd22b\.txt: 1 report\(s\)/),
      '[2/4] "carriage\\rreturn.txt": 1 report(s)',
      '[3/4] "empty\\n.txt": skipped — empty file',
      '[4/4] "two\\nlines.txt": 1 report(s)',
    ]);
    expect(run.summary.reports.map((r) => r.source).sort()).toEqual([
      '003_a17b4227efebd22b.txt',
      'carriage\rreturn.txt',
      'two\nlines.txt',
    ]);
    const cli = spawnSync(
      process.execPath,
      [
        'scripts/ingest.ts',
        '--sources',
        sources,
        '--out',
        mkdtempSync(join(tmpdir(), 'o-')),
        '--cache',
        mkdtempSync(join(tmpdir(), 'c-')),
      ],
      { encoding: 'utf8' },
    );
    expect(cli.status).toBe(0);
    expect(cli.stdout).not.toMatch(/\r/);
    expect(cli.stdout.trim().split('\n')).toHaveLength(4 + 2);
    expect(cli.stdout).toContain('  skipped "empty\\n.txt": empty file');
  });
});
