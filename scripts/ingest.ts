/**
 * `npm run ingest -- [--sources content/sources] [--out content/reports] [--themes content/themes.yaml] [--check] [--strict]`
 *
 * Every file in the sources folder → one MDX per report and `<out>/reports.json`, theme
 * mentions marked from the taxonomy (loaded once; a malformed one stops the run in one line).
 * Sources are only read, never written. A file that cannot be used gets one line naming
 * it and the reason, and the rest go on. `--check` reports what would change and writes
 * nothing; `--strict` makes any skipped or flagged file fail the run. An output or cache
 * folder holding files the ingest did not write is refused (lib/folder-guard.ts, exit 2).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { batchedLog } from './ingest/runner/batched-log.ts';
import { toCacheEntry, type CacheEntry } from './ingest/runner/cache-entry.ts';
import { IngestCache, pipelineHash, type Published } from './ingest/runner/cache.ts';
import { assignIds, idsKnownFromNames } from './ingest/runner/ids.ts';
import { MAX_SOURCE_BYTES } from './ingest/limits.ts';
import { OutputFolder } from './ingest/runner/out-folder.ts';
import { fingerprintAt, unchanged, type Fingerprint } from './ingest/runner/fingerprint.ts';
import { formatOf } from './ingest/decode.ts';
import { processFile, type ProcessedDocument } from './ingest/pipeline.ts';
import { toFrontmatter, toManifestEntry } from './ingest/report.ts';
import { compileMatcher, parseTaxonomy, TaxonomyError } from './ingest/themes.ts';
import { GENERATED_MARK, renderReport } from './ingest/write.ts';
import { checkPlace, FolderError } from './lib/folder-guard.ts';
import { readSource, realFolder, shownName } from './lib/source-file.ts';
import type { ReportMeta } from '../shared/schemas/report.ts';

/** The taxonomy the project ships: content/themes.yaml next to the sources. */
export const DEFAULT_THEMES = join(import.meta.dirname, '..', 'content', 'themes.yaml');

interface Options {
  sources: string;
  out: string;
  cache: string;
  check: boolean;
  log: (line: string) => void;
  /** Path of the theme taxonomy; defaults to the project's content/themes.yaml. */
  themes?: string;
}

/** What one run did, for the summary line and for callers (dev watcher, tests, bench). */
export interface IngestSummary {
  files: number;
  reports: ReportMeta[];
  skipped: Array<{ source: string; reason: string }>;
  flagged: number;
  written: number;
  deleted: number;
  cached: number;
  /** Sources whose bytes were read: the others' fingerprints were those recorded last time. */
  read: number;
  ms: number;
}

/** A path as the user would type it: relative to the working folder when inside it. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** The taxonomy's text; a missing file is a taxonomy error (one line, the run stops). */
function readThemesFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new TaxonomyError(`${displayPath(path)}: theme taxonomy not found (create it, or pass --themes <file>)`);
  }
}

/**
 * Source names, sorted by code point so every machine reads them in one order. Every name
 * but hidden ones: what is not a readable file is skipped with its reason when its turn comes.
 */
