import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackWriter, readPacked, scanPack, type PackedEntry } from '../../scripts/ingest/runner/cache-pack.ts';

const sha = (c: string) => c.repeat(64);

describe('cache pack', () => {
  it('reads back every entry appended, from the writer and from a scan', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pack-')), 'a.pack');
    const pack = new PackWriter(file);
    const texts = ['{"ok":true}', '{"text":"教育局 — 工作总结\\n"}', '', '🎉'.repeat(1000)];
    const written = texts.map((text, i) => pack.append(sha(String(i)), text));
    expect(written.map(readPacked)).toEqual(texts);
    const index = new Map<string, PackedEntry>();
    scanPack(file, index);
    expect([...index.keys()]).toEqual(texts.map((_, i) => sha(String(i))));
    expect(texts.map((_, i) => readPacked(index.get(sha(String(i)))!))).toEqual(texts);
  });

  it('ignores a record cut short and everything after it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pack-')), 'a.pack');
    new PackWriter(file).append(sha('a'), '{"whole":1}');
    appendFileSync(file, `${sha('b')} 100\n{"cut":`);
    const index = new Map<string, PackedEntry>();
    scanPack(file, index);
    expect([...index.keys()]).toEqual([sha('a')]);
    expect(readPacked(index.get(sha('a'))!)).toBe('{"whole":1}');
  });

  it('appends again after close, after the records already written', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pack-')), 'a.pack');
    const pack = new PackWriter(file);
    const first = pack.append(sha('a'), '{"first":1}');
    pack.close();
    const second = pack.append(sha('b'), '{"second":2}');
    pack.close();
    expect([readPacked(first), readPacked(second)]).toEqual(['{"first":1}', '{"second":2}']);
    const index = new Map<string, PackedEntry>();
    scanPack(file, index);
    expect([...index.keys()]).toEqual([sha('a'), sha('b')]);
  });
});
