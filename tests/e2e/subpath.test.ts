/**
 * The site built for a sub-path (`BASE_PATH=/sub/`): links, assets, search and data all under
 * /sub/. Its search index is cut into shards of two reports, so the same searches also check
 * that the search page merges every shard, and its report list is paged by four, so the list
 * scenarios page through it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteScenarios, useSite } from './scenarios.ts';

const get = useSite('/sub/', { SEARCH_SHARD_PAGES: '2', REPORT_LIST_PAGE_SIZE: '4' });

describe('site under the sub-path /sub/', () => {
  siteScenarios(get);

  it('wrote its search index in shards of two reports, listed for the search page', () => {
    const { built, reports } = get();
    const list = JSON.parse(readFileSync(join(built.dist, 'pagefind', 'shards.json'), 'utf8')) as {
      language: string;
      merge: string[];
    };
    expect(list.language).toBe('und');
    expect(list.merge[0]).toBe('shard-1/');
    // Cells of a year are packed whole while they fit, so a shard may hold one report.
    const counts = ['', ...list.merge].map((dir) => {
      const entry = JSON.parse(readFileSync(join(built.dist, 'pagefind', dir, 'pagefind-entry.json'), 'utf8'));
      return entry.languages.und.page_count as number;
    });
    expect(counts.every((n) => n >= 1 && n <= 2)).toBe(true);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(reports.length);
  });

  it("publishes one result text per report for all shards, and none of Pagefind's page data or UI", () => {
    const { built, reports } = get();
    const index = join(built.dist, 'pagefind');
    expect(readdirSync(join(index, 'texts')).filter((f) => f.endsWith('.json.gz'))).toHaveLength(reports.length);
    for (const dir of ['', 'shard-1/']) expect(existsSync(join(index, dir, 'fragment'))).toBe(false);
    expect(readdirSync(index).filter((f) => /ui|highlight/.test(f))).toEqual([]);
  });
});
