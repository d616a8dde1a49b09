/**
 * The one schema of a report, shared by the ingest writer (which validates every
 * frontmatter it writes and every manifest entry) and by the Astro content collection
 * (which validates what it reads). Types elsewhere are derived from it, never restated.
 */
import { z } from 'zod';

/** A reader-visible warning about the text, with enough detail to judge it. */
export const flagSchema = z.object({
  kind: z.enum(['garbled', 'truncated', 'masked']),
  /** How many places (runs, placeholders; 1 for truncation). */
  count: z.number().int().nonnegative(),
  /** Up to a few short samples of the flagged text, in canonical script. */
  examples: z.array(z.string()),
  /** One sentence in Simplified Chinese for the reader, e.g. 原网页预览在此结束. */
  note: z.string(),
});

/** A repair the pipeline made to the text (not chrome: text that was there twice, etc.). */
export const repairSchema = z.object({
  kind: z.enum(['duplicate-block', 'repeated-title', 'hard-wrap', 'flattened-table', 'punctuation', 'pinyin-gloss']),
  count: z.number().int().positive(),
  examples: z.array(z.string()),
});

/** A source line the cleaner removed, and the rule that did it. */
export const removalSchema = z.object({
  line: z.number().int().positive(),
  text: z.string(),
  rule: z.string().min(1),
});

/** The frame of an official document (GB/T 9704): 红头, 发文字号, 签发人, 主送机关, 署名, 成文日期, 附件, 抄送/印发. */
export const officialSchema = z.object({
  /** 发文机关标志 (the 红头): 某某县教育局文件. */
  masthead: z.string().nullable(),
  /** 鲁政教督委〔2024〕1号: the whole number, its issuer code, year and serial. */
  number: z.object({ text: z.string(), code: z.string(), year: z.number().int(), serial: z.number().int() }).nullable(),
  /** 签发人 of an upward document (签发人：张三). */
  signatory: z.string().nullable(),
  addressee: z.string().nullable(),
  signer: z.string().nullable(),
  /** 成文日期 as an ISO date (2024-03-01). */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  attachments: z.array(z.string()),
  /** 抄送 and 印发 lines at the foot, as written. */
  distribution: z.array(z.string()),
});

export const scriptSchema = z.enum(['Hans', 'Hant', 'Hant-TW']);
export const levelSchema = z.enum(['省', '市', '区', '县', '镇', '未知']);

/** One entry of `reports.json`: everything a list, a filter or an outside tool needs. */
export const reportMetaSchema = z.object({
  /** Stable, URL-safe, unique: the page is `/reports/<id>/`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1),
  /** Where the title came from: the page itself, or derived from the text. */
  titleSource: z.enum(['page', 'derived']),
  /** File name in `content/sources/`, as dropped in. */
  source: z.string().min(1),
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** 1-based index inside a collection page; 1 for single-document sources. */
  part: z.number().int().positive(),
  /** How many documents the source held. */
  parts: z.number().int().positive(),
  encoding: z.string(),
  format: z.enum(['txt', 'html', 'pdf', 'docx', 'doc']),
  script: scriptSchema,
  /** Issuing body as named in the text, e.g. 苏州市教育局; null when anonymous. */
  issuer: z.string().nullable(),
  /** Place the report is about, its official name (苏州市, 栖霞区); null when not named or masked. */
  place: z.string().nullable(),
  /** GB/T 2260 division code of the place (320113), when the gazetteer resolves it. */
  placeCode: z
    .string()
    .regex(/^\d{6}$/)
    .nullable(),
  /** The place's divisions, province first (江苏省, 南京市, 栖霞区); [] when unresolved. */
  placePath: z.array(z.string()),
  level: levelSchema,
  /** Years the report covers (reviewed or planned), ascending. */
  years: z.array(z.number().int().min(1949).max(2100)),
  docType: z.string().min(1),
  /** The official-document frame, when the text has one; null for plain pages. */
  official: officialSchema.nullable(),
  /** The site the page was scraped from, when recognisable (人人文库, cnj8 …). */
  sourceSite: z.string().nullable(),
  flags: z.array(flagSchema),
  repairs: z.array(repairSchema),
  stripped: z.object({ count: z.number().int().nonnegative(), rules: z.record(z.string(), z.number().int()) }),
  /** Characters of canonical text (headings and paragraphs). */
  chars: z.number().int().nonnegative(),
  paragraphs: z.number().int().nonnegative(),
  /**
   * Theme mentions in the text, by theme id (content/themes.yaml), keys sorted; only themes
   * that occur. Each mention is also a link in the body (`a.theme-mention[data-theme]`).
   */
  themes: z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.number().int().positive()),
});

/** An entry of a report's heading outline, pointing at the heading's anchor. */
export const outlineEntrySchema = z.object({
  id: z.string(),
  level: z.number().int().min(1).max(4),
  text: z.string(),
});

/** The frontmatter of a report's MDX: its manifest entry plus what only its page needs. */
export const reportFrontmatterSchema = reportMetaSchema.extend({
  outline: z.array(outlineEntrySchema),
  /** The cleaned text in the source's own script, one entry per block, same anchors; empty for Simplified sources (identical to the text). */
  original: z.array(z.object({ id: z.string(), text: z.string() })),
  /** Every line the cleaner removed from the source, with its rule. */
  removed: z.array(removalSchema),
  /** What a PDF's or Word file's layout told the cleaner (title, page furniture, columns, numbering); [] for pages. */
  layout: z.array(z.string()),
});

/**
 * What the site's reports collection holds of a report: all of the frontmatter but the
 * page-only text (the original script, the removed lines), which the report page reads from
 * the file as it renders (src/lib/report-page.ts). The collection is held in memory for
 * the whole build, so what only one page needs stays out of it.
 */
export const reportEntrySchema = reportFrontmatterSchema.omit({ original: true, removed: true, layout: true });

/**
 * An inline span of canonical text shown marked: a flag the reader must see (garbled,
 * masked) or a theme mention linked to the theme's page. Written into the MDX body by
 * scripts/ingest/write.ts and read back by ../read-report.ts.
 */
export interface Mark {
  /** UTF-16 offsets into the block's canonical text, end exclusive. */
  start: number;
  end: number;
  kind: 'garbled' | 'masked' | 'theme';
  /** The theme id, for `theme` marks only. */
  theme?: string;
}

export type Flag = z.infer<typeof flagSchema>;
export type Repair = z.infer<typeof repairSchema>;
export type ReportMeta = z.infer<typeof reportMetaSchema>;
export type ReportFrontmatter = z.infer<typeof reportFrontmatterSchema>;
export type OutlineEntry = z.infer<typeof outlineEntrySchema>;
export type Level = z.infer<typeof levelSchema>;
export type Official = z.infer<typeof officialSchema>;
