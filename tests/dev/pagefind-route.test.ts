/**
 * The dev server's `/pagefind/` route serves the last build's index and nothing else: no
 * sibling folder that merely starts with `dist`, nothing reached by `..`, encoded or not, and
 * no error on a malformed URL.
 */
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagefindFile } from '../../src/integrations/pagefind-route.ts';

const dist = join('/project', 'dist');
const folder = join(dist, 'pagefind');

describe('pagefindFile', () => {
  it('resolves index files under the base path', () => {
    expect(pagefindFile(dist, '/', '/pagefind/pagefind.js')).toBe(join(folder, 'pagefind.js'));
    expect(pagefindFile(dist, '/', '/pagefind/texts/und_1.json.gz?v=2')).toBe(join(folder, 'texts', 'und_1.json.gz'));
    expect(pagefindFile(dist, '/sub/', '/sub/pagefind/shard-1/x.pf_meta')).toBe(join(folder, 'shard-1', 'x.pf_meta'));
    expect(pagefindFile(dist, '/sub', '/sub/pagefind/a%20b.js')).toBe(join(folder, 'a b.js'));
  });

  it('leaves other routes to the dev server', () => {
    expect(pagefindFile(dist, '/', '/reports/x/')).toBeNull();
    expect(pagefindFile(dist, '/sub/', '/pagefind/pagefind.js')).toBeNull();
    expect(pagefindFile(dist, '/', '/pagefind-x/y.js')).toBeNull();
    expect(pagefindFile(dist, '/', '/pagefind/')).toBeNull();
  });

  it.each([
    '/pagefind/../../dist-secret/x',
    '/pagefind/../dist-secret/x',
    '/pagefind/../index.html',
    '/pagefind/%2e%2e/%2e%2e/dist-secret/x',
    '/pagefind/%2E%2E%2F%2E%2E%2Fdist-secret%2Fx',
    '/pagefind/..%2f..%2f..%2fetc%2fpasswd',
    '/pagefind/texts/../../../dist-secret/x',
    '/pagefind/%E0%A4%A',
    '/pagefind/%',
    '/pagefind/x%00.js',
  ])('serves nothing outside the index folder for %s', (url) => {
    expect(pagefindFile(dist, '/', url)).toBeNull();
  });

  it.each(['/pagefind//etc/passwd', '/pagefind/%2Fetc%2Fpasswd', '/pagefind/C:%5Cx'])(
    'keeps an absolute-looking path inside the folder: %s',
    (url) => {
      const file = pagefindFile(dist, '/', url);
      expect(file === null || file.startsWith(folder + sep)).toBe(true);
    },
  );
});
