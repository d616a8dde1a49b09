/**
 * A theme's passages, split over pages. A theme such as 优质均衡 is mentioned by most reports;
 * listing every passage on one page made it 2.6 MB at 1,000 reports (26 MB at 10,000). So the
 * theme page holds the passages of its first `THEME_PAGE_REPORTS` reports and further pages
 * (/themes/<id>/2/, …) the rest, in the same order; every link to "this report's passages on
 * that theme" goes to the page that holds them.
 */
import type { ThemeEntry } from '../../shared/schemas/analysis.ts';
import { analysis } from './analysis.ts';
import { themePagePath } from './url.ts';

export { themePagePath };

/** Reports whose passages one theme page lists. */
export const THEME_PAGE_REPORTS = 100;

/** The theme's reports in passage order (order of first mention, as the analysis lists them). */
export function passageReports(theme: Pick<ThemeEntry, 'occurrences'>): string[] {
  return [...new Set(theme.occurrences.map((o) => o.reportId))];
}

/** The theme's reports, page by page (at least one page, maybe empty). */
export function themePages(theme: Pick<ThemeEntry, 'occurrences'>, size = THEME_PAGE_REPORTS): string[][] {
  const ids = passageReports(theme);
  const pages: string[][] = [];
  for (let i = 0; i < ids.length; i += size) pages.push(ids.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/** Which page of a theme's passages holds a report's (1 when the theme does not list it). */
export function themePageNumbers(
  themes: ReadonlyArray<Pick<ThemeEntry, 'id' | 'occurrences'>>,
  size = THEME_PAGE_REPORTS,
): (themeId: string, reportId: string) => number {
  const pageOfReport = new Map<string, number>();
  for (const theme of themes) {
    themePages(theme, size).forEach((ids, i) => {
      for (const id of ids) pageOfReport.set(`${theme.id} ${id}`, i + 1);
    });
  }
  return (themeId, reportId) => pageOfReport.get(`${themeId} ${reportId}`) ?? 1;
}

/** A link maker for these themes: to a theme's page, or to one report's passages on it. */
export function themeLinks(themes: ReadonlyArray<Pick<ThemeEntry, 'id' | 'occurrences'>>, size = THEME_PAGE_REPORTS) {
  return linksFrom(themePageNumbers(themes, size));
}

function linksFrom(pageOf: ReturnType<typeof themePageNumbers>) {
  return (themeId: string, reportId?: string): string => {
    if (!reportId) return themePagePath(themeId, 1);
    return `${themePagePath(themeId, pageOf(themeId, reportId))}#r-${reportId}`;
  };
}

let linker:
  | { themes: readonly ThemeEntry[]; pageOf: ReturnType<typeof themePageNumbers>; link: ReturnType<typeof themeLinks> }
  | undefined;

/** The analysis' themes' page numbers and links, worked out once per analysis. */
function currentLinker() {
  const themes = analysis.themes;
  if (linker?.themes !== themes) {
    const pageOf = themePageNumbers(themes);
    linker = { themes, pageOf, link: linksFrom(pageOf) };
  }
  return linker;
}

/** The link to a theme's page, or to one report's passages on it (on whichever page holds them). */
export function themeUrl(themeId: string, reportId?: string): string {
  return currentLinker().link(themeId, reportId);
}

/** Which page of a theme's passages holds this report's. */
export function themePageOf(themeId: string, reportId: string): number {
  return currentLinker().pageOf(themeId, reportId);
}
