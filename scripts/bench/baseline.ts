/**
 * The bare baseline the full build is measured against: the same report text as plain MDX
 * pages in a bare Astro + MDX + Pagefind project (no cleaning, no analysis, no features),
 * built in the same run on the same machine.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBlocks, readFrontmatter } from '../../shared/read-report.ts';

const CONFIG = `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
export default defineConfig({ integrations: [mdx()], telemetry: false, devToolbar: { enabled: false } });
`;
const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
export const collections = { pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: './pages' }), schema: z.object({ title: z.string() }) }) };
`;
const PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('pages')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="zh-CN"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>
<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>
`;

/** Writes the bare project into `dir`, with one MDX page per report found in `reportsDir`. */
export function writeBaseline(dir: string, reportsDir: string, nodeModules: string): void {
  mkdirSync(join(dir, 'pages'), { recursive: true });
  mkdirSync(join(dir, 'src/pages/r'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  writeFileSync(join(dir, 'src/pages/r/[id].astro'), PAGE);
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  for (const file of readdirSync(reportsDir)) {
    if (!file.endsWith('.mdx')) continue;
    const mdx = readFileSync(join(reportsDir, file), 'utf8');
    const { title } = readFrontmatter(mdx);
    // Plain Markdown paragraphs: the text only, with MDX's special characters escaped.
    const body = readBlocks(mdx)
      .map((b) => b.text.replace(/[{}<>\\`*_[\]#&|~]/g, (c) => `\\${c}`))
      .join('\n\n');
    writeFileSync(join(dir, 'pages', file), `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}\n`);
  }
}
