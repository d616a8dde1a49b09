/** A theme's passages split over pages, links that find the page holding a report's passages, and the pager. */
import { describe, expect, it } from 'vitest';
import { pagerNumbers } from '../../src/lib/pager.ts';
import { passageReports, themeLinks, themePagePath, themePages, themeUrl } from '../../src/lib/theme-pages.ts';

const occurrences = ['r1', 'r1', 'r2', 'r3', 'r2', 'r4', 'r5'].map((reportId) => ({ reportId }));

describe('theme pages', () => {
  it('lists reports in order of first mention, page by page', () => {
    expect(passageReports({ occurrences } as never)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(themePages({ occurrences } as never, 2)).toEqual([['r1', 'r2'], ['r3', 'r4'], ['r5']]);
    expect(themePages({ occurrences: [] } as never, 2)).toEqual([[]]);
  });

  it('puts page 1 at the theme page and later pages under it', () => {
    expect(themePagePath('shuangjian', 1)).toBe('/themes/shuangjian/');
    expect(themePagePath('shuangjian', 3)).toBe('/themes/shuangjian/3/');
  });

  it("links a report's passages on the page that lists them", () => {
    const link = themeLinks([{ id: 'jituanhua', occurrences } as never], 2);
    expect(['r1', 'r3', 'r5'].map((r) => link('jituanhua', r))).toEqual([
      '/themes/jituanhua/#r-r1',
      '/themes/jituanhua/2/#r-r3',
      '/themes/jituanhua/3/#r-r5',
    ]);
    expect(link('jituanhua')).toBe('/themes/jituanhua/');
    // A theme the analysis does not list (or no analysis at all): links go to its first page.
    expect(themeUrl('no-such-theme', 'r1')).toBe('/themes/no-such-theme/#r-r1');
  });
});

describe('pager', () => {
  it('shows the first, the last and the pages near the current one, with gaps', () => {
    expect(pagerNumbers(3, 96)).toEqual([1, 2, 3, 4, 5, null, 96]);
    expect(pagerNumbers(50, 96)).toEqual([1, null, 48, 49, 50, 51, 52, null, 96]);
    expect(pagerNumbers(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerNumbers(1, 1)).toEqual([1]);
  });
});
