/**
 * `npm run search-index -- [--site dist]`: the last step of `npm run build`. Writes the
 * Pagefind index of the report pages Astro just wrote:
 *
 * 1. list the built pages that have a `data-pagefind-body` article;
 * 2. cut them into shards of at most SHARD_PAGES, newest years first, a page's shard set by
 *    its year and path (./search-index/shard-plan.ts);
 * 3. for each shard whose pages changed since the last run (./search-index/shard-cache.ts,
 *    in .cache/search-index/, or `--cache`), write each page's indexed copy
 *    (./search-index/index-copy.ts: text as character pairs) into a scratch site, index it
 *    with the Pagefind CLI, re-cut its word chunks smaller and drop the words no search asks
 *    for (./search-index/index-chunks.ts), and write its pages' result texts, what the search
 *    page checks and quotes (./search-index/write-result-texts.ts), from Pagefind's fragments,
 *    which are then deleted with Pagefind's UI bundles: the page uses neither;
 * 4. copy every shard into place: the first into <site>/pagefind/, the others into
 *    <site>/pagefind/shard-N/, the texts into <site>/pagefind/texts/;
 * 5. write <site>/pagefind/shards.json, which the search page reads to merge the shards.
 *
 * Why shards: Pagefind holds a whole index in memory while it writes it, about 1.6 GB per
 * 1,000 report pages, so 10,000 reports in one run needed 17.5 GB. The browser loads
 * Pagefind's code and wasm once and merges shards (`mergeIndex`) only as far as it needs for
 * a page of results; each shard merged costs its metadata (~28 kB) and, per word searched,
 * one index chunk (~10 kB once re-cut; Pagefind 1.6 cuts them at 20,000 postings, ~30 kB).
 *
 * Why the CLI after Astro has exited, not an `astro:build:done` hook (as Starlight does): the
 * indexer's memory would come on top of Astro's, and the Node API's service was 1.4× slower
 * on the same site.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { rechunkIndex } from './search-index/index-chunks.ts';
import { hasIndexBody, indexCopy } from './search-index/index-copy.ts';
import { writeResultTexts } from './search-index/write-result-texts.ts';
import { type IndexedPage, pageYear, planShards } from './search-index/shard-plan.ts';
import { ShardCache } from './search-index/shard-cache.ts';
import { isSearchedToken } from '../shared/search/candidate-tokens.ts';
import { INDEX_LANGUAGE, SHARDS_FILE, type ShardList } from '../shared/search/shards.ts';

/**
 * Report pages per Pagefind run: about 1.9 MB of indexer memory a page, so at most ~3.2 GB.
 * The environment variable SEARCH_SHARD_PAGES overrides it (the sub-path tests index two
 * pages per shard).
 */
export const SHARD_PAGES = 1700;

/** This module's folder. */
const here = dirname(fileURLToPath(import.meta.url));

/** The pagefind package's command-line wrapper, which finds the platform's binary. */
const cli = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');

/**
 * What a shard's directory needs in the browser, and its fragments until the result texts are
 * written from them; Pagefind also writes its UI bundles there.
 */
const SHARD_KEEP = /^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;

/** Pagefind's UI bundles, in the first shard's directory: the search page is its own UI. */
const PAGEFIND_UI = /^pagefind-(?:(?:component-|modular-)?ui\.(?:js|css)|highlight\.js)$/;

/** Every `.html` file under `dir`, as paths relative to it, sorted (the index is the same on every run). */
function htmlFiles(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind') out.push(...htmlFiles(path, base));
    } else if (entry.name.endsWith('.html')) {
      out.push(relative(base, path));
    }
  }
  return out.sort();
}

