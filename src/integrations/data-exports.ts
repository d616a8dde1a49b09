/**
 * Publishes the analysis exports (content/analysis/exports/, which include the report
 * manifest) at `/data/` in the built site, next to the page that describes them. They are
 * generated files, so they are copied at build time rather than kept in public/. The PDF and
 * Word originals of the reports go to `/originals/` (src/lib/original-file.ts).
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ORIGINALS_DIR, originalFileName } from '../lib/original-file.ts';
import type { ReportMeta } from '../../shared/schemas/report.ts';

/** Where the published files come from, relative to the project root. */
export const EXPORT_SOURCES = {
  exports: 'content/analysis/exports',
  manifest: 'content/reports/reports.json',
  sources: 'content/sources',
} as const;

/**
 * Copies the PDF and Word originals of the published reports to /originals/ under their
 * content-hash names; a source gone since the ingest is a warning, not a failure.
 */
function publishOriginals(root: string, dist: string, warn: (line: string) => void): void {
  const manifest = join(root, EXPORT_SOURCES.manifest);
  if (!existsSync(manifest)) return;
  const reports = JSON.parse(readFileSync(manifest, 'utf8')) as ReportMeta[];
  const out = join(dist, ORIGINALS_DIR);
  for (const report of reports) {
    const name = originalFileName(report);
    if (name === null || existsSync(join(out, name))) continue;
    const from = join(root, EXPORT_SOURCES.sources, report.source);
    if (!existsSync(from)) {
      warn(`${EXPORT_SOURCES.sources}/${report.source}: not found, its original is not published`);
      continue;
    }
    mkdirSync(out, { recursive: true });
    copyFileSync(from, join(out, name));
  }
}

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
        publishOriginals(root, fileURLToPath(dir), (line) => logger.warn(line));
      },
    },
  };
}
