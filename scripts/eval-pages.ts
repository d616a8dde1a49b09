/**
 * `npm run eval:pages [-- --verbose] [-- --set dev|holdout] [-- --round <n>]`
 *
 * Runs the ingest on every real page in tests/pages/ and prints the measures of the
 * real-pages table (chrome kept, body removed, lines lost, titles, issuers, places, years,
 * types) for the pages tuned on, the pages kept aside, and both. `--verbose` lists, per
 * page, every field it got wrong and the line numbers behind the counts. `--round <n>` scores
 * only the pages of one collection round (the `round` label), e.g. a new held-out round once.
 */
import { parseArgs } from 'node:util';
import { decodeSource } from './ingest/decode.ts';
import { processSource } from './ingest/pipeline.ts';
import { readPages } from './eval-pages/corpus.ts';
import { measure, scorePage, type Measures, type PageScore } from './eval-pages/score.ts';

/** Every page of the corpus, run through the pipeline and scored. */
export function scoreCorpus(): { scores: PageScore[]; problems: string[] } {
  const { pages, problems } = readPages();
  const scores = pages.map((page) => {
    const decoded = decodeSource(page.bytes, page.fileName);
    const result = processSource(page.bytes, page.fileName);
    const score = scorePage(page.name, page.expected, decoded.ok ? decoded.text : null, result);
    return { ...score, round: page.expected.round };
  });
  return { scores, problems };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
const ratio = ([a, b]: [number, number]): string => `${b ? pct(a / b) : '—'} (${a}/${b})`;

function row(label: string, m: Measures): string[] {
  return [
    label,
    String(m.pages),
    `${pct(m.chromeLines ? m.chromeKept / m.chromeLines : 0)} (${m.chromeKept}/${m.chromeLines})`,
    `${pct(m.bodyLines ? m.bodyRemoved / m.bodyLines : 0)} (${m.bodyRemoved}/${m.bodyLines})`,
    `${m.lostLines} (${m.pagesLosing} pages)`,
    pct(m.title),
    ratio(m.titleInText),
    ratio(m.issuer),
    ratio(m.place),
    String(m.invented),
    pct(m.years),
    pct(m.docType),
  ];
}

function main(): void {
  const { values } = parseArgs({
    options: { verbose: { type: 'boolean', default: false }, set: { type: 'string' }, round: { type: 'string' } },
  });
  const round = values.round === undefined ? undefined : Number(values.round);
  if (round !== undefined && !Number.isInteger(round)) throw new Error(`--round takes a number, not ${values.round}`);
  const corpus = scoreCorpus();
  for (const problem of corpus.problems) console.error(`skipped ${problem}`);
  const scores = corpus.scores.filter(
    (s) => (!values.set || s.set === values.set) && (round === undefined || s.round === round),
  );
  const head = [
    'set',
    'pages',
    'chrome kept',
    'body removed',
    'lines lost',
    'title',
    'title in text',
    'issuer',
    'place',
    'invented',
    'years',
    'type',
  ];
  const rows = [
    head,
    row('dev', measure(scores.filter((s) => s.set === 'dev'))),
    row('holdout', measure(scores.filter((s) => s.set === 'holdout'))),
    row('all', measure(scores)),
  ];
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  if (!values.verbose) return;
  for (const s of scores) {
    const wrong = Object.entries(s.right)
      .filter(([, ok]) => ok === false)
      .map(([k]) => `${k}=${JSON.stringify(s.got[k as keyof typeof s.got])}`);
    const counts = [
      s.chromeKept.length && `chrome kept ${s.chromeKept}`,
      s.bodyRemoved.length && `body removed ${s.bodyRemoved}`,
      s.lost.length && `LOST ${s.lost}`,
    ].filter(Boolean);
    if (wrong.length || counts.length || s.refused)
      console.log(
        `${s.name} [${s.set}] ${s.refused ? `refused: ${s.refused} ` : ''}${[...wrong, ...counts].join('; ')}`,
      );
  }
}

if (import.meta.main) main();
