/** The store of finished search shards between builds. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ShardCache } from '../../scripts/search-index/shard-cache.ts';

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'shard-cache-test-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes a shard of one chunk and one result text, as the index step would. */
const fill = (shard: string, texts: string) => {
  writeFileSync(join(shard, 'pagefind-entry.json'), '{"languages":{}}');
  mkdirSync(join(texts, 'texts'));
  writeFileSync(join(texts, 'texts', 'und_1.json.gz'), 'text');
  return ['und_1'];
};

describe('ShardCache', () => {
  const pages = [{ file: 'reports/a/index.html', hash: 'h1' }];

  it('keys a shard by its salt, its pages and the indexer', () => {
    const cache = new ShardCache(scratch(), 'v1');
    const key = cache.key('', pages);
    expect(key).toMatch(/^[0-9a-f]{40}$/);
    expect(cache.key('', pages)).toBe(key);
    expect(cache.key('1.1', pages)).not.toBe(key);
    expect(cache.key('', [{ ...pages[0], hash: 'h2' }])).not.toBe(key);
    expect(new ShardCache(scratch(), 'v2').key('', pages)).not.toBe(key);
  });

  it('gives back a stored shard in a later run: its ids, its files and its texts', () => {
    const dir = scratch();
    const first = new ShardCache(dir, 'v1');
    const key = first.key('', pages);
    expect(first.ids(key)).toBeNull();
    expect(first.store(key, fill)).toEqual(['und_1']);

    const later = new ShardCache(dir, 'v1');
    expect(later.ids(key)).toEqual(['und_1']);
    const site = scratch();
    later.publish(key, join(site, 'pagefind', 'shard-1'), join(site, 'pagefind'));
    expect(readFileSync(join(site, 'pagefind', 'shard-1', 'pagefind-entry.json'), 'utf8')).toBe('{"languages":{}}');
    expect(readFileSync(join(site, 'pagefind', 'texts', 'und_1.json.gz'), 'utf8')).toBe('text');
  });

  it("prunes the entries a run did not use and a killed run's, and nothing else", () => {
    const dir = scratch();
    const first = new ShardCache(dir, 'v1');
    const old = first.key('', pages);
    first.store(old, fill);
    const killed = `.${'0'.repeat(40)}.tmp`;
    mkdirSync(join(dir, killed));
    writeFileSync(join(dir, 'notes.txt'), 'not the cache’s');

    const later = new ShardCache(dir, 'v1');
    const kept = later.key('', [{ file: 'reports/b/index.html', hash: 'h3' }]);
    later.store(kept, fill);
    expect(later.prune()).toBe(2);
    expect(existsSync(join(dir, old))).toBe(false);
    expect(existsSync(join(dir, killed))).toBe(false);
    expect(existsSync(join(dir, kept))).toBe(true);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('not the cache’s');
  });
});
