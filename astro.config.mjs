// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import dataExports from './src/integrations/data-exports.ts';
import { ingestWatch } from './src/integrations/ingest-watch.ts';

/**
 * The site builds for any static host. `BASE_PATH=/some/path/ npm run build` builds it to be
 * served under a sub-path; every link goes through `src/lib/url.ts`, which adds the base.
 * After the pages are written the data exports are copied to /data/; `npm run build` then has
 * Pagefind index the written pages (scripts/search-index.ts, a step of its own for memory).
 */
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7's own Markdown/MDX processor (Sätteri, in Rust), GFM on, and Chinese quotes never
  // "smartened". Report bodies hold no Markdown (every text run is a string expression), so
  // unified + remark-gfm changed nothing in them but doubled the MDX build time and added
  // 1 GB at 1,000 reports (README, Performance). remark-gfm stays the reference parser of
  // the writer's safety tests, so switching back is one line and stays safe.
  markdown: { processor: satteri({ features: { gfm: true, smartPunctuation: false } }) },
  integrations: [mdx(), ingestWatch(), dataExports()],
  devToolbar: { enabled: false },
  // A page whose cache key (src/lib/page-keys.ts) and code are unchanged since the last build
  // is copied from Astro's cache, not rendered again. The cache lives in the project (not in
  // node_modules, which copies of the project may share) and needs build.concurrency 1.
  cacheDir: './.cache/astro',
  experimental: { incrementalBuild: true },
  vite: {
    build: {
      rollupOptions: {
        // Astro's own MDX modules carry a `use astro:head-inject` directive the bundler warns
        // about once per report: 10,000 lines of noise on a large corpus, nothing to act on.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
