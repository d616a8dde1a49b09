/**
 * A minimal static file server for a built site (dist/), on 127.0.0.1 only, optionally
 * under a sub-path: what the browser tests and the benchmarks need to load the site the way a
 * static host serves it. Directory URLs are answered from their index.html (without the
 * trailing slash, by a redirect to it), everything else missing by 404.html; paths are
 * confined to the site. No package: node:http and the file system.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodeURIComponentOrUndefined } from '../../shared/decode-uri.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface StaticSite {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Origin plus base, ending in `/`: where the site's home page is (http://127.0.0.1:41234/sub/). */
  root: string;
  close: () => Promise<void>;
}

/** Types a static host compresses; Pagefind's own files and the result texts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.csv', '.xml', '.txt']);

/**
 * Serves `dir` at `base` (e.g. `/` or `/sub/`) on a free loopback port. With `gzip`, text
 * files go out gzip-encoded to clients that accept it, as common static hosts send them.
 */
export async function serveStatic(dir: string, base = '/', { gzip = false } = {}): Promise<StaticSite> {
  const site = normalize(dir);
  const gzipped = new Map<string, Buffer>();
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer((req, res) => {
    // A malformed URL (%E0%A4%A) would throw here and take the whole server down: it is a 404.
    const path = decodeURIComponentOrUndefined(new URL(req.url ?? '/', 'http://x').pathname) ?? '';
    const notFound = () => {
      const page = join(site, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      if (existsSync(page)) createReadStream(page).pipe(res);
      else res.end('not found');
    };
    if (!path.startsWith(prefix)) return notFound();
    let file = normalize(join(site, path.slice(prefix.length)));
    if (file !== site && !file.startsWith(site.endsWith(sep) ? site : site + sep)) return notFound();
    if (!existsSync(file)) return notFound();
    if (statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
      if (!existsSync(file)) return notFound();
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let body = gzipped.get(file);
      if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file))));
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': body.length }).end(body);
      return;
    }
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': statSync(file).size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, root: `${origin}${prefix}`, close: () => new Promise((done) => server.close(() => done())) };
}
