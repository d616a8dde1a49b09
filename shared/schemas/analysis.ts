/**
 * The corpus analysis's output, written by `npm run analyse` to `content/analysis/` and read
 * by the site. One schema for both sides: the analysis validates what it writes, the site
 * validates what it reads, and types come from here.
 */
import { z } from 'zod';

/** A place in a report a reader can be sent to: `/reports/<reportId>/#<blockId>`. */
export const anchorSchema = z.object({
  reportId: z.string(),
  /** `p-N` or `h-N`, as written in the report's MDX. */
  blockId: z.string(),
});

/** One theme of the taxonomy (content/themes.yaml), as the site shows it. */
export const themeEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string(),
  description: z.string(),
  variants: z.array(z.string()),
  related: z.array(z.string()),
  documents: z.array(z.string()),
  /** Reports mentioning the theme, and mentions in all. */
  reportCount: z.number().int().nonnegative(),
  mentionCount: z.number().int().nonnegative(),
  perReport: z.array(z.object({ reportId: z.string(), count: z.number().int().positive() })),
  /**
   * Themes appearing in the same paragraph / report, strongest first. `paragraphs` counts
   * blocks (paragraphs and headings) mentioning both; `strength` is the Jaccard index of the
   * two themes' block sets (0–1: blocks with both / blocks with either).
   */
  cooccurring: z.array(
    z.object({
      theme: z.string(),
      paragraphs: z.number().int(),
      reports: z.number().int(),
      strength: z.number(),
      /** Added: the Jaccard index of the two themes' report sets (0–1); breaks ties in the order. */
      reportStrength: z.number().min(0).max(1).optional(),
    }),
  ),
  /** Every mention: where it is, the matched words and the sentence around them. */
  occurrences: z.array(anchorSchema.extend({ matched: z.string(), sentence: z.string() })),
});

/** A UTF-16 [start, end) span inside a block's text (the offsets marks use). */
const spanSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

/** A passage two reports (or two places of one report) share. */
export const sharedPassageSchema = z.object({
  a: anchorSchema,
  b: anchorSchema,
  /** The shared text as it stands in report a. */
  text: z.string(),
  /** Characters (code points) of `text`, newlines between blocks not counted. */
  chars: z.number().int().positive(),
  /** Stock official wording every report uses, not evidence of copying. */
  boilerplate: z.boolean(),
  /**
   * Added. Where the repeat was found: `text` — in the published text (the default when
   * absent); `duplicate-block` — the source page printed this run of blocks twice and the
   * ingest kept one copy (its `duplicate-block` repair record): `a` and `b` then both point
   * at the copy kept, which starts at `a.blockId` and runs to `through`.
   */
  origin: z.enum(['text', 'duplicate-block']).optional(),
  /** Added. The last block a passage spanning several blocks runs to (same report as `a`). */
  through: z.string().optional(),
  /** Added. Exact spans of the passage in a's and b's block text, for highlighting. */
  spans: z.object({ a: spanSchema, b: spanSchema }).optional(),
  /** Added. The shared text as it stands in report b (may differ by a few characters). */
  bText: z.string().optional(),
});

/** Two reports that share passages, with a similarity score. */
export const copiedPairSchema = z.object({
  a: z.string(),
  b: z.string(),
  /** Share of the shorter report's characters covered by shared, non-boilerplate passages (0–1). */
  similarity: z.number().min(0).max(1),
  sharedChars: z.number().int().nonnegative(),
  passages: z.array(sharedPassageSchema),
});

/** Stock wording found in many reports, kept apart from copying (added). */
export const boilerplatePassageSchema = z.object({
  /** The wording, normalised (punctuation and spaces removed). */
  text: z.string(),
  /** Reports using it. */
  reports: z.number().int().nonnegative(),
  /** `list`: one of our stock official formulae; `frequency`: shared by too many reports to be copying. */
  source: z.enum(['list', 'frequency']),
});

/** One copy of a passage family: where it stands, when its report was written, what is its own. */
export const familyCopySchema = anchorSchema.extend({
  /** UTF-16 span of the copy in its block's text. */
  span: spanSchema,
  /** The copy's text in runs: `true` for text every copy has, `false` for this copy's own wording. */
  pieces: z.array(z.tuple([z.boolean(), z.string()])),
  /** The years its report covers, ascending ([] when unknown). */
  years: z.array(z.number().int()),
  /** Its report's 成文日期 (ISO), when the frame gives one. */
  date: z.string().nullable(),
});

