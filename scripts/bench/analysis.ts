/**
 * Benchmark of the corpus analysis (not a test): `node scripts/bench/analysis.ts
 * [--sizes 1000,2000,5000,10000]`. Generates 10,000 distinct synthetic reports from the
 * seeds (analysis-corpus.ts) as MDX in a temp folder, then runs the real analysis in
 * process — reading the MDX, every analysis, validation and writing the files — on the
 * first 1k, 2k, 5k and 10k, and prints time and the ratio to the 1k run. Near-linear
 * growth means the ratio follows the size ratio (2×, 5×, 10×).
 */
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyse, readCorpus, type AnalyseSummary } from '../analyse.ts';
import { ingest, DEFAULT_THEMES } from '../ingest.ts';
import { parseTaxonomy } from '../ingest/themes.ts';
import { sourceFrom, syntheticCorpus } from './analysis-corpus.ts';

const root = join(import.meta.dirname, '..', '..');

/** What the table needs of a run (the analysis itself is not kept: it would weigh on the next run). */
interface Row {
  ms: number;
  timings: AnalyseSummary['analysis']['timings'];
  pairs: number;
  clusters: number;
  internal: number;
}

function row(s: AnalyseSummary): Row {
  const c = s.analysis.copies;
  return {
    ms: s.ms,
    timings: s.analysis.timings,
    pairs: c.pairs.length,
    clusters: c.clusters.length,
    internal: c.internal.length,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { sizes: { type: 'string', default: '1000,2000,5000,10000' }, keep: { type: 'boolean', default: false } },
  });
  const sizes = values.sizes
    .split(',')
    .map(Number)
    .sort((a, b) => a - b);
  const work = mkdtempSync(join(tmpdir(), 'bench-analysis-'));
  const log = (s: string) => process.stdout.write(`${s}\n`);

  // 1. The seeds, ingested for real, as the generator's material.
  const seedsOut = join(work, 'seeds');
  await ingest({
    sources: join(root, 'content', 'sources'),
    out: seedsOut,
    cache: join(work, 'cache'),
    check: false,
    log: () => {},
  });
  const taxonomy = parseTaxonomy(readFileSync(DEFAULT_THEMES, 'utf8'));
  const src = sourceFrom(readCorpus(seedsOut));

  // 2. The largest corpus, written once; each size is a folder of hard links to its first N reports.
  const t = performance.now();
  const max = sizes[sizes.length - 1];
  const all = join(work, 'all');
  mkdirSync(all);
  const dirs = new Map<number, string>();
  const counts: number[] = [];
  {
    const corpus = syntheticCorpus(max, src, taxonomy);
    for (const r of corpus) writeFileSync(join(all, `${r.id}.mdx`), r.mdx);
    for (const r of corpus) counts.push(r.meta.chars);
    for (const n of sizes) {
      const dir = join(work, `r${n}`);
      mkdirSync(dir);
      for (const r of corpus.slice(0, n)) linkSync(join(all, `${r.id}.mdx`), join(dir, `${r.id}.mdx`));
      writeFileSync(
        join(dir, 'reports.json'),
        `${JSON.stringify(
          corpus.slice(0, n).map((r) => r.meta),
          null,
          2,
        )}\n`,
      );
      dirs.set(n, dir);
    }
  } // the generated corpus is dropped here: the runs below measure the analysis, not the generator's memory
  const chars = (n: number) => counts.slice(0, n).reduce((s, c) => s + c, 0);
  log(
    `generated ${max} reports (${(chars(max) / 1e6).toFixed(1)} M characters) in ${((performance.now() - t) / 1000).toFixed(1)} s → ${work}`,
  );

  // 3. Warm-up (JIT), then each size in process.
  analyse({ reports: dirs.get(sizes[0])!, out: join(work, 'warmup'), themes: DEFAULT_THEMES });
  const rows: Array<{ n: number; s: Row }> = [];
  for (const n of sizes) {
    const s = row(analyse({ reports: dirs.get(n)!, out: join(work, `out${n}`), themes: DEFAULT_THEMES }));
    rows.push({ n, s });
    log(`  ${n} reports: ${(s.ms / 1000).toFixed(1)} s`);
  }

  const base = rows[0];
  const sec = (ms: number) => (ms / 1000).toFixed(2).padStart(7);
  log('');
  log(
    ' reports   chars(M)  total(s)  ratio  size×  ms/report | themes  copies  phrases  indicators (s) | pairs  clusters  internal',
  );
  for (const { n, s } of rows) {
    const tm = s.timings;
    log(
      `${String(n).padStart(8)} ${(chars(n) / 1e6).toFixed(2).padStart(9)} ${sec(s.ms)}  ${(s.ms / base.s.ms).toFixed(2).padStart(5)}  ${(n / base.n).toFixed(1).padStart(5)}  ${(s.ms / n).toFixed(2).padStart(9)} |` +
        `${sec(tm.themes)} ${sec(tm.copies)} ${sec(tm.phrases)} ${sec(tm.indicators).padStart(11)}     | ${String(s.pairs).padStart(5)} ${String(s.clusters).padStart(9)} ${String(s.internal).padStart(9)}`,
    );
  }
  log('\n(total = reading MDX + every analysis + schema validation + writing the files)');
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

await main();
