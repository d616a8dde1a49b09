/** Malformed percent-encoding in a URL never throws, in the page scripts or the test server. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeURIComponentOrUndefined } from '../../shared/decode-uri.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

describe('decodeURIComponentOrUndefined', () => {
  it('decodes well-formed text and gives undefined for malformed sequences', () => {
    expect(decodeURIComponentOrUndefined('p-3')).toBe('p-3');
    expect(decodeURIComponentOrUndefined('%E5%8F%8C%E5%87%8F')).toBe('双减');
    expect(decodeURIComponentOrUndefined('%E0%A4%A')).toBeUndefined();
    expect(decodeURIComponentOrUndefined('100%')).toBeUndefined();
  });
});

describe('the static server', () => {
  it('answers a malformed URL with 404 and keeps serving', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'static-'));
    writeFileSync(join(dir, 'index.html'), '<p>ok</p>');
    const site = await serveStatic(dir, '/');
    try {
      // Before, the server threw and never answered: fail fast rather than at the test timeout.
      const get = (path: string) => fetch(`${site.root}${path}`, { signal: AbortSignal.timeout(5000) });
      expect((await get('%E0%A4%A')).status).toBe(404);
      expect((await get('reports/%')).status).toBe(404);
      const home = await fetch(site.root);
      expect(home.status).toBe(200);
      expect(await home.text()).toBe('<p>ok</p>');
    } finally {
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
