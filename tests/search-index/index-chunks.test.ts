/**
 * Re-cutting a Pagefind index's word chunks: on a real index the Pagefind CLI writes, every
 * word is kept byte for byte and found where the browser's lookup looks for it.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAJOR, readHead, readText, skipItem, writeHead, writeText } from '../../scripts/search-index/cbor.ts';
import {
  boundaryNames,
  chunkRanges,
  chunkWords,
  cutWords,
  rechunkIndex,
  unpack,
} from '../../scripts/search-index/index-chunks.ts';
import { runPagefind } from '../../scripts/search-index.ts';
import { isSearchedToken } from '../../shared/search/candidate-tokens.ts';
import { encodeForIndex } from '../../shared/search/index-text.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

describe('CBOR heads', () => {
  it('are written shortest-first and read back, at every length boundary', () => {
    for (const value of [0, 23, 24, 255, 256, 65535, 65536, 2 ** 32 - 1]) {
      const head = writeHead(MAJOR.array, value);
      expect(head.length).toBe(value < 24 ? 1 : value < 256 ? 2 : value < 65536 ? 3 : 5);
      expect(readHead(head, 0)).toEqual({ major: MAJOR.array, value, next: head.length });
    }
  });
  it('step over nested items and read text', () => {
    const item = Buffer.concat([
      writeHead(MAJOR.array, 3),
      writeText('集团化'),
      writeHead(MAJOR.array, 2),
      writeHead(MAJOR.uint, 300),
      writeHead(MAJOR.negint, 24),
      writeHead(MAJOR.array, 0),
    ]);
    expect(skipItem(Buffer.concat([item, writeText('x')]), 0)).toBe(item.length);
    expect(readText(item, 1).text).toBe('集团化');
  });
  it('refuse what Pagefind does not write', () => {
    expect(() => readHead(Uint8Array.of(0x9f), 0)).toThrow('unsupported head 0x9f');
    expect(() => readText(writeHead(MAJOR.uint, 1), 0)).toThrow('text expected');
  });
});

describe('chunk boundaries', () => {
  it("are the chunk's last word and the shortest start of the next chunk's first word that sorts after it", () => {
    expect(boundaryNames('用万', '甩手')).toEqual(['用万', '甩']);
    expect(boundaryNames('团体', '团队')).toEqual(['团体', '团队']);
    expect(boundaryNames('3', '30')).toEqual(['3', '30']);
    expect(boundaryNames('27', '3')).toEqual(['27', '3']);
    expect(boundaryNames('apple', 'apricot')).toEqual(['apple', 'apr']);
    // By code point, as Rust compares: U+FF10 (０) sorts before U+1F600 (😀), though not in UTF-16.
    expect(boundaryNames('０a', '😀b')).toEqual(['０a', '😀']);
  });
  it('name each chunk by its first and last word, its first one short', () => {
    const w = (word: string) => ({ word });
    expect(
      chunkRanges([
        [w('办学'), w('团体')],
        [w('团队'), w('用万')],
        [w('甩手'), w('集团')],
      ]),
    ).toEqual([
      ['办学', '团体'],
      ['团队', '用万'],
      ['甩', '集团'],
    ]);
  });
  it('fall where the first character changes once a chunk is full, or at twice the size', () => {
    const w = (word: string, size: number) => ({ word, bytes: new Uint8Array(size) });
    const words = [w('办学', 6), w('团化', 6), w('团队', 6), w('团结', 6), w('集团', 6)];
    const names = (chunks: { word: string }[][]) => chunks.map((c) => c.map((x) => x.word).join(' '));
    // Full after 团化 (12 bytes), but 团队 starts alike: the cut waits for 集团.
    expect(names(cutWords(words, 10))).toEqual(['办学 团化 团队 团结', '集团']);
    // At twice the size the cut falls inside a run of one first character.
    expect(names(cutWords(words, 6))).toEqual(['办学', '团化 团队', '团结', '集团']);
  });
});

/** A report-like page in the pair encoding the index step writes. */
function page(i: number): string {
  const paragraphs = [
    `${2020 + (i % 4)}年推进集团化办学第${i}批试点，教师交流轮岗${i * 3}人次。`,
    `落实双减政策，课后服务覆盖率达到${90 + (i % 10)}%，优质均衡发展${i % 2 ? '取得新进展' : '稳步推进'}。`,
    `区教育局第${i}号报告：加强师资队伍建设，推进智慧教育与劳动教育。`,
  ];
  const body = paragraphs.map((p, k) => `<p id="p-${k + 1}">${encodeForIndex(p)}</p>`).join('');
  return `<!doctype html><html lang="und"><head><meta charset="utf-8"><title></title></head><body><article data-pagefind-body><h1 data-pagefind-meta="title">r${i}</h1>${body}</article></body></html>\n`;
}