/**
 * Added. A passage three or more reports share: its copies in time order (years covered,
 * else the 成文日期; reports with neither last), the earliest holders, and the consensus
 * text — what every copy has, with … where the copies differ.
 */
export const passageFamilySchema = z.object({
  /** Stable while the consensus text stands: `f-` and a hash of it. */
  id: z.string().regex(/^f-[0-9a-f]+(?:-\d+)?$/),
  consensus: z.string(),
  /** Characters (code points) every copy has. */
  chars: z.number().int().positive(),
  /** Distinct reports holding a copy (≥ 3). */
  reports: z.number().int().min(3),
  /** The reports with the earliest time; several when they tie; [] when no copy's time is known. */
  earliest: z.array(z.string()),
  copies: z.array(familyCopySchema),
});

export const copiesSchema = z.object({
  /** Pairs with at least one non-boilerplate passage, most similar first. */
  pairs: z.array(copiedPairSchema),
  /** Groups of near-duplicate reports (template reuse), each sorted, largest first. */
  clusters: z.array(z.array(z.string())),
  /** Passages repeated inside one report (a = b report). */
  internal: z.array(sharedPassageSchema),
  /** Added: the stock formulae and over-shared passages told apart from copying. */
  boilerplate: z.array(boilerplatePassageSchema).optional(),
  /** Added: passages shared by three or more reports, largest family first. */
  families: z.array(passageFamilySchema).optional(),
});

/** A phrase recurring across reports that is not yet a theme: a candidate for the taxonomy. */
export const phraseSchema = z.object({
  phrase: z.string(),
  reports: z.number().int().positive(),
  mentions: z.number().int().positive(),
  /** Generic official wording (高度重视, 进一步加强 …) rather than a policy term. */
  boilerplate: z.boolean(),
});

/** A figure stated in a report: 义务教育巩固率保持在100% → indicator/value/unit. */
export const indicatorSchema = anchorSchema.extend({
  indicator: z.string(),
  /** The indicator under its one name for comparing places and years (学前三年毛入园率), when it is one of the reviewed list's. */
  canonical: z.string().nullable(),
  /** `target`: a goal (确保…达到, 力争); `achieved`: a result. */
  kind: z.enum(['achieved', 'target']),
  /** The number; null when the report masks it (*%, XX%). */
  value: z.number().nullable(),
  masked: z.boolean(),
  /** The figure as written, e.g. `100%`, `91.5`, `*%`, `XXX万元`. */
  raw: z.string(),
  unit: z.string(),
  year: z.number().int().nullable(),
  sentence: z.string(),
});

/** The analysis files in content/analysis/ and what each holds (added). */
export const themesFileSchema = z.array(themeEntrySchema);
export const phrasesFileSchema = z.array(phraseSchema);
export const indicatorsFileSchema = z.array(indicatorSchema);

/**
 * File names of the analysis output (added). `exports/` holds the public downloads the site
 * copies to `/data/`: reports.json, themes.json, passages.csv, theme-matrix.csv, copies.json,
 * indicators.csv (CSV: UTF-8 with BOM, header row, RFC 4180 quoting).
 */
export const ANALYSIS_FILES = {
  themes: 'themes.json',
  copies: 'copies.json',
  phrases: 'phrases.json',
  indicators: 'indicators.json',
  exportsDir: 'exports',
} as const;

export type Anchor = z.infer<typeof anchorSchema>;
export type ThemeEntry = z.infer<typeof themeEntrySchema>;
export type SharedPassage = z.infer<typeof sharedPassageSchema>;
export type CopiedPair = z.infer<typeof copiedPairSchema>;
export type Copies = z.infer<typeof copiesSchema>;
export type Phrase = z.infer<typeof phraseSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type BoilerplatePassage = z.infer<typeof boilerplatePassageSchema>;
export type PassageFamily = z.infer<typeof passageFamilySchema>;
export type FamilyCopy = z.infer<typeof familyCopySchema>;
