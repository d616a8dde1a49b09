/**
 * `npm run soak [-- --files 2000 --kills 10]` — the ingest against thousands of hostile files
 * and file-system oddities, as issue 14 asks: random bytes, every encoding we read and two we
 * do not, repetitive and enormous-line text, hostile MDX/HTML, broken PDFs and Word files,
 * empty files, folders named like files, pipes, dangling and looping links, links out of the
 * folder, names with line breaks. Then runs killed at random moments, each followed by a
 * normal run that must publish exactly what a clean run publishes. Prints one table:
 * crashes, hangs, slowest file, stale outputs, files deleted outside the output folders.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import iconv from 'iconv-lite';
import { processFile } from '../ingest/pipeline.ts';

const root = resolve(import.meta.dirname, '..', '..');
const runner = join(root, 'scripts', 'ingest.ts');
const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '2000' },
    kills: { type: 'string', default: '10' },
    seed: { type: 'string', default: '7' },
  },
});

/** A seeded generator (mulberry32): the same soak every run. */
let state = Number(values.seed);
const random = () => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

const SEED_TEXT = readdirSync(join(root, 'content', 'sources')).map((f) =>
  readFileSync(join(root, 'content', 'sources', f), 'utf8'),
);
const HOSTILE = [
  '{props.x}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'export default 1',
  `\${HOME}`,
  '\u202e',
  '\u0000',
  '｛｝',
  '=HYPERLINK("x")',
  '</p><p>',
];
const FIXTURES = readdirSync(join(root, 'tests', 'documents', 'fixtures'))
  .filter((f) => /\.(pdf|docx|doc|wps)$/.test(f))
  .map((f) => join(root, 'tests', 'documents', 'fixtures', f));

function text(): string {
  const seed = pick(SEED_TEXT);
  const from = Math.floor(random() * seed.length);
  let s = seed.slice(from, from + 200 + Math.floor(random() * 3000));
  for (let k = Math.floor(random() * 4); k > 0; k--) {
    const at = Math.floor(random() * s.length);
    s = s.slice(0, at) + pick(HOSTILE) + s.slice(at);
  }
  return s;
}

/** One hostile source: its bytes (or a file-system oddity made by `make`). */
function hostileFile(dir: string, n: number): void {
  const kind = Math.floor(random() * 16);
  const name = (ext: string) => join(dir, `f${n}${ext}`);
  switch (kind) {
    case 0:
      writeFileSync(
        name('.txt'),
        Buffer.from(Array.from({ length: Math.floor(random() * 5000) }, () => Math.floor(random() * 256))),
      );
      break;
    case 1:
      writeFileSync(name('.txt'), iconv.encode(text(), pick(['gb18030', 'big5', 'utf-16le', 'utf-16be', 'utf8'])));
      break;
    case 2:
      writeFileSync(name('.txt'), iconv.encode(text(), pick(['euc-kr', 'shift_jis', 'euc-jp'])));
      break;
    case 3:
      writeFileSync(
        name('.txt'),
        pick(['某区教育局工作总结。', '双减', '一、', '　', '！']).repeat(1 + Math.floor(random() * 20000)),
      );
      break;
    case 4:
      writeFileSync(name('.txt'), 'x'.repeat(Math.floor(random() * 900_000)));
      break;
    case 5:
      writeFileSync(
        name('.html'),
        `<html><head><meta charset="${pick(['gbk', 'utf-8', 'big5', 'bogus'])}"><title>${pick(HOSTILE)}</title></head><body><p>${text()}</p><table><tr><td>${pick(HOSTILE)}</td><td>1</td></tr></table></body></html>`,
      );
      break;
    case 6:
      writeFileSync(name('.txt'), text().split('').join('\n'));
      break;
    case 7: {
      const bytes = readFileSync(pick(FIXTURES));
      const cut = bytes.subarray(0, Math.floor(random() * bytes.length));
      writeFileSync(name(pick(['.pdf', '.docx', '.doc', '.wps'])), cut);
      break;
    }
    case 8:
      writeFileSync(
        name(pick(['.pdf', '.docx', '.doc'])),
        Buffer.from(Array.from({ length: 3000 }, () => Math.floor(random() * 256))),
      );
      break;
    case 9:
      writeFileSync(name(pick(['.txt', '.pdf', '.html'])), '');
      break;
    case 10:
      mkdirSync(name('.txt'));
      break;
    case 11:
      execFileSync('mkfifo', [name('.txt')]);
      break;
    case 12:
      symlinkSync(join(dir, `missing-${n}.txt`), name('.txt'));
      break;
    case 13:
      symlinkSync(random() < 0.5 ? '/etc/passwd' : name('.txt'), name('.txt'));
      break;
    case 14:
      writeFileSync(join(dir, `f${n}\n换行\r名.txt`), text());
      break;
    default:
      writeFileSync(name('.txt'), text());
  }
}

