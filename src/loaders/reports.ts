/**
 * The reports collection's loader: every `*.mdx` the ingest wrote to content/reports becomes
 * an entry whose data is the validated frontmatter and whose body is already HTML (see
 * ./mdx-html.ts for why the MDX is rendered here rather than bundled as modules). An entry
 * is rendered again only when its file changed (content digest), and in dev the folder is
 * watched, so a report the ingest adds, rewrites or removes shows up without a restart.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFile, readdir } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { frontmatterFields } from '../../scripts/ingest/read.ts';
import { mdxToHtml } from './mdx-html.ts';

/** The loader for the MDX reports in `base` (relative to the project root). */
export function reportsLoader(options: { base: string }): Loader {
  return {
    name: 'edu-reports:reports',
    load: async (context) => {
      const dir = resolve(context.config.root.pathname, options.base);
      const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.mdx')).sort();
      const seen = new Set<string>();
      for (const file of files) {
        const id = await loadEntry(context, dir, file);
        if (id) seen.add(id);
      }
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);

      context.watcher?.add(dir);
      const inDir = (path: string) => path.startsWith(dir + '/') && path.endsWith('.mdx');
      const reload = (path: string) => inDir(path) && void loadEntry(context, dir, basename(path));
      context.watcher?.on('add', reload);
      context.watcher?.on('change', reload);
      context.watcher?.on('unlink', (path) => inDir(path) && context.store.delete(idOf(basename(path))));
    },
  };
}

const idOf = (file: string) => file.replace(/\.mdx$/, '');

/**
 * Loads one file into the store; returns its id, or null (with a one-line message naming the
 * file) when it cannot be read, validated or rendered, so one bad file never stops the build.
 */
async function loadEntry(context: LoaderContext, dir: string, file: string): Promise<string | null> {
  const id = idOf(file);
  const path = join(dir, file);
  const filePath = relative(context.config.root.pathname, path);
  try {
    const source = await readFile(path, 'utf8');
    const digest = context.generateDigest(source);
    if (context.store.get(id)?.digest === digest) return id;
    const data = await context.parseData({ id, data: frontmatterFields(source), filePath });
    const html = await mdxToHtml(source);
    context.store.set({ id, data, digest, filePath, rendered: { html } });
    return id;
  } catch (error) {
    context.logger.error(`${filePath}: skipped, ${(error as Error).message.split('\n')[0]}`);
    return null;
  }
}
