/**
 * The real-page corpus (tests/pages/): every page read, nothing ever lost, and floors under
 * the measures `npm run eval:pages` prints. The floors sit at what the pipeline reaches
 * today, on the pages tuned on and on the pages kept aside, so a change that makes the
 * cleaner or the metadata reader worse on real pages fails here; raise them as it improves.
 */
import { describe, expect, it } from 'vitest';
import { readPages } from '../scripts/eval-pages/corpus.ts';
import { scoreCorpus } from '../scripts/eval-pages.ts';
import { measure } from '../scripts/eval-pages/score.ts';

const { scores, problems } = scoreCorpus();
const dev = measure(scores.filter((s) => s.set === 'dev'));
const holdout = measure(scores.filter((s) => s.set === 'holdout'));

describe('real pages', () => {
  it('has 393 labelled pages from 388 sites, 64 kept aside, every folder readable', () => {
    expect(problems).toEqual([]);
    const { pages } = readPages();
    expect(pages.length).toBeGreaterThanOrEqual(393);
    expect(new Set(pages.map((p) => p.expected.site)).size).toBeGreaterThanOrEqual(388);
    // Rounds three and five; rounds six and seven joined dev once scored.
    expect(holdout.pages).toBeGreaterThanOrEqual(64);
  });

  it('loses no source line: each is published or in a removed record', () => {
    expect(scores.filter((s) => s.lost.length > 0).map((s) => `${s.name}: ${s.lost.join(',')}`)).toEqual([]);
    expect(scores.filter((s) => s.refused).map((s) => s.name)).toEqual([]);
  });

  it.each([
    // Rounds six and seven joined dev; their first readings were 33 % and 33.7 % chrome kept.
    ['dev', dev, { chromeKept: 0.044, bodyRemoved: 0.007, title: 0.76, years: 0.85, docType: 0.88, invented: 7 }],
    [
      'holdout',
      holdout,
      // Round eight (44 pages, held out, not yet scored) took years from 0.87 and invented from 3 to
      // what the 108 held-out pages hold (82.4 %, 8): read once, aggregate only.
      { chromeKept: 0.24, bodyRemoved: 0.006, title: 0.46, years: 0.82, docType: 0.53, invented: 8 },
    ],
  ] as const)('%s pages hold the floors', (_set, m, floor) => {
    expect(m.chromeKept / m.chromeLines).toBeLessThanOrEqual(floor.chromeKept);
    expect(m.bodyRemoved / m.bodyLines).toBeLessThanOrEqual(floor.bodyRemoved);
    expect(m.title).toBeGreaterThanOrEqual(floor.title);
    expect(m.years).toBeGreaterThanOrEqual(floor.years);
    expect(m.docType).toBeGreaterThanOrEqual(floor.docType);
    expect(m.invented).toBeLessThanOrEqual(floor.invented);
  });

  it('names issuers and places where the text does at least as often as today', () => {
    const share = ([right, of]: [number, number]): number => right / of;
    // 54/67 and 139/180 with round seven in dev (50/58 and 126/154 before it).
    expect(share(dev.issuer)).toBeGreaterThanOrEqual(0.8);
    expect(share(dev.place)).toBeGreaterThanOrEqual(0.77);
    // 5/12 and 30/40 with rounds three and five.
    expect(share(holdout.issuer)).toBeGreaterThanOrEqual(0.41);
    // 29/40 once repeated page counters were removed (30/40 before), 30/40 again since a site's
    // sentence over the title is removed: the pages are not opened, so which words it was is not known.
    // 42/58 while round six was held out; 30/40 again with rounds three and five only.
    // 49/67 with round eight held out too (read once, aggregate only).
    expect(share(holdout.place)).toBeGreaterThanOrEqual(0.73);
  });
});
