/**
 * The corpus analysis (`npm run analyse` → content/analysis/*.json), read at build time and
 * validated against the analysis's own schema, so a change on that side fails the build here
 * rather than rendering wrong pages. When the analysis has not been run (a bare `astro dev`
 * after ingest), every accessor returns empty data and pages say so instead of breaking.
 *
 * The files are read from disk, not imported: an import makes Vite bundle them as modules,
 * and at 10,000 reports themes.json alone is ~60 MB of JSON turned into JavaScript for the
 * bundler to hold (docs/performance.md). They are read once per build, and in dev again
 * whenever the dev loop's `npm run analyse` has rewritten them.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import {
  copiesSchema,
  indicatorSchema,
  phraseSchema,
  themeEntrySchema,
  type CopiedPair,
  type Copies,
  type Indicator,
  type PassageFamily,
  type Phrase,
  type SharedPassage,
  type ThemeEntry,
} from '../../shared/schemas/analysis.ts';

const FILES = ['themes.json', 'copies.json', 'phrases.json', 'indicators.json'];

/** content/analysis under the project root, where Astro and npm run the build. */
const analysisDir = () => resolve(process.cwd(), 'content/analysis');

function read<T>(name: string, schema: z.ZodType<T>, empty: T): T {
  let text: string;
  try {
    text = readFileSync(join(analysisDir(), name), 'utf8');
  } catch {
    return empty;
  }
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new Error(
      `content/analysis/${name} does not match shared/schemas/analysis.ts:\n${z.prettifyError(parsed.error)}`,
    );
  return parsed.data;
}

export interface Analysis {
  /** False until `npm run analyse` has written its files. */
  available: boolean;
  themes: ThemeEntry[];
  copies: Copies;
  phrases: Phrase[];
  indicators: Indicator[];
}

/** Groups items by report id once, so per-report lookups cost O(1), not a scan of the corpus. */
function byReport<T>(items: T[], ids: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const id of new Set(ids(item))) {
      const list = map.get(id);
      if (list) list.push(item);
      else map.set(id, [item]);
    }
  }
  return map;
}

/** The analysis and its per-report indexes. */
function load() {
  const data: Analysis = {
    available: stampOf('themes.json') > 0,
    themes: read('themes.json', z.array(themeEntrySchema), []),
    copies: read('copies.json', copiesSchema, { pairs: [], clusters: [], internal: [] }),
    phrases: read('phrases.json', z.array(phraseSchema), []),
    indicators: read('indicators.json', z.array(indicatorSchema), []),
  };
  return {
    data,
    themeById: new Map(data.themes.map((t) => [t.id, t])),
    themesByReport: byReport(
      data.themes.flatMap((theme) => theme.perReport.map((p) => ({ theme, count: p.count, reportId: p.reportId }))),
      (hit) => [hit.reportId],
    ),
    indicatorsByReport: byReport(data.indicators, (i) => [i.reportId]),
    pairsByReport: byReport(
      data.copies.pairs.filter((p) => p.a !== p.b),
      (p) => [p.a, p.b],
    ),
    internalByReport: byReport(data.copies.internal, (p) => [p.a.reportId]),
    clusterByReport: new Map(data.copies.clusters.flatMap((c) => c.map((id) => [id, c] as const))),
    familiesByReport: byReport(data.copies.families ?? [], (f) => f.copies.map((c) => c.reportId)),
  };
}

function stampOf(name: string): number {
  try {
    return statSync(join(analysisDir(), name)).mtimeMs;
  } catch {
    return 0;
  }
}

let loaded: { stamp: string; value: ReturnType<typeof load> } | undefined;

/** The analysis as last written: read once in a build; in dev re-read when a file changed. */
function current(): ReturnType<typeof load> {
  if (loaded && !import.meta.env.DEV) return loaded.value;
  const stamp = FILES.map(stampOf).join(' ');
  if (loaded?.stamp !== stamp) loaded = { stamp, value: load() };
  return loaded.value;
}

/** Everything the analysis wrote, validated once per build (per change, in dev). */
export const analysis: Analysis = {
  get available() {
    return current().data.available;
  },
  get themes() {
    return current().data.themes;
  },
  get copies() {
    return current().data.copies;
  },
  get phrases() {
    return current().data.phrases;
  },
  get indicators() {
    return current().data.indicators;
  },
};

/** A theme by id; undefined for an id the taxonomy does not have. */
export function themeOf(id: string): ThemeEntry | undefined {
  return current().themeById.get(id);
}

/** The themes a report mentions, most mentions first (ties by the theme order). */
export function themesOfReport(reportId: string): { theme: ThemeEntry; count: number }[] {
  return (current().themesByReport.get(reportId) ?? [])
    .map(({ theme, count }) => ({ theme, count }))
    .sort((a, b) => b.count - a.count);
}

/** Theme id → the ids of the reports mentioning it. */
export function themeMentions(): Map<string, Set<string>> {
  return new Map(analysis.themes.map((t) => [t.id, new Set(t.perReport.map((p) => p.reportId))]));
}

/** The figures stated in a report, in text order. */
export function indicatorsOf(reportId: string): Indicator[] {
  return current().indicatorsByReport.get(reportId) ?? [];
}

/** A pair seen from one report: `other` is the other report, passages oriented so `mine` is this one's. */
export interface PairView {
  other: string;
  /** The pair's side-by-side page, `/compare/<a>/<b>/` in the analysis' order (without the base). */
  comparePath: string;
  similarity: number;
  sharedChars: number;
  /** `text` as it stands in this report, `theirText` in the other one (may differ slightly). */
  passages: {
    mine: SharedPassage['a'];
    theirs: SharedPassage['a'];
    text: string;
    theirText?: string;
    chars: number;
    boilerplate: boolean;
  }[];
}

function orient(pair: CopiedPair, reportId: string): PairView {
  const flip = pair.b === reportId && pair.a !== reportId;
  return {
    other: flip ? pair.a : pair.b,
    comparePath: `/compare/${pair.a}/${pair.b}/`,
    similarity: pair.similarity,
    sharedChars: pair.sharedChars,
    passages: pair.passages.map((p) => ({
      mine: flip ? p.b : p.a,
      theirs: flip ? p.a : p.b,
      text: flip ? (p.bText ?? p.text) : p.text,
      theirText: flip ? p.text : p.bText,
      chars: p.chars,
      boilerplate: p.boilerplate,
    })),
  };
}

/** Reports sharing passages with this one, most similar first. */
export function pairsOf(reportId: string): PairView[] {
  return (current().pairsByReport.get(reportId) ?? [])
    .map((p) => orient(p, reportId))
    .sort((x, y) => y.similarity - x.similarity || y.sharedChars - x.sharedChars);
}

/** Passages repeated inside this one report. */
export function internalRepeatsOf(reportId: string): SharedPassage[] {
  return current().internalByReport.get(reportId) ?? [];
}

/** The near-duplicate group (template reuse) a report belongs to, if any. */
export function clusterOf(reportId: string): string[] | undefined {
  return current().clusterByReport.get(reportId);
}

/** Passages this report shares with two or more other reports, largest family first. */
export function familiesOf(reportId: string): PassageFamily[] {
  return current().familiesByReport.get(reportId) ?? [];
}
