/**
 * Content-hash cache: an unchanged source is not processed again. A result is stored under
 * the source's SHA-256 and a hash of the pipeline's own code, so editing any stage (or the
 * schema) invalidates every entry without anyone having to remember to.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceResult } from './pipeline.ts';
import type { ReportMeta } from '../../src/schemas/report.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** Files whose content decides the pipeline's output, found by walking the stage folders. */
function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? codeFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))
    .sort();
}

/** The schemas whose rules shape what the pipeline writes. */
const SCHEMAS = ['../../src/schemas/report.ts', '../../src/schemas/theme.ts'];

/**
 * Hash of every stage's source, the schemas and the data the pipeline reads besides the
 * source (the theme taxonomy's text): the cache's version. Editing content/themes.yaml
 * therefore re-ingests every source, since every report's theme marks may change.
 */
export function pipelineHash(data: string[] = []): string {
  const hash = createHash('sha256');
  for (const file of [...codeFiles(here), ...SCHEMAS.map((s) => join(here, s))]) hash.update(readFileSync(file));
  for (const text of data) hash.update(`\0${text}`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * What one source became last time: enough to publish it again without parsing its cached
 * result or rendering its MDX (re-ingesting 10,000 reports after one is added stays cheap).
 */
export interface Published {
  /** Hash of the decoded text: duplicates are found without the text itself. */
  textSha: string;
  ids: string[];
  manifest: ReportMeta[];
}

/** A cache folder of results keyed by source hash, for one pipeline version. */
export class IngestCache {
  readonly dir: string;
  constructor(root: string, version: string) {
    this.dir = join(root, version);
  }
  get(sha: string): SourceResult | undefined {
    try {
      return JSON.parse(readFileSync(join(this.dir, `${sha}.json`), 'utf8')) as SourceResult;
    } catch {
      return undefined;
    }
  }
  set(sha: string, result: SourceResult): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, `${sha}.json`), JSON.stringify(result));
  }
  /** What the last run published per (source hash, file name), for `out`; empty if none. */
  readPublished(out: string): Map<string, Published> {
    try {
      const saved = JSON.parse(readFileSync(join(this.dir, 'published.json'), 'utf8')) as { out: string; sources: Record<string, Published> };
      return saved.out === out ? new Map(Object.entries(saved.sources)) : new Map();
    } catch {
      return new Map();
    }
  }
  writePublished(out: string, sources: Map<string, Published>): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, 'published.json'), JSON.stringify({ out, sources: Object.fromEntries(sources) }));
  }
  /** Drops the entries of older pipeline versions. */
  prune(): void {
    const root = dirname(this.dir);
    for (const name of safeList(root)) if (join(root, name) !== this.dir) rmSync(join(root, name), { recursive: true, force: true });
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
