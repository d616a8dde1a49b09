/**
 * Publishes the analysis exports (content/analysis/exports/, which include the report
 * manifest) at `/data/` in the built site, next to the page that describes them. They are
 * generated files, so they are copied at build time rather than kept in public/.
 */
import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Where the published files come from, relative to the project root. */
export const EXPORT_SOURCES = { exports: 'content/analysis/exports', manifest: 'content/reports/reports.json' } as const;

/** The integration; a missing exports folder is a warning (the analysis may not have run). */
export default function dataExports(): AstroIntegration {
  let root = '';
  return {
    name: 'edu-reports:data-exports',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'data');
        mkdirSync(out, { recursive: true });
        const exports = join(root, EXPORT_SOURCES.exports);
        if (existsSync(exports)) cpSync(exports, out, { recursive: true });
        else logger.warn(`${EXPORT_SOURCES.exports} not found: run npm run analyse; /data/ will list no exports`);
        // Without the analysis, still publish the manifest the ingest wrote.
        const manifest = join(root, EXPORT_SOURCES.manifest);
        if (existsSync(manifest) && !existsSync(join(out, 'reports.json'))) cpSync(manifest, join(out, 'reports.json'));
      },
    },
  };
}
