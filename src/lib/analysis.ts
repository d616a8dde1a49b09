/**
 * The corpus analysis (`npm run analyse` → content/analysis/*.json), read at build time and
 * validated against the analysis's own schema, so a change on that side fails the build here
 * rather than rendering wrong pages. When the analysis has not been run (a bare `astro dev`
 * after ingest), every accessor returns empty data and pages say so instead of breaking.
 */
import { z } from 'zod';
import {
  copiesSchema,
  indicatorSchema,
  phraseSchema,
  themeEntrySchema,
  type CopiedPair,
  type Copies,
  type Indicator,
  type Phrase,
  type SharedPassage,
  type ThemeEntry,
} from '../schemas/analysis.ts';

/** Vite resolves the glob at build time; a missing file simply is not in the map. */
const files = import.meta.glob('/content/analysis/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;

function read<T>(name: string, schema: z.ZodType<T>, empty: T): T {
  const raw = files[`/content/analysis/${name}`];
  if (raw === undefined) return empty;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`content/analysis/${name} does not match src/schemas/analysis.ts:\n${z.prettifyError(parsed.error)}`);
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

/** Everything the analysis wrote, validated once per build. */
export const analysis: Analysis = {
  available: '/content/analysis/themes.json' in files,
  themes: read('themes.json', z.array(themeEntrySchema), []),
  copies: read('copies.json', copiesSchema, { pairs: [], clusters: [], internal: [] }),
  phrases: read('phrases.json', z.array(phraseSchema), []),
  indicators: read('indicators.json', z.array(indicatorSchema), []),
};

const themeById = new Map(analysis.themes.map((t) => [t.id, t]));

/** A theme by id; undefined for an id the taxonomy does not have. */
export function themeOf(id: string): ThemeEntry | undefined {
  return themeById.get(id);
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

const themesByReport = byReport(
  analysis.themes.flatMap((theme) => theme.perReport.map((p) => ({ theme, count: p.count, reportId: p.reportId }))),
  (hit) => [hit.reportId],
);
const indicatorsByReport = byReport(analysis.indicators, (i) => [i.reportId]);
const pairsByReport = byReport(analysis.copies.pairs.filter((p) => p.a !== p.b), (p) => [p.a, p.b]);
const internalByReport = byReport(analysis.copies.internal, (p) => [p.a.reportId]);
const clusterByReport = new Map(analysis.copies.clusters.flatMap((c) => c.map((id) => [id, c] as const)));

/** The themes a report mentions, most mentions first (ties by the theme order). */
export function themesOfReport(reportId: string): { theme: ThemeEntry; count: number }[] {
  return (themesByReport.get(reportId) ?? []).map(({ theme, count }) => ({ theme, count })).sort((a, b) => b.count - a.count);
}

/** The figures stated in a report, in text order. */
export function indicatorsOf(reportId: string): Indicator[] {
  return indicatorsByReport.get(reportId) ?? [];
}

/** A pair seen from one report: `other` is the other report, passages oriented so `mine` is this one's. */
export interface PairView {
  other: string;
  similarity: number;
  sharedChars: number;
  /** `text` as it stands in this report, `theirText` in the other one (may differ slightly). */
  passages: { mine: SharedPassage['a']; theirs: SharedPassage['a']; text: string; theirText?: string; chars: number; boilerplate: boolean }[];
}

function orient(pair: CopiedPair, reportId: string): PairView {
  const flip = pair.b === reportId && pair.a !== reportId;
  return {
    other: flip ? pair.a : pair.b,
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
  return (pairsByReport.get(reportId) ?? [])
    .map((p) => orient(p, reportId))
    .sort((x, y) => y.similarity - x.similarity || y.sharedChars - x.sharedChars);
}

/** Passages repeated inside this one report. */
export function internalRepeatsOf(reportId: string): SharedPassage[] {
  return internalByReport.get(reportId) ?? [];
}

/** The near-duplicate group (template reuse) a report belongs to, if any. */
export function clusterOf(reportId: string): string[] | undefined {
  return clusterByReport.get(reportId);
}