/** Hash of every file under `dir` (links not followed): what a run must not touch. */
function snapshot(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = lstatSync(path, { throwIfNoEntry: false });
    hash.update(name);
    if (stat?.isFile()) hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}

function outputs(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .filter((f) => !f.startsWith('.'))
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

/** One ingest in a child process with a time limit: its exit, time, and the slowest file it logged. */
function ingest(sources: string, out: string, cache: string, limitMs: number) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [runner, '--sources', sources, '--out', out, '--cache', cache], {
    encoding: 'utf8',
    timeout: limitMs,
    maxBuffer: 1 << 28,
  });
  return {
    status: run.status,
    signal: run.signal,
    ms: performance.now() - started,
    stdout: run.stdout ?? '',
    stderr: run.stderr ?? '',
  };
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'soak-'));
  const sources = join(work, 'sources');
  mkdirSync(sources);
  const files = Number(values.files);
  for (let n = 0; n < files; n++) hostileFile(sources, n);
  const before = snapshot(sources);

  // 1. One clean run over everything: no crash, no hang, every file a line.
  const clean = { out: join(work, 'out'), cache: join(work, 'cache') };
  const first = ingest(sources, clean.out, clean.cache, 15 * 60_000);
  const perFile = first.stdout.split('\n').filter((l) => /^\[\d+\/\d+\]/.test(l)).length;
  const reference = outputs(clean.out);

  // A second clean run into fresh folders: the same bytes, or nothing else below means anything.
  const again = { out: join(work, 'out-2'), cache: join(work, 'cache-2') };
  ingest(sources, again.out, again.cache, 15 * 60_000);
  const second = outputs(again.out);
  const nondeterministic = [...new Set([...reference.keys(), ...second.keys()])].filter(
    (f) => second.get(f) !== reference.get(f),
  );
  if (process.env.SOAK_VERBOSE && nondeterministic.length)
    console.log(`second clean run differs: ${JSON.stringify(nondeterministic.slice(0, 5))}`);

  // 2. Runs killed at random moments, each followed by a normal run: nothing stale.
  let stale = 0;
  const killed = { out: join(work, 'out-k'), cache: join(work, 'cache-k') };
  for (let k = 0; k < Number(values.kills); k++) {
    const child = spawn(
      process.execPath,
      [runner, '--sources', sources, '--out', killed.out, '--cache', killed.cache],
      { stdio: 'ignore' },
    );
    const closed = new Promise((done) => child.on('close', done));
    await Promise.race([closed, new Promise((done) => setTimeout(done, 200 + random() * first.ms))]);
    child.kill('SIGKILL');
    await closed;
    ingest(sources, killed.out, killed.cache, 15 * 60_000);
    const got = outputs(killed.out);
    const differing = [...new Set([...reference.keys(), ...got.keys()])].filter((f) => got.get(f) !== reference.get(f));
    if (differing.length > 0) {
      stale++;
      if (process.env.SOAK_VERBOSE)
        console.log(
          `killed run ${k + 1}: ${differing.length} files differ, e.g. ${JSON.stringify(differing.slice(0, 5))}`,
        );
    }
  }

  // 3. Each regular file through the pipeline in this process, timed: the slowest file.
  let slowest = { name: '', ms: 0 };
  for (const name of readdirSync(sources)) {
    const path = join(sources, name);
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size > 32 * 1024 * 1024) continue;
    const started = performance.now();
    await processFile(new Uint8Array(readFileSync(path)), name);
    const ms = performance.now() - started;
    if (ms > slowest.ms) slowest = { name, ms };
  }

  const untouched = snapshot(sources) === before;
  console.log(`soak: ${files} hostile files and file-system cases, seed ${values.seed}\n`);
  console.log('| measure | result |');
  console.log('|---|---|');
  console.log(
    `| clean run | exit ${first.status}${first.signal ? ` (${first.signal})` : ''}, ${(first.ms / 1000).toFixed(1)} s, ${perFile} of ${files} files logged |`,
  );
  console.log(`| crashes (exit other than 0) | ${first.status === 0 ? 0 : 1} |`);
  console.log(`| hangs (run over 15 min) | ${first.signal === 'SIGTERM' ? 1 : 0} |`);
  console.log(`| slowest file, in process | ${(slowest.ms / 1000).toFixed(2)} s (${JSON.stringify(slowest.name)}) |`);
  console.log(`| reports published | ${reference.size - 1} |`);
  console.log(`| a second clean run: files differing | ${nondeterministic.length} |`);
  console.log(`| killed runs, then rerun: stale outputs | ${stale} of ${values.kills} |`);
  console.log(`| sources changed or deleted | ${untouched ? 0 : 'some'} |`);
  if (first.status !== 0) console.log(`\n${first.stderr.slice(-2000)}`);
  if (process.env.SOAK_KEEP) console.log(`\nkept: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

await main();