function listSources(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function documentsOf(
  result: { ok: true; documents: ProcessedDocument[] } | { ok: false } | undefined,
): ProcessedDocument[] | undefined {
  return result?.ok ? result.documents : undefined;
}

/** The cache's key for a source: what the pipeline makes of bytes depends on how they are read (.txt, .html, .pdf …). */
function cacheKeyOf(sha: string, name: string): string {
  const kind = formatOf(name);
  return `${sha}.${'format' in kind ? kind.format : 'unsupported'}`;
}

/** A source that passed: its name, hashes, fingerprint when read and, once known, its ids. */
interface AcceptedSource {
  name: string;
  sha: string;
  textSha: string;
  parts: number;
  fingerprint: Fingerprint | null;
}

/** A publish record with the source's fingerprint of this run (none: not recorded). */
function withFingerprint(published: Published, fingerprint: Fingerprint | null): Published {
  const { source: _, ...rest } = published;
  return fingerprint ? { ...rest, source: fingerprint } : rest;
}

/** Runs the ingest (see the module comment). */
export async function ingest(options: Options): Promise<IngestSummary> {
  const started = performance.now();
  const { log } = options;
  const sourcesFolder = [{ role: 'sources folder', dir: options.sources }];
  checkPlace('output folder', options.out, sourcesFolder);
  checkPlace('cache folder', options.cache, [...sourcesFolder, { role: 'output folder', dir: options.out }]);
  const themesFile = options.themes ?? DEFAULT_THEMES;
  const themesText = readThemesFile(themesFile);
  const matcher = compileMatcher(parseTaxonomy(themesText, displayPath(themesFile)));
  const cache = new IngestCache(options.cache, pipelineHash([themesText]));
  const names = listSources(options.sources);
  const realSources = realFolder(options.sources);
  const read = (name: string) => readSource(options.sources, realSources, name, MAX_SOURCE_BYTES);
  const earlyIds = idsKnownFromNames(names);
  const previously = cache.readPublished(options.out);
  const out = new OutputFolder(options.out, options.check, GENERATED_MARK, previously);
  const skipped: IngestSummary['skipped'] = [];
  const accepted: AcceptedSource[] = [];
  /** Sources whose ids wait for the whole corpus (see idsKnownFromNames), with what they need then. */
  const waiting = new Map<string, { documents?: ProcessedDocument[]; published?: Published }>();
  const seenText = new Map<string, string>();
  /** What each source name was last time, for sources not read again (their fingerprint is unchanged). */
  const lastByName = new Map(
    [...previously.sources].map(([key, published]) => [
      key.slice(key.indexOf('\0') + 1),
      { sha: key.slice(0, key.indexOf('\0')), published },
    ]),
  );
  const reports: ReportMeta[] = [];
  const publishing = new Map<string, Published>();
  let cached = 0;
  let readCount = 0;

  const skip = (name: string, reason: string, progress?: string) => {
    skipped.push({ source: name, reason });
    log(`${progress ?? shownName(name)}: skipped — ${reason}`);
  };
  /** The documents of a source not at hand: from the cache, else read and processed again. */
  const documentsAgain = async (source: AcceptedSource): Promise<ProcessedDocument[] | string> => {
    const cachedDocs = documentsOf(cache.get(cacheKeyOf(source.sha, source.name)));
    if (cachedDocs) return cachedDocs;
    const again = read(source.name);
    if (!again.ok) return again.reason;
    if (createHash('sha256').update(again.bytes).digest('hex') !== source.sha)
      return 'changed during the run; run the ingest again';
    return (
      documentsOf(await processFile(again.bytes, source.name, matcher)) ??
      'changed during the run; run the ingest again'
    );
  };
  /** Writes a source's reports (or keeps them when unchanged) and records its manifest entries. */
  const publish = async (
    source: AcceptedSource,
    sourceIds: string[],
    documents: ProcessedDocument[] | undefined,
    published: Published | undefined,
  ) => {
    const key = `${source.sha}\0${source.name}`;
    // Kept only when every file holds the very bytes recorded: a run killed after writing
    // some of them, or a file edited by hand, is written again.
    if (
      published &&
      published.ids.join() === sourceIds.join() &&
      sourceIds.every((id, k) => out.hashOf(`${id}.mdx`) === published.mdx?.[k])
    ) {
      for (const id of sourceIds) out.keep(`${id}.mdx`);
      reports.push(...published.manifest);
      publishing.set(key, withFingerprint(published, source.fingerprint));
      return;
    }
    const docs = documents ?? (await documentsAgain(source));
    if (typeof docs === 'string') {
      publishing.delete(key);
      return skip(source.name, docs);
    }
    const mdx: string[] = [];
    const manifest = docs.map((doc, k) => {
      const front = toFrontmatter(doc, { id: sourceIds[k], source: source.name, sourceSha256: source.sha });
      mdx.push(out.put(`${sourceIds[k]}.mdx`, renderReport(front, doc.blocks)));
      return toManifestEntry(front);
    });
    reports.push(...manifest);
    publishing.set(
      key,
      withFingerprint({ textSha: source.textSha, ids: sourceIds, mdx, manifest }, source.fingerprint),
    );
  };
  /** Publishes an accepted source now when its ids are already final, else holds it for the end. */
  const accept = async (
    source: AcceptedSource,
    documents: ProcessedDocument[] | undefined,
    published: Published | undefined,
  ) => {
    accepted.push(source);
    const sourceIds = earlyIds(source.name, source.parts);
    if (sourceIds) return await publish(source, sourceIds, documents, published);
    // Holds the source's place, so what is published is listed in source order.
    publishing.set(`${source.sha}\0${source.name}`, published!);
    waiting.set(source.name, { documents, published });
  };

  // 1. Each source: read, hash, process (or take from the cache), drop duplicates; publish it
  // as soon as its ids are known.
  for (const [i, name] of names.entries()) {
    const progress = `[${i + 1}/${names.length}] ${shownName(name)}`;
    // Taken before the file is read: a change made while it is read shows next time.
    const fingerprint = options.check ? null : fingerprintAt(join(options.sources, name));
    const last = lastByName.get(name);
    // Not changed since the last run read it (./ingest/runner/fingerprint.ts): not read again.
    const same = last !== undefined && unchanged(fingerprint, last.published.source, previously.recordedAtNs);
    const file = same ? null : read(name);
    if (file) readCount++;
    if (file && !file.ok) {
      skip(name, file.reason, progress);
      continue;
    }
    const sha = file ? createHash('sha256').update(file.bytes).digest('hex') : last!.sha;
    // Published last time from these very bytes under this name: nothing to parse or process.
    const published = previously.sources.get(`${sha}\0${name}`);
    if (published) {
      cached++;
      const twin = seenText.get(published.textSha);
      if (twin) {
        skipped.push({ source: name, reason: `duplicate of ${shownName(twin)} (same text), published once` });
        log(`${progress}: skipped — duplicate of ${shownName(twin)}`);
        continue;
      }
      seenText.set(published.textSha, name);
      await accept(
        { name, sha, textSha: published.textSha, parts: published.ids.length, fingerprint },
        undefined,
        published,
      );
      const flagged = published.manifest.filter((m) => m.flags.length > 0).length;
      log(`${progress}: ${published.ids.length} report(s)${flagged ? `, ${flagged} flagged` : ''}`);
      continue;
    }
    const bytes = file!.bytes;
    const cacheKey = cacheKeyOf(sha, name);
    let result: CacheEntry | undefined = cache.get(cacheKey);
    if (result) cached++;
    else {
      try {
        result = toCacheEntry(await processFile(bytes, name, matcher));
      } catch (error) {
        result = { ok: false, reason: `internal error: ${(error as Error).message.split('\n')[0]}` };
      }
      if (!options.check) cache.set(cacheKey, result);
    }
    if (!result.ok) {
      skip(name, result.reason, progress);
      continue;
    }
    const textKey = result.textSha;
    const twin = seenText.get(textKey);
    if (twin) {
      skipped.push({ source: name, reason: `duplicate of ${shownName(twin)} (same text), published once` });
      log(`${progress}: skipped — duplicate of ${shownName(twin)}`);
      continue;
    }
    seenText.set(textKey, name);
    await accept(
      { name, sha, textSha: textKey, parts: result.documents.length, fingerprint },
      result.documents,
      undefined,
    );
    const flagged = result.documents.filter((d) => d.flags.length > 0).length;
    log(`${progress}: ${result.documents.length} report(s)${flagged ? `, ${flagged} flagged` : ''}`);
  }

  // 2. Ids across the corpus: the held sources published with theirs; the others' must agree.
  const ids = assignIds(accepted.map((s) => ({ name: s.name, parts: s.parts })));
  for (const source of accepted) {
    const held = waiting.get(source.name);
    if (held) await publish(source, ids.get(source.name)!, held.documents, held.published);
    else if (earlyIds(source.name, source.parts)!.join() !== ids.get(source.name)!.join()) {
      throw new Error(`ingest: ${source.name} was published under ids the whole corpus does not give it`);
    }
  }
  reports.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  out.put('reports.json', `${JSON.stringify(reports, null, 2)}\n`);

  // 3. Delete generated files whose source is gone; remember what was published.
  const deleted = out.removeStale();
  if (!options.check) {
    cache.writePublished(options.out, publishing, out.record());
    cache.prune();
  }

  const flagged = reports.filter((r) => r.flags.length > 0).length;
  return {
    files: names.length,
    reports,
    skipped,
    flagged,
    written: out.written,
    deleted,
    cached,
    read: readCount,
    ms: performance.now() - started,
  };
}

/** The closing lines: counts, then every skipped file with its reason. */
function summarise(s: IngestSummary, check: boolean): string[] {
  const verb = check ? 'would write' : 'wrote';
  return [
    `ingest: ${s.files} files → ${s.reports.length} reports (${s.flagged} flagged), ${s.skipped.length} skipped; ` +
      `${verb} ${s.written}, ${check ? 'would delete' : 'deleted'} ${s.deleted}, ${s.cached} from cache; ${(s.ms / 1000).toFixed(2)} s`,
    ...s.skipped.map((k) => `  skipped ${shownName(k.source)}: ${k.reason}`),
  ];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sources: { type: 'string', default: 'content/sources' },
      out: { type: 'string', default: 'content/reports' },
      cache: { type: 'string', default: '.cache/ingest' },
      check: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      themes: { type: 'string', default: 'content/themes.yaml' },
    },
  });
  const sources = resolve(values.sources);
  if (!existsSync(sources) || !statSync(sources).isDirectory()) {
    console.error(`ingest: sources folder not found: ${values.sources}`);
    process.exit(2);
  }
  let summary: IngestSummary;
  const progress = batchedLog((text) => process.stdout.write(text));
  try {
    summary = await ingest({
      sources,
      out: resolve(values.out),
      cache: resolve(values.cache),
      check: values.check,
      log: progress.log,
      themes: resolve(values.themes),
    });
  } catch (error) {
    progress.flush();
    if (!(error instanceof TaxonomyError || error instanceof FolderError)) throw error;
    console.error(`ingest: ${error.message}`);
    process.exit(error instanceof FolderError ? 2 : 1);
  }
  progress.flush();
  for (const line of summarise(summary, values.check)) console.log(line);
  if (values.strict && (summary.skipped.length > 0 || summary.flagged > 0)) {
    console.error(`ingest --strict: ${summary.skipped.length} skipped and ${summary.flagged} flagged reports`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
