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
  it('has 480 labelled pages from 475 sites, 107 kept aside, every folder readable', () => {
    expect(problems).toEqual([]);
    const { pages } = readPages();
    expect(pages.length).toBeGreaterThanOrEqual(480);
    expect(new Set(pages.map((p) => p.expected.site)).size).toBeGreaterThanOrEqual(475);
    // Rounds three, five and nine; rounds six, seven and eight joined dev once scored.
    expect(holdout.pages).toBeGreaterThanOrEqual(107);
  });

  it('loses no source line: each is published or in a removed record', () => {
    expect(scores.filter((s) => s.lost.length > 0).map((s) => `${s.name}: ${s.lost.join(',')}`)).toEqual([]);
    expect(scores.filter((s) => s.refused).map((s) => s.name)).toEqual([]);
  });

  it.each([
    // Rounds six, seven and eight joined dev; first read at 33 %, 33.7 % and 10.2 % chrome kept.
    ['dev', dev, { chromeKept: 0.034, bodyRemoved: 0.006, title: 0.75, years: 0.84, docType: 0.9, invented: 12 }],
    [
      'holdout',
      holdout,
      // Rounds three, five and nine (2026-12-08): 23.0 %, 0.8 %, 43.9 %, 84.1 %, 57.0 %, 4.
      { chromeKept: 0.231, bodyRemoved: 0.008, title: 0.43, years: 0.84, docType: 0.56, invented: 4 },
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
    // 58/73 and 162/207 with rounds seven and eight in dev (50/58 and 126/154 before them).
    expect(share(dev.issuer)).toBeGreaterThanOrEqual(0.79);
    expect(share(dev.place)).toBeGreaterThanOrEqual(0.78);
    // 9/19 and 45/62 held out: rounds three and five 5/12 and 31/40 (32/40 after the round-seven
    // work: which change lost the page is not known, the pages are not opened), round nine 4/7
    // and 14/22.
    expect(share(holdout.issuer)).toBeGreaterThanOrEqual(0.47);
    expect(share(holdout.place)).toBeGreaterThanOrEqual(0.72);
  });
});
