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
  it('has 393 labelled pages from 388 sites, 106 kept aside, every folder readable', () => {
    expect(problems).toEqual([]);
    const { pages } = readPages();
    expect(pages.length).toBeGreaterThanOrEqual(393);
    expect(new Set(pages.map((p) => p.expected.site)).size).toBeGreaterThanOrEqual(388);
    // Rounds three, five and seven; round six joined dev once scored.
    expect(holdout.pages).toBeGreaterThanOrEqual(106);
  });

  it('loses no source line: each is published or in a removed record', () => {
    expect(scores.filter((s) => s.lost.length > 0).map((s) => `${s.name}: ${s.lost.join(',')}`)).toEqual([]);
    expect(scores.filter((s) => s.refused).map((s) => s.name)).toEqual([]);
  });

  it.each([
    // Round six joined dev: its first reading was 33 % chrome kept and 6.1 % body removed.
    ['dev', dev, { chromeKept: 0.041, bodyRemoved: 0.006, title: 0.79, years: 0.86, docType: 0.89, invented: 7 }],
    // Round seven (42 pages, held out 2026-12-08) lowered them: 0.24, 0.006, 0.46, 0.87, 3 with
    // rounds three and five only.
    [
      'holdout',
      holdout,
      { chromeKept: 0.264, bodyRemoved: 0.011, title: 0.41, years: 0.83, docType: 0.53, invented: 4 },
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
    // 50/58 and 126/154 with round six in dev (48/54 and 114/136 before).
    expect(share(dev.issuer)).toBeGreaterThanOrEqual(0.86);
    expect(share(dev.place)).toBeGreaterThanOrEqual(0.81);
    // 5/12 and 30/40 with rounds three and five; 7/21 and 41/66 with round seven held out too.
    expect(share(holdout.issuer)).toBeGreaterThanOrEqual(0.33);
    // 29/40 once repeated page counters were removed (30/40 before), 30/40 again since a site's
    // sentence over the title is removed: the pages are not opened, so which words it was is not known.
    // 42/58 while round six was held out; 30/40 again with rounds three and five only.
    expect(share(holdout.place)).toBeGreaterThanOrEqual(0.62);
  });
});
