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
  /** Themes appearing in the same paragraph / report, strongest first. */
  cooccurring: z.array(
    z.object({ theme: z.string(), paragraphs: z.number().int(), reports: z.number().int(), strength: z.number() }),
  ),
  /** Every mention: where it is, the matched words and the sentence around them. */
  occurrences: z.array(
    anchorSchema.extend({ matched: z.string(), sentence: z.string() }),
  ),
});

/** A passage two reports (or two places of one report) share. */
export const sharedPassageSchema = z.object({
  a: anchorSchema,
  b: anchorSchema,
  /** The shared text as it stands in report a. */
  text: z.string(),
  chars: z.number().int().positive(),
  /** Stock official wording every report uses, not evidence of copying. */
  boilerplate: z.boolean(),
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

export const copiesSchema = z.object({
  pairs: z.array(copiedPairSchema),
  /** Groups of near-duplicate reports (template reuse), each sorted, largest first. */
  clusters: z.array(z.array(z.string())),
  /** Passages repeated inside one report (a = b report). */
  internal: z.array(sharedPassageSchema),
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
  /** The number; null when the report masks it (*%, XX%). */
  value: z.number().nullable(),
  masked: z.boolean(),
  /** The figure as written, e.g. `100%`, `91.5`, `*%`, `XXX万元`. */
  raw: z.string(),
  unit: z.string(),
  year: z.number().int().nullable(),
  sentence: z.string(),
});

export type Anchor = z.infer<typeof anchorSchema>;
export type ThemeEntry = z.infer<typeof themeEntrySchema>;
export type SharedPassage = z.infer<typeof sharedPassageSchema>;
export type CopiedPair = z.infer<typeof copiedPairSchema>;
export type Copies = z.infer<typeof copiesSchema>;
export type Phrase = z.infer<typeof phraseSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