/** Pages in a written index, from its entry file; a language other than ours is an error. */
function indexedPages(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const languages = Object.keys(entry.languages);
  if (languages.some((l) => l !== INDEX_LANGUAGE))
    throw new Error(`index in ${languages.join(', ')}, expected ${INDEX_LANGUAGE} only`);
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

/** Runs the Pagefind CLI on the site in `scratch`, writing its index to `output`. */
export function runPagefind(scratch: string, output: string): void {
  const run = spawnSync(
    process.execPath,
    [cli, '--site', scratch, '--output-path', output, '--force-language', INDEX_LANGUAGE, '--quiet'],
    { encoding: 'utf8' },
  );
  if (run.status !== 0)
    throw new Error((run.stderr || run.stdout || `pagefind exited with ${run.status}`).trim().split('\n').at(-1));
}

/** A page of a shard: its path and its indexed copy (./search-index/index-copy.ts). */
interface ShardPage {
  file: string;
  copy: string;
}

/**
 * Indexes one shard's pages into `output`, through a scratch site of their indexed copies,
 * re-cuts its chunks and writes its result texts under `textsRoot`; returns its page ids.
 * A `salt` is added to every page's metadata, which changes every page id of the shard.
 */
function indexShard(pages: readonly ShardPage[], output: string, textsRoot: string, salt: string, first: boolean) {
  const scratch = mkdtempSync(join(tmpdir(), 'edu-search-index-'));
  try {
    for (const { file, copy } of pages) {
      mkdirSync(join(scratch, dirname(file)), { recursive: true });
      writeFileSync(
        join(scratch, file),
        salt
          ? copy.replace(
              /<\/article>(?![\s\S]*<\/article>)/,
              `<span hidden data-pagefind-meta="salt:${salt}"></span></article>`,
            )
          : copy,
      );
    }
    runPagefind(scratch, output);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const indexed = indexedPages(output);
  if (indexed !== pages.length) throw new Error(`${output}: Pagefind indexed ${indexed} of ${pages.length} pages`);
  const ids = pageIds(output);
  rechunkIndex(output, { searched: isSearchedToken });
  for (const name of readdirSync(output))
    if (first ? PAGEFIND_UI.test(name) : !SHARD_KEEP.test(name)) rmSync(join(output, name), { recursive: true });
  // The search page reads the result texts, never Pagefind's page data (`result.data()`):
  // the fragments are not published (92 MB at 10,000 reports; the texts are 58 MB).
  writeResultTexts(output, textsRoot);
  rmSync(join(output, 'fragment'), { recursive: true });
  return ids;
}

/** The page ids of a written index: its fragments' names. */
function pageIds(output: string): string[] {
  return readdirSync(join(output, 'fragment')).map((name) => name.replace(/\.pf_fragment$/, ''));
}

/**
 * What a stored shard depends on besides its pages: the Pagefind release and the code that
 * turns built pages into the published shard (this module, ./search-index/, shared/search/
 * and the Han character tables it reads).
 */
function indexerVersion(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(dirname(cli), '..', '..', 'package.json')));
  const shared = join(here, '..', 'shared');
  const files = [
    fileURLToPath(import.meta.url),
    join(shared, 'han.ts'),
    ...[join(here, 'search-index'), join(shared, 'search')].flatMap((dir) =>
      readdirSync(dir)
        .filter((name) => name.endsWith('.ts'))
        .sort()
        .map((name) => join(dir, name)),
    ),
  ];
  for (const file of files) hash.update(`${relative(here, file)}\0`).update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * Writes the sharded index for the built site in `site`; fails when Pagefind fails or no
 * page has a body to index. Shards whose pages are unchanged since the last run are copied
 * from `cacheDir` (./search-index/shard-cache.ts); without one, every shard is indexed.
 *
 * A page's id is a 7-character hash, made unique within one index only; the search page joins
 * results of several searches by id across shards, so two pages of different shards with the
 * same id would be mixed up. About one 10,000-report corpus in six has such a pair; the
 * later shard is then indexed again with a salt, which changes all its ids.
 */
export function indexSite(
  site: string,
  shardPages = SHARD_PAGES,
  cacheDir?: string,
): { indexed: number; shards: number; reused: number } {
  const bundle = join(site, 'pagefind');
  // Only an index this step wrote is replaced: Pagefind always writes pagefind-entry.json.
  if (existsSync(bundle) && !existsSync(join(bundle, 'pagefind-entry.json'))) {
    throw new Error(`${bundle} holds files search-index did not write; remove them or choose another --site`);
  }
  rmSync(bundle, { recursive: true, force: true });
  const pages: IndexedPage[] = [];
  const hashes = new Map<string, string>();
  for (const file of htmlFiles(site)) {
    const html = readFileSync(join(site, file), 'utf8');
    if (!hasIndexBody(html)) continue;
    pages.push({ file, year: pageYear(html) });
    hashes.set(file, createHash('sha256').update(html).digest('base64url'));
  }
  if (pages.length === 0) throw new Error('no page carries data-pagefind-body; nothing to search');
  const temporary = cacheDir === undefined ? mkdtempSync(join(tmpdir(), 'edu-search-cache-')) : null;
  const cache = new ShardCache(cacheDir ?? temporary!, indexerVersion());
  try {
    const shards = planShards(pages, shardPages);
    const merge: string[] = [];
    const ids = new Set<string>();
    let reused = 0;
    shards.forEach((files, i) => {
      const dir = i === 0 ? '' : `shard-${i}/`;
      const copies = () => files.map((file) => ({ file, copy: indexCopy(readFileSync(join(site, file), 'utf8'))! }));
      for (let attempt = 0; ; attempt++) {
        const salt = attempt ? `${i}.${attempt}` : '';
        const key = cache.key(
          salt,
          files.map((file) => ({ file, hash: hashes.get(file)! })),
        );
        let own = cache.ids(key);
        if (own) reused++;
        else own = cache.store(key, (output, texts) => indexShard(copies(), output, texts, salt, i === 0));
        if (!own.some((id) => ids.has(id))) {
          for (const id of own) ids.add(id);
          cache.publish(key, join(bundle, dir), bundle);
          break;
        }
        if (attempt === 3) throw new Error(`shard ${i}: page ids still collide with an earlier shard's`);
      }
      if (dir) merge.push(dir);
    });
    const list: ShardList = { language: INDEX_LANGUAGE, merge };
    writeFileSync(join(bundle, SHARDS_FILE), `${JSON.stringify(list)}\n`);
    cache.prune();
    return { indexed: pages.length, shards: shards.length, reused };
  } finally {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { site: { type: 'string', default: 'dist' }, cache: { type: 'string', default: '.cache/search-index' } },
  });
  const site = resolve(values.site!);
  const started = performance.now();
  try {
    const { indexed, shards, reused } = indexSite(
      site,
      Number(process.env.SEARCH_SHARD_PAGES) || SHARD_PAGES,
      resolve(values.cache!),
    );
    console.log(
      `search index: ${indexed} pages in ${shards} shard${shards === 1 ? '' : 's'} (${reused} unchanged) in ${Math.round(performance.now() - started)} ms → ${join(values.site!, 'pagefind')}/`,
    );
  } catch (error) {
    console.error(`search index: ${values.site}: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
