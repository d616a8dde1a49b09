/**
 * The reports collection: the MDX files `npm run ingest` writes, validated against the same
 * schema the writer validated them with, their bodies rendered to HTML as they load.
 */
import { defineCollection } from 'astro:content';
import { reportsLoader } from './loaders/reports.ts';
import { reportFrontmatterSchema } from './schemas/report.ts';

const reports = defineCollection({
  loader: reportsLoader({ base: './content/reports' }),
  schema: reportFrontmatterSchema,
});

export const collections = { reports };
