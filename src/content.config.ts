/**
 * The reports collection: the MDX files `npm run ingest` writes, validated against the same
 * schema the writer validated them with (the collection keeps all but the page-only text).
 */
import { defineCollection } from 'astro:content';
import { reportsLoader } from './loaders/reports.ts';
import { reportEntrySchema } from '../shared/schemas/report.ts';

const reports = defineCollection({
  loader: reportsLoader({ base: './content/reports' }),
  schema: reportEntrySchema,
});

export const collections = { reports };
