/**
 * A run killed part-way (SIGKILL, Ctrl-C, a crash), or a cache or output file changed by
 * hand, never leaves the next run publishing anything but what a clean run publishes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest, seedsDir } from '../helpers/ingest.ts';

const EDITED = '000_b15e6c042aa66c80.txt';
const killer = join(import.meta.dirname, '..', 'helpers', 'kill-on-write.ts');
const runner = join(import.meta.dirname, '..', '..', 'scripts', 'ingest.ts');

/** Two seeds (the first one is the one edited), their first run done. */
async function firstRun() {
  const sources = mkdtempSync(join(tmpdir(), 'sources-'));
  for (const name of [EDITED, '003_a17b4227efebd22b.txt']) cpSync(join(seedsDir, name), join(sources, name));
  const run = await runIngest(sources);
  return { sources, out: run.out, cache: run.cache, files: run.files, original: readFileSync(join(sources, EDITED)) };
}

/** The ingest in a child process, killed at the write `at` of a file whose path holds `piece`. */
function killedRun(dirs: { sources: string; out: string; cache: string }, at: string, piece = '.mdx') {
  return spawnSync(
    process.execPath,
    ['--import', killer, runner, '--sources', dirs.sources, '--out', dirs.out, '--cache', dirs.cache],
    {
      encoding: 'utf8',
      env: { ...process.env, KILL_ON_WRITE: piece, KILL_AT: at },
    },
  );
}

/** What a clean run makes of `sources`, file by file. */
async function cleanFiles(sources: string): Promise<Map<string, string>> {
  return (await runIngest(sources)).files;
}

describe('a run killed part-way', () => {
  it.each([
    ['after writing the edited report, before recording it', 'published.json', '1'],
    ['half-way through writing the edited report', '.mdx', '1-half'],
  ])('edit, kill %s, restore: the next run publishes the original', async (_, piece, at) => {
    const dirs = await firstRun();
    writeFileSync(
      join(dirs.sources, EDITED),
      `${dirs.original.toString('utf8')}\n三、这一段只在被打断的那次运行里出现。\n`,
    );
    const killed = killedRun(dirs, at, piece);
    expect(killed.signal).toBe('SIGKILL');
    writeFileSync(join(dirs.sources, EDITED), dirs.original);
    const again = await runIngest(dirs.sources, { out: dirs.out, cache: dirs.cache });
    expect(again.files).toEqual(await cleanFiles(dirs.sources));
  });

  it('leaves no half-written report behind for the site to read', async () => {
    const dirs = await firstRun();
    writeFileSync(join(dirs.sources, EDITED), `${dirs.original.toString('utf8')}\n三、新增的一段。\n`);
    expect(killedRun(dirs, '1-half').signal).toBe('SIGKILL');
    const reports = readdirSync(dirs.out).filter((n) => n.endsWith('.mdx'));
    expect(Object.fromEntries(reports.map((n) => [n, readFileSync(join(dirs.out, n), 'utf8')]))).toEqual(
      Object.fromEntries([...dirs.files].filter(([n]) => n.endsWith('.mdx'))),
    );
  });
});

describe('a record changed by hand is not trusted', () => {
  it('an edited or truncated published.json', async () => {
    for (const change of [
      (t: string) => t.replace(/"title":"[^"]*"/, '"title":"改过的标题"'),
      (t: string) => t.slice(0, t.length / 2),
    ]) {
      const dirs = await firstRun();
      const [version] = readdirSync(dirs.cache);
      const record = join(dirs.cache, version, 'published.json');
      writeFileSync(record, change(readFileSync(record, 'utf8')));
      const again = await runIngest(dirs.sources, { out: dirs.out, cache: dirs.cache });
      expect(again.files).toEqual(await cleanFiles(dirs.sources));
    }
  });

  it('a report edited in the output folder is written again', async () => {
    const dirs = await firstRun();
    const name = readdirSync(dirs.out).find((n) => n.endsWith('.mdx'))!;
    writeFileSync(join(dirs.out, name), readFileSync(join(dirs.out, name), 'utf8').replace('工作', '玩耍'));
    const again = await runIngest(dirs.sources, { out: dirs.out, cache: dirs.cache });
    expect(again.files).toEqual(await cleanFiles(dirs.sources));
  });

  it('a cache record edited in place (same length) is processed again', async () => {
    const dirs = await firstRun();
    const [version] = readdirSync(dirs.cache);
    const forget = () => {
      rmSync(join(dirs.cache, version, 'published.json'));
      rmSync(dirs.out, { recursive: true });
    };
    // Untouched, the records are read back: both sources come from the cache.
    forget();
    expect((await runIngest(dirs.sources, { out: dirs.out, cache: dirs.cache })).summary.cached).toBe(2);
    forget();
    const pack = join(dirs.cache, version, readdirSync(join(dirs.cache, version)).find((n) => n.endsWith('.pack'))!);
    const bytes = readFileSync(pack);
    const [from, to] = [Buffer.from('工作', 'utf16le'), Buffer.from('玩耍', 'utf16le')];
    let edits = 0;
    for (let at = bytes.indexOf(from); at !== -1; at = bytes.indexOf(from, at + 1), edits++) to.copy(bytes, at);
    expect(edits).toBeGreaterThan(0);
    writeFileSync(pack, bytes);
    const again = await runIngest(dirs.sources, { out: dirs.out, cache: dirs.cache });
    expect(again.files).toEqual(await cleanFiles(dirs.sources));
    expect(again.summary.cached).toBe(0);
  });
});
