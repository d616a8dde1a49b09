/**
 * The small derived values (byline, place key, year label, short title) every list and page
 * shows the same way. Pure functions of the manifest fields, usable outside Astro.
 */
import type { ReportMeta } from '../../shared/schemas/report.ts';
import { UNNAMED } from './labels.ts';

/** Chinese collation, so titles sort as a Chinese reader expects (by pinyin). */
export const zhCollator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * Who or where a report is from, as one facet: the place when named, else the issuer, else
 * 未署名. Issuer and place overlap (苏州 / 苏州市教育局), and readers filter by either.
 */
export function placeOf(r: Pick<ReportMeta, 'place' | 'issuer'>): string {
  return r.place ?? r.issuer ?? UNNAMED;
}

/** 2022—2023年, 2021年, or 年份未注明. */
export function yearsLabel(years: readonly number[]): string {
  if (years.length === 0) return '年份未注明';
  if (years.length === 1) return `${years[0]}年`;
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1] + 1);
  return consecutive ? `${years[0]}—${years[years.length - 1]}年` : `${years.join('、')}年`;
}

/** One line under a title: issuer or place · years · document type. */
export function byline(r: Pick<ReportMeta, 'issuer' | 'place' | 'years' | 'docType'>): string {
  return [bylineName(r), yearsLabel(r.years), r.docType].join(' · ');
}

/** Who a byline names: the issuer, else the place, else 未署名. */
export function bylineName(r: Pick<ReportMeta, 'issuer' | 'place'>): string {
  return r.issuer ?? r.place ?? UNNAMED;
}

/** A title short enough for a chart label, with an ellipsis when cut. */
export function shortTitle(title: string, max = 16): string {
  const chars = [...title];
  return chars.length <= max ? title : `${chars.slice(0, max - 1).join('')}…`;
}
