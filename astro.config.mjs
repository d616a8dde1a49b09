// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';

/**
 * The site builds for any static host. `BASE_PATH=/some/path/ npm run build` builds it to be
 * served under a sub-path; every link goes through `src/lib/url.ts`, which adds the base.
 */
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Report text is Chinese: quotes are never "smartened", and no remote fonts or scripts load.
  markdown: { smartypants: false },
  integrations: [mdx({ remarkPlugins: [remarkGfm], smartypants: false })],
  devToolbar: { enabled: false },
  telemetry: false,
});
