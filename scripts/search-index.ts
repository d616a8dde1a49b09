/**
 * `npm run search-index -- [--site dist]`: the last step of `npm run build`. Indexes the
 * pages Astro just wrote with Pagefind's Node API (extended binary, Chinese segmented at
 * index time) into <site>/pagefind/, one zh-CN index for the whole corpus. What gets indexed
 * is decided in the pages: `data-pagefind-body` on a report's canonical text,
 * `data-pagefind-ignore` on everything else there.
 *
 * Why a step of its own, not an `astro:build:done` hook (as Starlight does): Pagefind holds
 * its whole index in memory, about 1.8 GB per 1,000 Chinese report pages (README ›
 * Performance). Run inside the hook, that comes on top of the Astro process's heap, which
 * is still alive; run after Astro has exited, the build's peak is the larger of the two.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';

/** Pages in the written index, read from its entry file; more than one language is an error. */
function indexedPages(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const languages = Object.keys(entry.languages);
  if (languages.length > 1) throw new Error(`pages in several languages (${languages.join(', ')}) split the index`);
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

/** Writes the index for the built site in `site`; fails when Pagefind fails or finds no report page. */
export async function indexSite(site: string): Promise<{ indexed: number; pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    const indexed = indexedPages(join(site, 'pagefind'));
    if (indexed === 0) throw new Error('no page carries data-pagefind-body; nothing to search');
    return { indexed, pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
  const site = resolve(values.site!);
  const started = performance.now();
  try {
    const { indexed, pages } = await indexSite(site);
    console.log(`search index: ${indexed} of ${pages} pages (zh-cn) in ${Math.round(performance.now() - started)} ms → ${join(values.site!, 'pagefind')}/`);
  } catch (error) {
    console.error(`search index: ${values.site}: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
