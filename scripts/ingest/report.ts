/**
 * A processed document + its place in the corpus → the report's frontmatter (which the
 * schema validates) and its manifest entry (the frontmatter minus page-only fields).
 */
import type { ReportFrontmatter, ReportMeta } from '../../shared/schemas/report.ts';
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

/**
 * Characters as the reader counts them: code points, a surrogate pair being one (as
 * `[...text].length` counts, without building the array of one-character strings).
 */
export function codePointCount(text: string): number {
  let pairs = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return text.length - pairs;
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
    placeCode: doc.placeCode,
    placePath: doc.placePath,
    level: doc.level,
    years: doc.years,
    docType: doc.docType,
    official: doc.official,
    sourceSite: doc.sourceSite,
    flags: doc.flags,
    repairs: doc.repairs,
    stripped: { count: doc.removed.length, rules: ruleCounts(doc.removed) },
    chars: doc.blocks.reduce((n, b) => n + codePointCount(b.text), 0),
    paragraphs: doc.blocks.filter((b) => b.kind === 'paragraph').length,
    themes: doc.themes,
    outline: doc.blocks.flatMap((b, i) => (b.kind === 'heading' ? [{ id: ids[i], level: b.level, text: b.text }] : [])),
    // A Simplified source's original is its canonical text: not written twice.
    original: doc.script === 'Hans' ? [] : doc.blocks.map((b, i) => ({ id: ids[i], text: b.original })),
    removed: doc.removed,
    layout: doc.layout,
  };
}

/** The manifest entry: the frontmatter without what only the report's own page shows. */
export function toManifestEntry(front: ReportFrontmatter): ReportMeta {
  const { outline: _outline, original: _original, removed: _removed, layout: _layout, ...meta } = front;
  return meta;
}
