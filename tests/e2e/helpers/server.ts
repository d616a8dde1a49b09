/**
 * A tiny static file server for the built site (node:http, no package): serves `dir` under
 * the site's base path on 127.0.0.1, directory URLs from their index.html, 404.html for the
 * rest, as a static host would. Paths are confined to `dir`.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** origin + base, e.g. http://127.0.0.1:41234/sub/ */
  root: string;
  close: () => Promise<void>;
}

/** Serves `dir` at `base` (which starts and ends with `/`) on a free loopback port. */
export async function serveStatic(dir: string, base = '/'): Promise<StaticSite> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status: number, file: string) => {
      res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    };
    const notFound = () => {
      const page = join(dir, '404.html');
      if (existsSync(page)) send(404, page);
      else res.writeHead(404).end('not found');
    };
    if (!path.startsWith(base)) return notFound();
    const file = normalize(join(dir, path.slice(base.length)));
    if (file !== dir && !file.startsWith(dir + sep)) return notFound();
    if (!existsSync(file)) return notFound();
    if (statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      const index = join(file, 'index.html');
      return existsSync(index) ? send(200, index) : notFound();
    }
    send(200, file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    root: `${origin}${base}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
