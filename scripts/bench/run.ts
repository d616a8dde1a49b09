/**
 * `npm run bench [-- --sizes 100,1000,10000 --build-sizes 100,1000]` — the figures in docs/performance.md.
 * A large corpus alone: `-- --sizes 30000 --again-sizes '' --bare-sizes '' --out bench/results-30000.md`
 * builds it once, without building again after changes or the bare baseline (each another
 * full build), and writes its own file.
 * Every figure is measured in this run, beside a baseline measured in the same run:
 *   1. ingest throughput, cold, and re-ingest after one file is added (the cache);
 *   2. full build (ingest + analysis + Astro + Pagefind): time and peak memory, beside a
 *      bare Astro + MDX + Pagefind project holding the same text; then the build again after
 *      one source is added, removed and changed (./incremental.ts);
 *   3. search in headless Chromium: bytes fetched and time to first results;
 *   4. the weight of a report page (HTML + CSS + JS, gzipped), and the report list: bytes,
 *      first paint, load, its index, and a filter (./list-page.ts).
 * Writes bench/results.md and prints it.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBaseline } from './baseline.ts';
import { writeCorpus } from './corpus.ts';
import { pageWeight, searchSection } from './browser.ts';
import { listSection } from './list-page.ts';
import { analyse } from '../analyse.ts';
import { compareCostSection, routeMs, type CompareCost } from './compare-cost.ts';
import { measure, type Measured } from './measure.ts';
import { incrementalSection, measureIncremental, type IncrementalRow } from './incremental.ts';

const root = resolve(import.meta.dirname, '..', '..');
const work = '/tmp/edu-reports-bench';

interface Timed {
  seconds: number;
  maxRssMb: number;
}

/** Runs a command under GNU time: wall seconds and the peak RSS of the process tree. */
function timed(cmd: string[], cwd: string, env: Record<string, string> = {}): Timed {
  const r = spawnSync('/usr/bin/time', ['-f', '__TIME__ %e %M', ...cmd], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 1 << 28,
  });
  const line = (r.stderr ?? '').split('\n').find((l) => l.startsWith('__TIME__'));
  if (r.status !== 0 || !line)
    throw new Error(
      `${cmd.join(' ')} failed in ${cwd}:\n${(r.stdout ?? '').slice(-2000)}\n${(r.stderr ?? '').slice(-2000)}`,
    );
  const [, seconds, kb] = line.split(' ');
  return { seconds: Number(seconds), maxRssMb: Number(kb) / 1024 };
}

/** Where the last run's outputs go until this run's measurements are done (see {@link retire}). */
const retired = join(work, '.retired');

/**
 * Moves the last run's copy of `dir` out of the way, to be deleted after the measurements.
 * Deleting tens of thousands of files right before a step makes that step's file creation
 * several times slower on this ext4 disk (the deletion's journal work lands on it: 10,000
 * MDX files took 4.5 s to create instead of 0.8 s), which is the previous run's cost, not the
 * step's.
 */
function retire(dir: string): void {
  if (!existsSync(dir)) return;
  mkdirSync(retired, { recursive: true });
  renameSync(dir, join(retired, `${basename(dir)}-${readdirSync(retired).length}`));
}

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

/**
 * Reads every file of `dir` once, so that the timed ingest finds them in the OS page cache, as
 * files a user has just dropped in are: "cold" is the ingest's own cache, empty. A corpus the
 * last run generated may have been pushed out of memory by its builds since (the bare
 * baseline takes 15 GB); with the page cache dropped, the 10,000-report ingest took 12.8 s
 * against 11.7 s, the disk's time, not the pipeline's.
 */
function warmUp(dir: string): void {
  for (const f of readdirSync(dir)) readFileSync(join(dir, f));
}

