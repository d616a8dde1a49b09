/**
 * The schema of the theme taxonomy, `content/themes.yaml`: data the user edits to add or
 * change themes. The ingest validates the file with it before matching anything, so a
 * malformed entry stops the run with a message naming the entry and the field, instead of
 * silently matching nothing.
 */
import { z } from 'zod';

/** Theme ids are URL slugs: the theme's page is `/themes/<id>/`. */
export const themeIdSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be a URL slug: lowercase letters, digits and single hyphens, e.g. jiaoshi-lungang',
  );

const term = z.string().trim().min(1, 'must not be empty');

/**
 * A variant that only counts in context: `托管` means after-school care next to 课后 or 暑期,
 * but 委托管理 of a weak school elsewhere. `requires`: at least one of these words must stand
 * within `window` characters of the match, in the same sentence; `excludes`: none of these may.
 */
export const contextVariantSchema = z
  .object({
    term,
    requires: z.array(term).min(1, 'must list at least one context word').optional(),
    excludes: z.array(term).min(1, 'must list at least one word').optional(),
    window: z.number().int().min(1).max(60).optional(),
  })
  .strict()
  .refine((v) => v.requires !== undefined || v.excludes !== undefined, {
    message:
      'a variant written as an object needs "requires" or "excludes" (otherwise write the term as a plain string)',
  });

/** A plain variant (a string: always counts) or a context variant. */
export const variantSchema = z.union([term, contextVariantSchema]);

/** One theme: what the site shows about it and the words that mention it. */
export const themeSchema = z
  .object({
    id: themeIdSchema,
    /** The name readers know it by; it is matched in the text too. */
    name: term,
    /** One paragraph, written by us, in Simplified Chinese. */
    description: z.string().trim().min(10, 'must be a sentence or more'),
    /** Other wordings of the theme, matched on the canonical (Simplified) text. */
    variants: z.array(variantSchema),
    /** Ids of related themes. */
    related: z.array(themeIdSchema),
    /** The official documents behind the theme, where known. */
    documents: z.array(term),
  })
  .strict();

/** The whole file. */
export const taxonomySchema = z
  .object({
    /**
     * Ordinary words a match may not cut through: 学前教育 makes 学前教育集团办学 read as
     * 学前教育 + 集团办学, never 教育集团; 一支 keeps 一支教师队伍 from reading as 支教.
     */
    protected: z.array(term).default([]),
    themes: z.array(themeSchema).min(1, 'must list at least one theme'),
  })
  .strict();

export type ContextVariant = z.infer<typeof contextVariantSchema>;
export type Variant = z.infer<typeof variantSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type Taxonomy = z.infer<typeof taxonomySchema>;
