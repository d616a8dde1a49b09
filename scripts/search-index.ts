/**
 * `npm run search-index -- [--site dist]`: the last step of `npm run build`. Indexes the
 * pages Astro just wrote with Pagefind (the npm package's extended binary, which segments
 * Chinese at index time) into <site>/pagefind/, one zh-CN index for the whole corpus. What gets indexed
 * is decided in the pages: `data-pagefind-body` on a report's canonical text,
 * `data-pagefind-ignore` on everything else there.
 *
 * Why a step of its own, not an `astro:build:done` hook (as Starlight does): Pagefind holds
 * its whole index in memory, about 1.8 GB per 1,000 Chinese report pages (README ›
 * Performance). Run inside the hook, that comes on top of the Astro process's heap, which
 * is still alive; run after Astro has exited, the build's peak is the larger of the two.
 * The binary runs as its command line rather than through the Node API's service: on the same
 * 1,000-report site that took 14.4 s instead of 20.4 s (same index).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Pages in the written index, read from its entry file; more than one language is an error. */
function indexedPages(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const languages = Object.keys(entry.languages);
  if (languages.length > 1) throw new Error(`pages in several languages (${languages.join(', ')}) split the index`);
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

/** The pagefind package's command-line wrapper, which finds the platform's binary. */
const cli = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');

/** Writes the index for the built site in `site`; fails when Pagefind fails or finds no report page. */
export function indexSite(site: string): { indexed: number } {
  const run = spawnSync(process.execPath, [cli, '--site', site, '--force-language', 'zh-cn', '--quiet'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error((run.stderr || run.stdout || `pagefind exited with ${run.status}`).trim().split('\n').at(-1));
  const indexed = indexedPages(join(site, 'pagefind'));
  if (indexed === 0) throw new Error('no page carries data-pagefind-body; nothing to search');
  return { indexed };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
  const site = resolve(values.site!);
  const started = performance.now();
  try {
    const { indexed } = indexSite(site);
    console.log(`search index: ${indexed} pages (zh-cn) in ${Math.round(performance.now() - started)} ms → ${join(values.site!, 'pagefind')}/`);
  } catch (error) {
    console.error(`search index: ${values.site}: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