/** A copy of the project whose content/sources is the generated corpus. */
function projectWith(sources: string, dir: string): void {
  retire(dir);
  mkdirSync(join(dir, 'content'), { recursive: true });
  for (const entry of [
    'shared',
    'src',
    'scripts',
    'public',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
    'content/themes.yaml',
  ]) {
    if (existsSync(join(root, entry))) spawnSync('cp', ['-r', join(root, entry), join(dir, entry)]);
  }
  spawnSync('cp', ['-r', sources, join(dir, 'content/sources')]);
  spawnSync('ln', ['-s', join(root, 'node_modules'), join(dir, 'node_modules')]);
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

/**
 * The build's cost of comparing and tracing (compare-cost.ts): the Astro step's page times
 * from its log, the analysis steps from running the analysis again in process on the same
 * reports, into a scratch folder (the build's own run is a child process that reports no
 * step times).
 */
function compareCost(n: number, project: string, steps: Measured[]): CompareCost {
  const scratch = join(work, `analysis-${n}`);
  rmSync(scratch, { recursive: true, force: true });
  const run = analyse({
    reports: join(project, 'content/reports'),
    out: scratch,
    themes: join(project, 'content/themes.yaml'),
  });
  rmSync(scratch, { recursive: true, force: true });
  return {
    reports: n,
    buildSeconds: steps.reduce((t, m) => t + m.seconds, 0),
    familiesMs: run.analysis.timings.families,
    exportMs: run.exportMs,
    routes: routeMs(steps[2].output ?? ''),
    pairs: run.analysis.copies.pairs.length,
    families: run.analysis.copies.families?.length ?? 0,
  };
}

async function main(): Promise<void> {
  // Left by a run that did not finish; deleted before anything is measured.
  rmSync(retired, { recursive: true, force: true });
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '100,1000,10000' },
      'build-sizes': { type: 'string' },
      'again-sizes': { type: 'string' },
      'bare-sizes': { type: 'string' },
      out: { type: 'string', default: 'bench/results.md' },
    },
  });
  const sizes = values.sizes!.split(',').map(Number);
  // Full builds can be limited to smaller corpora (`--build-sizes 100,1000`) on a small machine.
  const list = (v: string | undefined, fallback: number[]) =>
    v === undefined ? fallback : v.split(',').filter(Boolean).map(Number);
  const buildSizes = list(values['build-sizes'], sizes);
  // Building again after changes and the bare baseline are each another full build.
  const againSizes = list(values['again-sizes'], buildSizes);
  const bareSizes = list(values['bare-sizes'], buildSizes);
  const node = join(root, 'node_modules/.bin/node');
  const rows: string[] = [];
  const lines = (s: string) => {
    console.log(s);
    rows.push(s);
  };
  lines(
    `# Benchmarks\n\nMachine: ${spawnSync('nproc').stdout.toString().trim()} cores; Node ${spawnSync(node, ['--version']).stdout.toString().trim()}; run ${new Date().toISOString().slice(0, 16)}Z.\n`,
  );

  // 1. Corpora and ingest throughput.
  const corpora = new Map<number, { dir: string; bytes: number }>();
  for (const n of sizes) {
    const dir = join(work, `corpus-${n}`);
    if (!existsSync(dir)) writeCorpus(dir, n, join(root, 'content/sources'));
    corpora.set(n, { dir, bytes: dirBytes(dir) });
  }
  lines(
    '## Ingest (one core)\n\n| reports | source MB | cold s | MB/s | re-ingest, 1 file added, s |\n|---:|---:|---:|---:|---:|',
  );
  for (const n of sizes) {
    const { dir, bytes } = corpora.get(n)!;
    const out = join(work, `ingest-${n}`);
    retire(out);
    warmUp(dir);
    const ingestRun = [
      node,
      join(root, 'scripts/ingest.ts'),
      '--sources',
      dir,
      '--out',
      join(out, 'reports'),
      '--cache',
      join(out, 'cache'),
    ];
    const cold = timed(ingestRun, root);
    copyFileSync(join(root, 'content/sources/003_a17b4227efebd22b.txt'), join(dir, 'zz-added.txt'));
    const again = timed(ingestRun, root);
    rmSync(join(dir, 'zz-added.txt'));
    lines(
      `| ${n} | ${fmt(bytes / 1e6)} | ${fmt(cold.seconds)} | ${fmt(bytes / 1e6 / cold.seconds)} | ${fmt(again.seconds, 2)} |`,
    );
  }

  // 2. Full build beside the bare baseline, step by step (each step's time and the peak
  // memory of its whole process tree; the steps run one after another, so the build's peak
  // is the largest step's).
  const head =
    '| reports | ours s | ours peak MB | bare s | bare peak MB | time ratio | memory ratio |\n|---:|---:|---:|---:|---:|---:|---:|';
  const stepRows: string[] = [];
  const buildRows: string[] = [];
  const sites = new Map<number, string>();
  const costs: CompareCost[] = [];
  const incremental: IncrementalRow[] = [];
  const fullSeconds = new Map<number, number>();
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const clean = { NODE_ENV: undefined, BASE_PATH: undefined };
  for (const n of buildSizes) {
    if (!corpora.has(n)) corpora.set(n, { dir: join(work, `corpus-${n}`), bytes: 0 });
    if (!existsSync(corpora.get(n)!.dir)) writeCorpus(corpora.get(n)!.dir, n, join(root, 'content/sources'));
    const project = join(work, `site-${n}`);
    projectWith(corpora.get(n)!.dir, project);
    const steps: Array<[string, string[]]> = [
      ['ingest', [node, 'scripts/ingest.ts']],
      ['analyse', [node, 'scripts/analyse.ts']],
      ['astro build', [node, astro, 'build']],
      ['search index', [node, 'scripts/search-index.ts']],
    ];
    const ours: Measured[] = [];
    for (const [name, cmd] of steps)
      ours.push(await measure(cmd, project, clean, { keepOutput: name === 'astro build' }));
    costs.push(compareCost(n, project, ours));
    fullSeconds.set(
      n,
      ours.reduce((t, m) => t + m.seconds, 0),
    );
    if (againSizes.includes(n))
      incremental.push(
        await measureIncremental(
          project,
          n,
          steps.map(([, cmd]) => cmd),
          join(root, 'content/sources/003_a17b4227efebd22b.txt'),
          clean,
        ),
      );
    const total = (m: Measured[]) => m.reduce((t, x) => t + x.seconds, 0);
    const peak = (m: Measured[]) => Math.max(...m.map((x) => x.peakMb));
    const bareSteps: Measured[] = [];
    if (bareSizes.includes(n)) {
      const bare = join(work, `bare-${n}`);
      retire(bare);
      writeBaseline(bare, join(project, 'content/reports'), join(root, 'node_modules'));
      bareSteps.push(
        await measure([node, astro, 'build'], bare, clean),
        await measure([node, join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist'], bare, clean),
      );
    }
    const bareCells = bareSteps.length ? [fmt(total(bareSteps)), fmt(peak(bareSteps), 0)] : ['not built', '—'];
    const ratios = bareSteps.length
      ? [fmt(total(ours) / total(bareSteps), 2), fmt(peak(ours) / peak(bareSteps), 2)]
      : ['—', '—'];
    buildRows.push(`| ${n} | ${fmt(total(ours))} | ${fmt(peak(ours), 0)} | ${[...bareCells, ...ratios].join(' | ')} |`);
    stepRows.push(
      `| ${n} | ${ours.map((m) => `${fmt(m.seconds)} / ${fmt(m.peakMb, 0)}`).join(' | ')} | ${bareSteps.length ? bareSteps.map((m) => `${fmt(m.seconds)} / ${fmt(m.peakMb, 0)}`).join(' | ') : '— | —'} |`,
    );
    sites.set(n, join(project, 'dist'));
  }
  lines(`\n## Full build vs bare Astro + MDX + Pagefind (same text)\n\n${head}\n${buildRows.join('\n')}`);
  lines(
    `\nBy step (seconds / peak MB of the step's process tree):\n\n| reports | ingest | analyse | astro build | search index | bare astro build | bare pagefind |\n|---:|---:|---:|---:|---:|---:|---:|\n${stepRows.join('\n')}`,
  );

  lines(`\n${incrementalSection(incremental, fullSeconds)}`);

  lines(`\n${compareCostSection(costs)}`);

  // 3. Search, 4. page weight and the report list, in headless Chromium on the built sites.
  lines(`\n${await searchSection(new Map([...sites].filter(([n]) => n >= 1000)))}`);
  lines(`\n${await listSection(sites)}`);
  const biggest = sites.get(Math.max(...buildSizes))!;
  const weight = pageWeight(biggest);
  lines(
    `\n## Page weight\n\nA report page (${weight.page}): HTML ${fmt(weight.html / 1024)} kB + CSS ${fmt(weight.css / 1024)} kB + JS ${fmt(weight.js / 1024)} kB = ${fmt(weight.total / 1024)} kB gzipped.`,
  );

  const out = resolve(root, values.out!);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${rows.join('\n')}\n`);
  rmSync(retired, { recursive: true, force: true });
  console.log(`\nwritten to ${values.out}`);
}

await main();