/** The word entries of an index, in the order of its chunk list, and that list. */
function indexWords(dir: string) {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const metaFile = join(dir, `pagefind.${Object.values(entry.languages)[0].hash}.pf_meta`);
  const meta = unpack(readFileSync(metaFile), metaFile);
  let at = readHead(meta, 0).next;
  const fields: Uint8Array[] = [];
  const chunks: { from: string; to: string; hash: string }[] = [];
  for (let field = 0; field < readHead(meta, 0).value; field++) {
    const end = skipItem(meta, at);
    if (field === 2) {
      const list = readHead(meta, at);
      let item = list.next;
      for (let i = 0; i < list.value; i++) {
        const from = readText(meta, readHead(meta, item).next);
        const to = readText(meta, from.next);
        const hash = readText(meta, to.next);
        chunks.push({ from: from.text, to: to.text, hash: hash.text });
        item = hash.next;
      }
    } else fields.push(meta.slice(at, end));
    at = end;
  }
  const words = chunks.flatMap((c) =>
    chunkWords(unpack(readFileSync(join(dir, 'index', `${c.hash}.pf_index`)), c.hash), c.hash).map((w) => ({
      ...w,
      chunk: c.hash,
    })),
  );
  return { metaFile, fields, chunks, words };
}

describe('rechunkIndex on an index the Pagefind CLI wrote', () => {
  let original: string;
  let before: ReturnType<typeof indexWords>;
  beforeAll(() => {
    const site = tempDir('rechunk-site-');
    for (let i = 1; i <= 12; i++) {
      mkdirSync(join(site, `r${i}`));
      writeFileSync(join(site, `r${i}`, 'index.html'), page(i));
    }
    original = join(tempDir('rechunk-index-'), 'pagefind');
    runPagefind(site, original);
    before = indexWords(original);
  }, 60_000);

  const rechunked = (maxBytes: number) => {
    const dir = join(tempDir('rechunk-copy-'), 'pagefind');
    cpSync(original, dir, { recursive: true });
    const counts = rechunkIndex(dir, { maxBytes, searched: isSearchedToken });
    return { dir, counts, after: indexWords(dir) };
  };

  it('keeps every searched word byte for byte, in order, and drops single characters', () => {
    const { counts, after } = rechunked(300);
    expect(before.chunks.length).toBe(1);
    expect(counts).toEqual({ before: 1, after: after.chunks.length });
    expect(after.chunks.length).toBeGreaterThan(10);
    const kept = before.words.filter((w) => isSearchedToken(w.word));
    expect(kept.length).toBeLessThan(before.words.length);
    expect(before.words.some((w) => w.word === '次')).toBe(true);
    expect(after.words.map((w) => w.word)).toEqual(kept.map((w) => w.word));
    expect(after.words.map((w) => Buffer.from(w.bytes).toString('hex'))).toEqual(
      kept.map((w) => Buffer.from(w.bytes).toString('hex')),
    );
  });

  it('puts each word in the range of its own chunk only, where the browser looks for it (from <= word <= to, by bytes)', () => {
    const { after } = rechunked(300);
    const bytes = (s: string) => Buffer.from(s);
    for (const w of after.words) {
      const loaded = after.chunks.filter(
        (c) => Buffer.compare(bytes(w.word), bytes(c.from)) >= 0 && Buffer.compare(bytes(w.word), bytes(c.to)) <= 0,
      );
      expect(
        loaded.map((c) => c.hash),
        w.word,
      ).toEqual([w.chunk]);
    }
  });

  it('changes nothing else in the metadata, and leaves no stale file', () => {
    const { dir, after } = rechunked(300);
    expect(after.fields.map((f) => Buffer.from(f).toString('hex'))).toEqual(
      before.fields.map((f) => Buffer.from(f).toString('hex')),
    );
    expect(existsSync(before.metaFile.replace(original, dir))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.endsWith('.pf_meta'))).toEqual([after.metaFile.slice(dir.length + 1)]);
    expect(readdirSync(join(dir, 'index')).sort()).toEqual(after.chunks.map((c) => `${c.hash}.pf_index`).sort());
  });

  it('writes the same bytes from the same index', () => {
    const a = rechunked(300).dir;
    const b = rechunked(300).dir;
    const files = (d: string) =>
      [
        ...readdirSync(d).filter((n) => /\.(json|pf_meta)$/.test(n)),
        ...readdirSync(join(d, 'index')).map((n) => join('index', n)),
      ].sort();
    expect(files(b)).toEqual(files(a));
    for (const f of files(a)) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
  });

  it('refuses an index of another Pagefind version', () => {
    const { dir } = rechunked(300);
    const entry = join(dir, 'pagefind-entry.json');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('"version":"1.6.0"', '"version":"2.0.0"'));
    expect(() => rechunkIndex(dir)).toThrow("Pagefind 2.0.0; chunks are re-cut for Pagefind 1.6's format only");
  });

  it("refuses a file that is not one of Pagefind's", () => {
    const { dir } = rechunked(300);
    const chunk = readdirSync(join(dir, 'index'))[0];
    writeFileSync(join(dir, 'index', chunk), 'not gzip');
    expect(() => rechunkIndex(dir)).toThrow(`${chunk}: not a Pagefind file (incorrect header check)`);
  });
});
