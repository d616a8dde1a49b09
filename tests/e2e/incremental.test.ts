/**
 * Incremental builds give the site a clean build gives. One project copy is built in full,
 * then sources are added, changed and removed, in an order drawn from a seeded generator
 * (INCREMENTAL_SEED), and built again each time keeping its caches (Astro's pages, the search
 * shards, the ingest's reports); after every step its dist/ must equal, file for file and byte
 * for byte, the dist/ of a fresh copy holding the same sources built from nothing. Each step
 * must also have reused something: unchanged report pages and unchanged search shards.
 *
 * The corpus links reports to each other (a passage family, a bureau's series over the years,
 * places, near-duplicates), so that a change reaches pages other than the changed report's.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng } from '../../scripts/bench/prng.ts';
import { generatedSources } from '../helpers/place-corpus.ts';
import { projectRoot } from '../helpers/project-copy.ts';
import { projectCopy, runBuild } from './helpers/site.ts';

const BASE = '/sub/';
/** Small shards and list pages, so that a step leaves some of each unchanged. */
const ENV = { SEARCH_SHARD_PAGES: '4', REPORT_LIST_PAGE_SIZE: '4' };
const SEED = Number(process.env.INCREMENTAL_SEED ?? 1);

const FAMILIES = join(projectRoot, 'tests/fixtures/site-families');
const families = Object.fromEntries(
  readdirSync(FAMILIES).map((name) => [name, readFileSync(join(FAMILIES, name), 'utf8')]),
);
const generated = Object.entries(generatedSources());
/** The corpus built first: the shipped seeds, the family fixtures and eight generated reports. */
const initial = { ...families, ...Object.fromEntries(generated.slice(0, 8)) };
/** Reports a step may add. */
const pool = generated.slice(8);

/** Every file under `dir`, relative, sorted. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** The files of two built sites that differ: missing on one side, or other bytes. */
function differences(a: string, b: string): string[] {
  const [fa, fb] = [files(a), files(b)];
  const inB = new Set(fb);
  const out = [...fa.filter((f) => !inB.has(f)).map((f) => `only incremental: ${f}`)];
  out.push(...fb.filter((f) => !fa.includes(f)).map((f) => `only clean: ${f}`));
  for (const f of fa)
    if (inB.has(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) out.push(`differs: ${f}`);
  return out;
}

/** How many report pages Astro copied from its cache, and how many shards the search step reused. */
function reuse(log: string): { reports: number; shards: number } {
  const restored = log.split('\n').filter((l) => /\((?:restored|cached)\)/.test(l));
  const shards = /\((\d+) unchanged\)/.exec(log);
  return {
    reports: restored.filter((l) => l.includes('/reports/') && !l.includes('/reports/by/')).length,
    shards: shards ? Number(shards[1]) : 0,
  };
}

type Step = { name: string; apply: (sources: Map<string, string>) => void };

/** Three steps, one of each kind, in a seeded order, each on a seeded choice of report. */
function steps(seed: number): Step[] {
  const random = prng(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const all: Step[] = [
    {
      name: 'add',
      apply: (sources) => {
        const [name, text] = pick(pool.filter(([n]) => !sources.has(n)));
        sources.set(name, text);
      },
    },
    {
      name: 'change',
      apply: (sources) => {
        const name = pick([...sources.keys()].filter((n) => n in families || n.startsWith('gen-')).sort());
        // A new title (every page naming the report shows it) and a new figure (its
        // bureau's next report compares figures with it).
        const [title, ...rest] = sources.get(name)!.trimEnd().split('\n');
        const text = [title.replace('工作总结', '教育工作总结'), ...rest, '', '全区义务教育巩固率达到99.9%。'];
        sources.set(name, `${text.join('\n')}\n`);
      },
    },
    {
      name: 'remove',
      apply: (sources) => {
        sources.delete(pick([...sources.keys()].filter((n) => n.startsWith('gen-')).sort()));
      },
    },
  ];
  return all
    .map((s) => ({ s, r: random() }))
    .sort((x, y) => x.r - y.r)
    .map(({ s }) => s);
}

let root: string;
const sources = new Map(Object.entries(initial));
beforeAll(() => {
  root = projectCopy(initial);
  runBuild(root, BASE, ENV);
}, 300_000);
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe(`incremental builds (seed ${SEED})`, () => {
  for (const [i, step] of steps(SEED).entries()) {
    it(`step ${i + 1}: ${step.name} a report, build again: the clean build's site`, () => {
      const before = new Set(sources.keys());
      step.apply(sources);
      const dir = join(root, 'content/sources');
      for (const name of before) if (!sources.has(name)) rmSync(join(dir, name));
      for (const [name, text] of sources)
        if (!existsSync(join(dir, name)) || readFileSync(join(dir, name), 'utf8') !== text)
          writeFileSync(join(dir, name), text);
      const log = runBuild(root, BASE, ENV);

      // A fresh copy starts with the shipped seeds, which no step touches, and gets the rest.
      const clean = projectCopy(Object.fromEntries(sources));
      try {
        runBuild(clean, BASE, ENV);
        expect(differences(join(root, 'dist'), join(clean, 'dist'))).toEqual([]);
      } finally {
        rmSync(clean, { recursive: true, force: true });
      }
      const reused = reuse(log);
      expect(reused.reports, 'report pages copied from the last build').toBeGreaterThan(5);
      expect(reused.shards, 'search shards reused').toBeGreaterThan(0);
    }, 300_000);
  }
});
