/**
 * Passage families as the pages show them: the family's page, when each copy was written,
 * the earliest holders in a sentence. Pure, so the sentences are tested without a build.
 */
import type { FamilyCopy, PassageFamily } from '../../shared/schemas/analysis.ts';
import { yearsLabel } from './report-meta.ts';
import { url } from './url.ts';

/** `/passages/<id>/`, with the base. */
export const familyUrl = (id: string) => url(`/passages/${id}/`);

/** 2022年, else the 成文日期, else 时间不详. */
export function whenLabel(copy: Pick<FamilyCopy, 'years' | 'date'>): string {
  if (copy.years.length) return yearsLabel(copy.years);
  return copy.date ? `${copy.date}成文` : '时间不详';
}

/** The opening of a family's consensus, for lists and titles. */
export function familyExcerpt(family: Pick<PassageFamily, 'consensus'>, max = 40): string {
  const chars = [...family.consensus];
  return chars.length <= max ? family.consensus : `${chars.slice(0, max).join('').replace(/…$/, '')}…`;
}

/** Who held the passage first: one report, several of the same time, or nobody known. */
export function earliestSentence(family: PassageFamily, titles: Map<string, string>): string {
  const named = family.earliest.map((id) => `《${titles.get(id) ?? id}》`);
  if (named.length === 0) return '各篇报告的时间都不详，无法判断谁先写下这段话。';
  const when = whenLabel(family.copies.find((c) => c.reportId === family.earliest[0])!);
  if (named.length === 1) return `最早的是${named[0]}（${when}）。`;
  return `最早的 ${named.length} 篇同在${when}：${named.join('、')}。`;
}
