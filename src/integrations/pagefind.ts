/**
 * Builds the search index after Astro has written the site, through Pagefind's Node API
 * (as Starlight does) rather than a second CLI step: one build command, and the index always
 * matches the pages just written. Every page declares `<html lang="zh-CN">`, so Pagefind's
 * extended binary segments the Chinese text and writes one zh-CN index for the whole corpus.
 * What gets indexed is decided in the pages: `data-pagefind-body` on a report's canonical text,
 * `data-pagefind-ignore` on everything else there.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Pages in the written index, read from its entry file; more than one language is an error. */
function indexedPages(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const languages = Object.keys(entry.languages);
  if (languages.length > 1) throw new Error(`pagefind: pages in several languages (${languages.join(', ')}) split the index`);
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

/** The integration; it fails the build when indexing fails or finds no report page. */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'edu-reports:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
          if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
          const indexed = indexedPages(join(site, 'pagefind'));
          if (indexed === 0) throw new Error('pagefind: no page carries data-pagefind-body; nothing to search');
          logger.info(`indexed ${indexed} of ${added.page_count} pages (zh-cn) in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
