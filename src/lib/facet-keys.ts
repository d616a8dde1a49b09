/**
 * How the report list's facet keys are spelled, for the build (./report-facets.ts) and the
 * list's script (./report-list-query.ts) alike.
 */
import type { Flag } from '../../shared/schemas/report.ts';

export const yearKey = (year: number): string => `y${year}`;
export const themeKey = (themeId: string): string => `th-${themeId}`;
export const flagKey = (kind: Flag['kind']): string => `f-${kind}`;

/** Reports with no year, no theme, no flag. */
export const NO_YEAR = 'y-none';
export const NO_THEME = 'th-none';
export const NO_FLAG = 'f-none';

/** The theme id a theme key stands for. */
export const themeOfKey = (key: string): string => key.slice(themeKey('').length);
