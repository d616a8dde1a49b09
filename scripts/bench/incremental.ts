/**
 * Building again after one source is added, changed or removed, in a project built in full
 * just before (its caches in place: the ingest's, Astro's pages, the search shards). The
 * steps run as `npm run build` runs them. Then the change is undone (the source changed back,
 * the added one removed) and the site built again must be the full build's, byte for byte:
 * what an incremental build publishes is what a clean build of the same sources publishes.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { measure, type Measured } from './measure.ts';

export interface IncrementalRow {
  reports: number;
  /** Seconds per build step, for each kind of change. */
  add: Measured[];
  change: Measured[];
  remove: Measured[];
  /** Files of dist/ that differ from the full build's once every change is undone. */
  differing: string[];
}

/** sha256 of every file under `dir`, by relative path. */
function fileHashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return out;
}

function differing(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.filter((n) => a.get(n) !== b.get(n));
}

/**
 * Measures the three changes in `project` (built in full already): `steps` are the build's
 * commands, `added` a source file to drop in; the changed source is the first one, with a
 * sentence appended.
 */
export async function measureIncremental(
  project: string,
  reports: number,
  steps: string[][],
  added: string,
  env: Record<string, string | undefined>,
): Promise<IncrementalRow> {
  const dist = join(project, 'dist');
  const sources = join(project, 'content/sources');
  const before = fileHashes(dist);
  const build = async () => {
    const out: Measured[] = [];
    for (const cmd of steps) out.push(await measure(cmd, project, env));
    return out;
  };
  const addedPath = join(sources, 'zz-bench-added.txt');
  copyFileSync(added, addedPath);
  const add = await build();
  rmSync(addedPath);
  const remove = await build();
  const changedPath = join(sources, readdirSync(sources).sort()[0]);
  const original = readFileSync(changedPath);
  writeFileSync(
    changedPath,
    Buffer.concat([original, Buffer.from('\n\n全年新增公办学位1200个，新建改扩建学校3所。\n')]),
  );
  const change = await build();
  writeFileSync(changedPath, original);
  await build();
  return { reports, add, change, remove, differing: differing(before, fileHashes(dist)) };
}

const total = (m: Measured[]) => m.reduce((t, x) => t + x.seconds, 0);

/** The section of bench/results.md. */
export function incrementalSection(rows: IncrementalRow[], fullSeconds: Map<number, number>): string {
  const cells = (m: Measured[]) => `${total(m).toFixed(1)} (${m.map((x) => x.seconds.toFixed(1)).join(' / ')})`;
  return [
    '## Building again after one change',
    '',
    'A project built in full, then one source added, one removed, one changed (a sentence',
    'appended), each followed by the build, with its caches. Seconds in all, and by step',
    '(ingest / analyse / astro build / search index). Then every change was undone and the site',
    'built again: the files of dist/ that then differ from the full build’s.',
    '',
    '| reports | full build s | add 1 s | remove 1 s | change 1 s | dist/ differing after undoing |',
    '|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.reports} | ${(fullSeconds.get(r.reports) ?? 0).toFixed(1)} | ${cells(r.add)} | ${cells(r.remove)} | ${cells(r.change)} | ${r.differing.length}${r.differing.length ? ` (${r.differing.slice(0, 3).join(', ')}…)` : ''} |`,
    ),
  ].join('\n');
}
