/**
 * A processed document + its place in the corpus → the report's frontmatter (which the
 * schema validates) and its manifest entry (the frontmatter minus page-only fields).
 */
import type { ReportFrontmatter, ReportMeta } from '../../src/schemas/report.ts';
import type { ProcessedDocument } from './pipeline.ts';
import { blockIds } from './write.ts';

/** What the corpus adds to a document: its id and its source file. */
export interface SourceInfo {
  id: string;
  source: string;
  sourceSha256: string;
}

/** Counts of removed lines per rule, keys sorted so the output is byte-stable. */
function ruleCounts(removed: ProcessedDocument['removed']): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of [...removed].sort((a, b) => a.rule.localeCompare(b.rule))) counts[r.rule] = (counts[r.rule] ?? 0) + 1;
  return counts;
}

/** The frontmatter of one report. */
export function toFrontmatter(doc: ProcessedDocument, info: SourceInfo): ReportFrontmatter {
  const ids = blockIds(doc.blocks);
  return {
    id: info.id,
    title: doc.title,
    titleSource: doc.titleSource,
    source: info.source,
    sourceSha256: info.sourceSha256,
    part: doc.part,
    parts: doc.parts,
    encoding: doc.encoding,
    format: doc.format,
    script: doc.script,
    issuer: doc.issuer,
    place: doc.place,
    level: doc.level,
    years: doc.years,
    docType: doc.docType,
    sourceSite: doc.sourceSite,
    flags: doc.flags,
    repairs: doc.repairs,
    stripped: { count: doc.removed.length, rules: ruleCounts(doc.removed) },
    chars: doc.blocks.reduce((n, b) => n + [...b.text].length, 0),
    paragraphs: doc.blocks.filter((b) => b.kind === 'paragraph').length,
    themes: doc.themes,
    outline: doc.blocks.flatMap((b, i) => (b.kind === 'heading' ? [{ id: ids[i], level: b.level, text: b.text }] : [])),
    // A Simplified source's original is its canonical text: not written twice.
    original: doc.script === 'Hans' ? [] : doc.blocks.map((b, i) => ({ id: ids[i], text: b.original })),
    removed: doc.removed,
  };
}

/** The manifest entry: the frontmatter without what only the report's own page shows. */
export function toManifestEntry(front: ReportFrontmatter): ReportMeta {
  const { outline: _outline, original: _original, removed: _removed, ...meta } = front;
  return meta;
}
