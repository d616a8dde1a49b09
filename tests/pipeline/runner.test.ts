/**
 * The ingest runner as a user meets it: files dropped in a folder, one line per file, a
 * summary, byte-identical output, sources untouched, the cache, and --check.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { assignIds } from '../../scripts/ingest/runner/ids.ts';
import { processSource } from '../../scripts/ingest/pipeline.ts';
import { runIngest, seedsDir } from '../helpers/ingest.ts';

function sourcesCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sources-'));
  cpSync(seedsDir, dir, { recursive: true });
  return dir;
}

function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(dir, f)))
          .digest('hex'),
      ]),
  );
}

describe('ingest runner', () => {
  it('prints one line per file and a summary; output is byte-identical across runs', async () => {
    const first = await runIngest(seedsDir);
    expect(first.log).toEqual([
      '[1/5] 000_b15e6c042aa66c80.txt: 1 report(s), 1 flagged',
      '[2/5] 001_11e03806d8f99e7c.txt: 1 report(s), 1 flagged',
      '[3/5] 002_78e0989906f69b59.txt: 1 report(s), 1 flagged',
      '[4/5] 003_a17b4227efebd22b.txt: 1 report(s)',
      expect.stringMatching(/^\[5\/5\] 004_f09e642452c74dbc\.txt: 21 report\(s\)/),
    ]);
    const second = await runIngest(seedsDir);
    expect(second.files).toEqual(first.files);
    expect(second.summary.cached).toBe(0);
  });

  it('never writes the sources', async () => {
    const before = hashes(seedsDir);
    await runIngest(seedsDir);
    expect(hashes(seedsDir)).toEqual(before);
  });

  it('does not process an unchanged source again, and rewrites nothing unchanged', async () => {
    const first = await runIngest(seedsDir);
    const again = await runIngest(seedsDir, { out: first.out, cache: first.cache });
    expect(again.summary.cached).toBe(5);
    expect(again.summary.written).toBe(0);
    expect(again.files).toEqual(first.files);
  });

  it('re-ingests after one file is added by processing and writing only that file', async () => {
    const sources = sourcesCopy();
    const first = await runIngest(sources);
    writeFileSync(
      join(sources, 'added.txt'),
      '某区教育局2023年工作总结\n\n一、主要工作\n今年以来，我区推进“双减”工作，成效明显。\n',
    );
    const again = await runIngest(sources, { out: first.out, cache: first.cache });
    expect([again.summary.cached, again.summary.written, again.summary.deleted]).toEqual([5, 2, 0]);
    expect(again.files.get('added.mdx')).toContain('某区教育局2023年工作总结');
    rmSync(join(first.out, '003-a17b4227efebd22b.mdx'));
    const restored = await runIngest(sources, { out: first.out, cache: first.cache });
    expect(restored.summary.written).toBe(1);
    expect(restored.files).toEqual(again.files);
  });

  it('reads no source and no report whose fingerprint is unchanged, and one changed in place', async () => {
    const sources = sourcesCopy();
    const first = await runIngest(sources);
    // A file's times must lie well before a run's record to be trusted (ingest/runner/fingerprint.ts).
    await new Promise((done) => setTimeout(done, 2100));
    const dirs = { out: first.out, cache: first.cache };
    expect((await runIngest(sources, dirs)).summary.read).toBe(5);
    const settled = await runIngest(sources, dirs);
    expect([settled.summary.read, settled.summary.written]).toEqual([0, 0]);
    expect(settled.files).toEqual(first.files);

    // The same size and modification time, other bytes: the change time tells.
    const name = '003_a17b4227efebd22b.txt';
    const path = join(sources, name);
    const { mtime } = statSync(path);
    const text = readFileSync(path, 'utf8');
    const edited = text.replace('教育', '教學');
    expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(text));
    writeFileSync(path, edited);
    utimesSync(path, mtime, mtime);
    const after = await runIngest(sources, dirs);
    expect([after.summary.read, after.summary.written]).toEqual([1, 2]);
    expect(after.files.get('003-a17b4227efebd22b.mdx')).not.toEqual(first.files.get('003-a17b4227efebd22b.mdx'));

    // A report edited by hand the same way is written again.
    const report = join(first.out, '000-b15e6c042aa66c80.mdx');
    const written = readFileSync(report, 'utf8');
    const old = statSync(report).mtime;
    writeFileSync(report, written.replace('报告', '報告'));
    utimesSync(report, old, old);
    const restored = await runIngest(sources, dirs);
    expect(restored.summary.written).toBe(1);
    expect(restored.files.get('000-b15e6c042aa66c80.mdx')).toBe(written);
  });

  it('adds, updates and removes reports as files come and go; --check writes nothing', async () => {
    const sources = sourcesCopy();
    const first = await runIngest(sources);
    rmSync(join(sources, '002_78e0989906f69b59.txt'));
    writeFileSync(
      join(sources, '新报告 #1.txt'),
      '某区教育局2023年工作总结\n\n一、主要工作\n今年以来，我区坚持立德树人，推进“双减”工作落地见效。\n',
    );
    const checked = await runIngest(sources, { out: first.out, cache: first.cache, check: true });
    expect(checked.files).toEqual(first.files);
    expect([checked.summary.written, checked.summary.deleted]).toEqual([2, 1]);
    const after = await runIngest(sources, { out: first.out, cache: first.cache });
    expect(after.files.has('002-78e0989906f69b59.mdx')).toBe(false);
    const added = [...after.files.keys()].filter((f) => !first.files.has(f));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^1-[0-9a-f]{8}\.mdx$/);
    expect(after.summary.reports).toHaveLength(25);
  });

  it('reports a bad file in one line naming it and the reason, and goes on', async () => {
    const sources = sourcesCopy();
    writeFileSync(join(sources, 'empty.txt'), '');
    writeFileSync(
      join(sources, 'photo.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    writeFileSync(join(sources, 'report.docx'), 'PK');
    writeFileSync(join(sources, 'sheet.xlsx'), 'PK');
    writeFileSync(
      join(sources, 'chrome-only.txt'),
      '您的位置:首頁>正文\n\n相關推薦\n- 某文章\n- 另一篇\nCopyright © cnj8 All Rights Reserved.\n',
    );
    cpSync(join(seedsDir, '003_a17b4227efebd22b.txt'), join(sources, 'same as 003.txt'));
    const run = await runIngest(sources);
    expect(run.summary.reports).toHaveLength(25);
    expect(run.summary.skipped).toEqual([
      { source: 'chrome-only.txt', reason: 'nothing but site chrome (no report text left)' },
      { source: 'empty.txt', reason: 'empty file' },
      { source: 'photo.txt', reason: 'binary file (looks like a PNG image), not text' },
      { source: 'report.docx', reason: 'not a .docx file (neither a Word document nor a PDF inside)' },
      { source: 'same as 003.txt', reason: 'duplicate of 003_a17b4227efebd22b.txt (same text), published once' },
      {
        source: 'sheet.xlsx',
        reason: expect.stringMatching(/^unsupported format "\.xlsx" \(supported: .*\.txt.*\.html.*\.pdf.*\.docx/),
      },
    ]);
    expect(run.log.filter((l) => l.includes('skipped'))).toHaveLength(6);
  });
});

describe('ids decided early and late agree', () => {
  it('publishes files whose slugs collide under the ids the whole corpus gives them, and others at once', async () => {
    const sources = sourcesCopy();
    const report = (place: string) =>
      `${place}教育局2023年工作总结\n\n一、主要工作\n今年以来，${place}推进“双减”工作，成效明显。\n`;
    writeFileSync(join(sources, 'a b c.txt'), report('某区'));
    writeFileSync(join(sources, 'a-b-c.txt'), report('某县'));
    writeFileSync(join(sources, 'a-b-c-01.txt'), report('某市'));
    const run = await runIngest(sources);
    const expected = assignIds(
      ['a b c.txt', 'a-b-c.txt', 'a-b-c-01.txt', ...readdirSync(seedsDir)].map((name) => ({
        name,
        parts: name.startsWith('004_') ? 21 : 1,
      })),
    );
    const ids = new Map(run.summary.reports.map((r) => [r.id, r.source]));
    for (const [name, sourceIds] of expected) for (const id of sourceIds) expect([id, ids.get(id)]).toEqual([id, name]);
    expect(run.summary.reports).toHaveLength(28);
    const again = await runIngest(sources, { out: run.out, cache: run.cache });
    expect([again.summary.written, again.summary.deleted]).toEqual([0, 0]);
    expect(again.files).toEqual(run.files);
  });
});

describe('encodings give the identical report', () => {
  const strip = (r: ReturnType<typeof processSource>) => (r.ok ? r.documents.map(({ encoding: _e, ...d }) => d) : r);
  it.each([
    ['000_b15e6c042aa66c80.txt', ['gb18030', 'utf-16le', 'utf-16be']],
    ['001_11e03806d8f99e7c.txt', ['gb18030', 'big5', 'utf-16le']],
    ['002_78e0989906f69b59.txt', ['gb18030', 'utf-16le']],
    ['003_a17b4227efebd22b.txt', ['big5', 'gb18030', 'utf-16be']],
    ['004_f09e642452c74dbc.txt', ['gb18030', 'utf-16le']],
  ])('%s as %j', (name, encodings) => {
    const utf8 = readFileSync(join(seedsDir, name), 'utf8');
    for (const encoding of encodings) {
      // A real Big5 page has no characters Big5 cannot hold (a few Simplified chrome lines do).
      const fits = (line: string) => iconv.decode(iconv.encode(line, encoding), encoding) === line;
      const text = utf8.split('\n').filter(fits).join('\n');
      const bytes = iconv.encode(text, encoding, { addBOM: encoding.startsWith('utf-16') });
      const expected = strip(processSource(Buffer.from(text, 'utf8'), name));
      const result = processSource(bytes, name);
      expect(result.ok && result.documents[0].encoding, encoding).toBe(encoding);
      expect(strip(result), encoding).toEqual(expected);
      if (encoding !== 'big5') expect(text).toBe(utf8);
    }
  });
});
