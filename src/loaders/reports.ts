/**
 * The reports collection's loader: every `*.mdx` the ingest wrote to content/reports becomes
 * an entry holding its validated frontmatter (checked in full against the writer's schema),
 * minus the page-only text (see `reportEntrySchema`); a file that fails is reported and left
 * out. The body is not rendered here: the report page renders it from the file
 * (src/lib/report-page.ts), because Astro bundles the whole data store into the build as one
 * module and holds it in memory (docs/performance.md).
 * Unchanged files (same content digest) are skipped; in dev the folder is watched, so a
 * report the ingest adds, rewrites or removes shows up without a restart.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFile, readdir } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { frontmatterFields } from '../../shared/read-report.ts';
import { reportFrontmatterSchema } from '../../shared/schemas/report.ts';

/** The loader for the MDX reports in `base` (relative to the project root). */
export function reportsLoader(options: { base: string }): Loader {
  return {
    name: 'edu-reports:reports',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const dir = resolve(root, options.base);
      const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.mdx')).sort();
      const seen = new Set<string>();
      for (const file of files) {
        const id = await loadEntry(context, root, dir, file);
        if (id) seen.add(id);
      }
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);

      context.watcher?.add(dir);
      const inDir = (path: string) => path.startsWith(`${dir}/`) && path.endsWith('.mdx');
      const reload = (path: string) => inDir(path) && void loadEntry(context, root, dir, basename(path));
      context.watcher?.on('add', reload);
      context.watcher?.on('change', reload);
      context.watcher?.on('unlink', (path) => inDir(path) && context.store.delete(idOf(basename(path))));
    },
  };
}

const idOf = (file: string) => file.replace(/\.mdx$/, '');

/**
 * Loads one file into the store; returns its id, or null (with a one-line message naming the
 * file) when it cannot be read or validated, so one bad file never stops the build.
 */
async function loadEntry(context: LoaderContext, root: string, dir: string, file: string): Promise<string | null> {
  const id = idOf(file);
  const filePath = relative(root, join(dir, file));
  try {
    const source = await readFile(join(dir, file), 'utf8');
    const digest = context.generateDigest(source);
    if (context.store.get(id)?.digest === digest) return id;
    const fields = frontmatterFields(source);
    reportFrontmatterSchema.parse(fields);
    const data = await context.parseData({ id, data: fields, filePath });
    context.store.set({ id, data, digest, filePath });
    return id;
  } catch (error) {
    context.logger.error(`${filePath}: skipped, ${(error as Error).message.split('\n')[0]}`);
    context.store.delete(id); // a file rewritten into a bad one must not leave its old entry
    return null;
  }
}
