/**
 * What the comparison pages need at build time: a report's blocks as the comparison reads
 * them (from its MDX, as the analysis does), and the themes each of two reports has alone.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readBlocks } from '../../shared/read-report.ts';
import type { CompareBlock, ThemeGap } from '../../shared/compare.ts';
import type { ReportEntry } from './reports.ts';

/** The blocks of a report's MDX file (the collection entry records where it is). */
export function blocksOf(entry: ReportEntry): CompareBlock[] {
  return readBlocks(readFileSync(resolve(process.cwd(), entry.filePath!), 'utf8')).map((b) => ({
    id: b.id,
    text: b.text,
  }));
}

/** Theme names only one of two reports mentions. */
export function themeGap(a: ReportEntry, b: ReportEntry, names: Map<string, string>): ThemeGap {
  const of = (entry: ReportEntry) => new Set(Object.keys(entry.data.themes));
  const [ta, tb] = [of(a), of(b)];
  const named = (ids: string[]) => ids.map((id) => names.get(id) ?? id);
  return { onlyA: named([...ta].filter((t) => !tb.has(t))), onlyB: named([...tb].filter((t) => !ta.has(t))) };
}
