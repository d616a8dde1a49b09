/**
 * Theme × report analysis: for every theme of the taxonomy, the reports and blocks that
 * mention it (the ingest's theme marks, read back from the MDX), every occurrence with its
 * sentence, and the themes it co-occurs with. Themes no report mentions are still listed
 * (with zero counts), so the site can show the whole taxonomy.
 */
import type { ThemeEntry } from '../../shared/schemas/analysis.ts';
import type { Taxonomy } from '../../shared/schemas/theme.ts';
import { variantTerm } from '../ingest/themes.ts';
import { byCodePoint, type CorpusReport } from './corpus.ts';
import { sentenceAround } from './text/sentence.ts';
import { cooccurrences, type ThemePlaces } from './themes/cooccurrence.ts';

/** The analysis of every theme, in taxonomy order. */
export function analyseThemes(reports: CorpusReport[], taxonomy: Taxonomy): ThemeEntry[] {
  const known = new Set(taxonomy.themes.map((t) => t.id));
  const occurrences = new Map<string, ThemeEntry['occurrences']>(taxonomy.themes.map((t) => [t.id, []]));
  const places = new Map<string, ThemePlaces>(
    taxonomy.themes.map((t) => [t.id, { blocks: new Set(), reports: new Set() }]),
  );
  const perReport = new Map<string, Map<string, number>>(taxonomy.themes.map((t) => [t.id, new Map()]));

  for (const report of [...reports].sort((a, b) => byCodePoint(a.meta.id, b.meta.id))) {
    const reportId = report.meta.id;
    for (const block of report.blocks) {
      for (const mark of block.marks) {
        if (mark.kind !== 'theme' || !known.has(mark.theme!)) continue;
        const theme = mark.theme!;
        occurrences.get(theme)!.push({
          reportId,
          blockId: block.id,
          matched: block.text.slice(mark.start, mark.end),
          sentence: sentenceAround(block.text, mark.start, mark.end),
        });
        places.get(theme)!.blocks.add(`${reportId}#${block.id}`);
        places.get(theme)!.reports.add(reportId);
        const counts = perReport.get(theme)!;
        counts.set(reportId, (counts.get(reportId) ?? 0) + 1);
      }
    }
  }

  const related = cooccurrences(places);
  return taxonomy.themes.map((t): ThemeEntry => {
    const counts = [...perReport.get(t.id)!].map(([reportId, count]) => ({ reportId, count }));
    counts.sort((a, b) => b.count - a.count || byCodePoint(a.reportId, b.reportId));
    return {
      id: t.id,
      name: t.name,
      description: t.description,
      variants: t.variants.map(variantTerm),
      related: t.related,
      documents: t.documents,
      reportCount: counts.length,
      mentionCount: occurrences.get(t.id)!.length,
      perReport: counts,
      cooccurring: related.get(t.id)!,
      occurrences: occurrences.get(t.id)!,
    };
  });
}
