/**
 * Indicators: figures stated in the reports, as indicator / value / unit / year with the
 * sentence they come from — “义务教育巩固率保持在100%” → 义务教育巩固率, 100, %. Masked
 * figures (*%, XX%) are listed as masked with no value: a template's placeholder is not
 * data, and averaging it as a number would be wrong.
 */
import type { Indicator } from '../../shared/schemas/analysis.ts';
import { byCodePoint, type CorpusReport } from './corpus.ts';
import { canonicalIndicator, figureKind } from './indicators/canonical.ts';
import { findFigures } from './indicators/figures.ts';
import { notAnIndicator } from './indicators/not-indicators.ts';
import { indicatorName, sharesName } from './indicators/name.ts';
import { SectionYears, yearNear } from './indicators/years.ts';
import { sentenceAround, sentenceBounds } from './text/sentence.ts';

/** Names that make a bare number a score (得分为91.5), with the unit it is in. */
const SCORE = /(?:得分|分数|评分|分值)$/;
const INDEX = /(?:指数|系数)$/;

/** The indicators of one report, in text order. */
export function reportIndicators(report: CorpusReport): Indicator[] {
  const out: Indicator[] = [];
  const sections = new SectionYears();
  for (const block of report.blocks) {
    if (block.kind === 'heading') sections.enter(block.level, block.text);
    let previous: { end: number; name: string } | null = null;
    for (const f of findFigures(block.text, block.marks)) {
      if (notAnIndicator(block.text, f) !== null) continue;
      const between = previous ? block.text.slice(previous.end, f.start) : null;
      const name: string =
        previous && between !== null && sharesName(between)
          ? previous.name
          : indicatorName(block.text, f.start, f.end, previous?.end ?? 0);
      let unit = f.unit;
      if (f.bare) {
        if (SCORE.test(name)) unit = '分';
        else if (!INDEX.test(name)) continue;
      }
      if (name === '') continue;
      previous = { end: f.end, name };
      const [from, to] = sentenceBounds(block.text, f.start, f.end);
      const sentence = sentenceAround(block.text, f.start, f.end, 160);
      out.push({
        reportId: report.meta.id,
        blockId: block.id,
        indicator: name,
        canonical: canonicalIndicator(name, sentence),
        kind: figureKind(block.text.slice(from, f.start), block.text.slice(f.end, to)),
        value: f.masked ? null : f.value,
        masked: f.masked,
        raw: f.raw,
        unit,
        year: yearNear(block.text, from, to, f.start) ?? sections.current(),
        sentence,
      });
    }
  }
  return out;
}

/** Every report's indicators, reports in id order (`indicatorsOf`: a cache's, else computed). */
export function findIndicators(
  reports: CorpusReport[],
  indicatorsOf: (report: CorpusReport) => Indicator[] = reportIndicators,
): Indicator[] {
  return [...reports].sort((a, b) => byCodePoint(a.meta.id, b.meta.id)).flatMap((r) => indicatorsOf(r));
}
