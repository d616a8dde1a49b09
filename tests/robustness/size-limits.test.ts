/**
 * Sources past the size limits (scripts/ingest/limits.ts) are skipped with their reason
 * instead of exhausting memory later; a source just under them goes through ingest and
 * analysis.
 */
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../scripts/analyse.ts';
import { MAX_SOURCE_BYTES, MAX_TEXT_CHARACTERS, MAX_TEXT_LINES } from '../../scripts/ingest/limits.ts';
import { themesFile } from '../helpers/analysis.ts';
import { runIngest } from '../helpers/ingest.ts';

const TITLE = '某区教育局工作总结\n';

describe('size limits', () => {
  it('skips a file over the byte limit unread, and a text over the character or line limit', async () => {
    const sources = mkdtempSync(join(tmpdir(), 'sources-'));
    writeFileSync(join(sources, 'huge.txt'), TITLE);
    truncateSync(join(sources, 'huge.txt'), MAX_SOURCE_BYTES + 1);
    writeFileSync(join(sources, 'long.txt'), TITLE + '我区推进双减工作。'.repeat(MAX_TEXT_CHARACTERS / 9 + 1));
    writeFileSync(join(sources, 'lines.txt'), TITLE + '一\n'.repeat(MAX_TEXT_LINES));
    const run = await runIngest(sources);
    expect(run.summary.skipped).toEqual([
      { source: 'huge.txt', reason: 'too large (32.0 MB; sources over 32 MB are not read)' },
      { source: 'lines.txt', reason: 'text too long (over 100,000 lines)' },
      {
        source: 'long.txt',
        reason: expect.stringMatching(/^text too long \(1,000,0\d\d characters; the limit is 1,000,000\)$/),
      },
    ]);
  });

  it('takes a text just under the line limit through ingest and analysis', async () => {
    const sources = mkdtempSync(join(tmpdir(), 'sources-'));
    let text = TITLE;
    for (let i = 2; i < MAX_TEXT_LINES; i++) text += `第${i}项\n`;
    writeFileSync(join(sources, 'lines.txt'), text);
    const run = await runIngest(sources);
    expect([run.summary.skipped, run.summary.reports.length]).toEqual([[], 1]);
    const summary = analyse({ reports: run.out, out: mkdtempSync(join(tmpdir(), 'analysis-')), themes: themesFile });
    expect(summary.reports).toBe(1);
  });
});
