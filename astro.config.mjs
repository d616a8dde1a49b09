// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { ingestWatch } from './src/integrations/ingest-watch.ts';

/**
 * The site builds for any static host. `BASE_PATH=/some/path/ npm run build` builds it to be
 * served under a sub-path; every link goes through `src/lib/url.ts`, which adds the base.
 */
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7's default processor (Sätteri) runs no remark plugins: use unified with our pinned
  // remark-gfm. Report text is Chinese: quotes are never "smartened".
  markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm], smartypants: false }) },
  integrations: [mdx(), ingestWatch()],
  devToolbar: { enabled: false },
  telemetry: false,
});
