// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import dataExports from './src/integrations/data-exports.ts';
import { ingestWatch } from './src/integrations/ingest-watch.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

/**
 * The site builds for any static host. `BASE_PATH=/some/path/ npm run build` builds it to be
 * served under a sub-path; every link goes through `src/lib/url.ts`, which adds the base.
 * After the pages are written, Pagefind indexes them and the data exports are copied to /data/.
 */
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7's default processor (Sätteri) runs no remark plugins: use unified with our pinned
  // remark-gfm. Report text is Chinese: quotes are never "smartened".
  markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm], smartypants: false }) },
  integrations: [mdx(), ingestWatch(), pagefindIndex(), dataExports()],
  devToolbar: { enabled: false },
});
