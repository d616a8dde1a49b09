/**
 * The reports collection: the MDX files `npm run ingest` writes, validated against the same
 * schema the writer validated them with.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportFrontmatterSchema } from './schemas/report.ts';

const reports = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/reports', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: reportFrontmatterSchema,
});

export const collections = { reports };
