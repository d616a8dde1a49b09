/**
 * The analysis cache (scripts/analyse/cache/): a part is found again for the same report
 * text and code, missed for another text or another version of the code, and an analysis
 * made with a warm cache after a report is added, changed or removed writes exactly the
 * files an analysis without any cache writes.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, readCorpus } from '../../scripts/analyse.ts';
import { analyseCorpus, analysisFiles } from '../../scripts/analyse/analyse-corpus.ts';
import { AnalysisCache, contentHash } from '../../scripts/analyse/cache/analysis-cache.ts';
import { cachedParts } from '../../scripts/analyse/cache/cached-parts.ts';
import type { PhraseCountStats } from '../../scripts/analyse/cache/phrase-counts.ts';
import { seedCorpus, themesFile } from '../helpers/analysis.ts';

const { dir, taxonomy } = await seedCorpus();
const temp = (name: string) => mkdtempSync(join(tmpdir(), `${name}-`));

/** A folder of reports: the seeds' MDX files named, and their manifest. */
function reportsFolder(names: string[]): string {
  const out = temp('reports');
  for (const name of names) copyFileSync(join(dir, name), join(out, name));
  copyFileSync(join(dir, 'reports.json'), join(out, 'reports.json'));
  return out;
}
const seedNames = readdirSync(dir)
  .filter((n) => n.endsWith('.mdx'))
  .sort();

describe('AnalysisCache', () => {
  it('finds a part again for the same text and code, and misses another text', () => {
    const root = temp('analysis-cache');
    const sha = contentHash('报告一');
    const cache = new AnalysisCache(root, 'aaaaaaaaaaaaaaaa');
    expect(cache.get(sha, 'indicators')).toBeUndefined();
    cache.set(sha, 'indicators', '[1,2,"三"]');
    cache.close();
    const again = new AnalysisCache(root, 'aaaaaaaaaaaaaaaa');
    expect(again.get(sha, 'indicators')).toBe('[1,2,"三"]');
    expect(again.get(contentHash('报告一。'), 'indicators')).toBeUndefined();
    expect(again.get(sha, 'phrasecodes')).toBeUndefined();
  });

  it('misses every part when the code changed, and drops the old version’s folder', () => {
    const root = temp('analysis-cache');
    const sha = contentHash('报告一');
    const old = new AnalysisCache(root, 'aaaaaaaaaaaaaaaa');
    old.set(sha, 'indicators', '[]');
    old.writeState('phrase-counts', '{}');
    old.close();
    const next = new AnalysisCache(root, 'bbbbbbbbbbbbbbbb');
    expect(next.get(sha, 'indicators')).toBeUndefined();
    expect(next.readState('phrase-counts')).toBeUndefined();
    next.close();
    expect(readdirSync(root)).toEqual([]);
  });

  it('ignores a state edited by hand (its hash line no longer matches)', () => {
    const root = temp('analysis-cache');
    const cache = new AnalysisCache(root, 'aaaaaaaaaaaaaaaa');
    cache.writeState('phrase-counts', '{"a":1}');
    const path = join(cache.dir, 'phrase-counts.state');
    writeFileSync(path, readFileSync(path, 'utf8').replace('1', '2'));
    expect(cache.readState('phrase-counts')).toBeUndefined();
  });

  it('refuses a cache folder holding files it did not write', () => {
    const root = temp('analysis-cache');
    writeFileSync(join(root, 'notes.txt'), 'mine');
    expect(() => new AnalysisCache(root)).toThrow(/did not write/);
  });
});

/** Every file an analysis of `reports` writes, with the cache's parts or without. */
function filesOf(reports: string, parts = {}): Map<string, string> {
  const corpus = readCorpus(reports);
  const analysis = analyseCorpus(corpus, taxonomy, parts);
  return analysisFiles(analysis, corpus, readFileSync(join(reports, 'reports.json'), 'utf8'), undefined, parts);
}

describe('an analysis with a warm cache', () => {
  // Ten seeds (phrase threshold 3 reports); a floor of 1 lets every step update the counts.
  const names = seedNames.slice(0, 10);
  const root = temp('analysis-cache');
  const folder = reportsFolder(names.slice(0, 9));
  const warm = (stats: PhraseCountStats) => {
    const hashes = new Map<string, string>();
    const corpus = readCorpus(folder, hashes);
    const cache = new AnalysisCache(root);
    const parts = cachedParts(cache, (r) => hashes.get(r.meta.id)!, { stats, floorOf: () => 1 });
    const analysis = analyseCorpus(corpus, taxonomy, parts);
    const files = analysisFiles(analysis, corpus, readFileSync(join(folder, 'reports.json'), 'utf8'), undefined, parts);
    cache.close();
    return files;
  };
  const expectSame = (a: Map<string, string>, b: Map<string, string>) => {
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [name, text] of a) expect(text === b.get(name), name).toBe(true);
  };

  it('writes what a cold run writes: first run, then one report added, changed, removed', () => {
    const stats: PhraseCountStats = { full: true, added: 0, removed: 0 };
    expectSame(warm(stats), filesOf(folder));
    expect(stats.full).toBe(true);

    copyFileSync(join(dir, names[9]), join(folder, names[9]));
    expectSame(warm(stats), filesOf(folder));
    expect(stats).toEqual({ full: false, added: 1, removed: 0 });

    // A changed paragraph: a new sentence at the front of the report's first paragraph.
    const changed = join(folder, names[2]);
    const mdx = readFileSync(changed, 'utf8');
    const edited = mdx.replace(/(<p id="p-\d+"[^>]*>)\{"/, '$1{"全年新增公办学位一千二百个，新建改扩建学校三所。');
    expect(edited).not.toBe(mdx);
    writeFileSync(changed, edited);
    expectSame(warm(stats), filesOf(folder));
    expect(stats).toEqual({ full: false, added: 1, removed: 1 });

    rmSync(join(folder, names[5]));
    expectSame(warm(stats), filesOf(folder));
    expect(stats).toEqual({ full: false, added: 0, removed: 1 });
  });
});

describe('npm run analyse with a cache', () => {
  it('writes the same files as without, and updates the phrase counts when a report is added', () => {
    const folder = reportsFolder(seedNames.slice(0, -1));
    const cache = temp('analysis-cache');
    const [warmOut, coldOut] = [temp('analysis'), temp('analysis')];
    const run = (out: string, withCache: boolean) =>
      analyse({ reports: folder, out, themes: themesFile, ...(withCache ? { cache } : {}) });
    expect(run(warmOut, true).phraseCounts).toEqual({ full: true, added: 0, removed: 0 });
    copyFileSync(join(dir, seedNames.at(-1)!), join(folder, seedNames.at(-1)!));
    expect(run(warmOut, true).phraseCounts).toEqual({ full: false, added: 1, removed: 0 });
    run(coldOut, false);
    const read = (out: string) =>
      readdirSync(out, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => [join(e.parentPath, e.name).slice(out.length), readFileSync(join(e.parentPath, e.name), 'utf8')]);
    expect(read(warmOut)).toEqual(read(coldOut));
  });
});
