/**
 * A theme's passages, split over pages. A theme such as 优质均衡 is mentioned by most reports;
 * listing every passage on one page made it 2.6 MB at 1,000 reports (26 MB at 10,000). So the
 * theme page holds the passages of its first `THEME_PAGE_REPORTS` reports and further pages
 * (/themes/<id>/2/, …) the rest, in the same order; every link to "this report's passages on
 * that theme" goes to the page that holds them.
 */
import type { ThemeEntry } from '../../shared/schemas/analysis.ts';
import { analysis } from './analysis.ts';
import { url } from './url.ts';

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

/** The path of page `page` (1-based) of a theme: page 1 is the theme page itself. */
export function themePagePath(themeId: string, page: number): string {
  return url(page <= 1 ? `/themes/${themeId}/` : `/themes/${themeId}/${page}/`);
}

/** A link maker for these themes: to a theme's page, or to one report's passages on it. */
export function themeLinks(themes: ReadonlyArray<Pick<ThemeEntry, 'id' | 'occurrences'>>, size = THEME_PAGE_REPORTS) {
  const pageOfReport = new Map<string, number>();
  for (const theme of themes) {
    themePages(theme, size).forEach((ids, i) => {
      for (const id of ids) pageOfReport.set(`${theme.id} ${id}`, i + 1);
    });
  }
  return (themeId: string, reportId?: string): string => {
    if (!reportId) return themePagePath(themeId, 1);
    return `${themePagePath(themeId, pageOfReport.get(`${themeId} ${reportId}`) ?? 1)}#r-${reportId}`;
  };
}

let linker: { themes: readonly ThemeEntry[]; link: ReturnType<typeof themeLinks> } | undefined;

/** The link to a theme's page, or to one report's passages on it (on whichever page holds them). */
export function themeUrl(themeId: string, reportId?: string): string {
  const themes = analysis.themes;
  if (linker?.themes !== themes) linker = { themes, link: themeLinks(themes) };
  return linker.link(themeId, reportId);
}
