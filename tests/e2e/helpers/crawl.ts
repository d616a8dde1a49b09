/**
 * Follows every same-site link, stylesheet, script and image from the home page over HTTP
 * and reports any that does not answer 200, or that points outside the base path: what a
 * reader would hit as a broken link when the site is deployed under a sub-path.
 */

export interface CrawlResult {
  pages: number;
  checked: number;
  broken: string[];
  outsideBase: string[];
}

const REF = /(?:href|src)="([^"#]*)(?:#[^"]*)?"/g;

/** Crawls from `root` (origin + base). */
export async function crawl(root: string): Promise<CrawlResult> {
  const base = new URL(root);
  const seen = new Set<string>([root]);
  const queue = [root];
  const broken: string[] = [];
  const outsideBase: string[] = [];
  let pages = 0;
  while (queue.length) {
    const url = queue.shift()!;
    const res = await fetch(url, { redirect: 'manual' });
    if (res.status !== 200) {
      broken.push(`${url} → ${res.status}`);
      continue;
    }
    if (!(res.headers.get('content-type') ?? '').startsWith('text/html')) {
      await res.arrayBuffer();
      continue;
    }
    pages++;
    const html = await res.text();
    for (const [, ref] of html.matchAll(REF)) {
      if (!ref || ref.startsWith('data:') || ref.startsWith('mailto:')) continue;
      const next = new URL(ref.replaceAll('&amp;', '&'), url);
      next.search = '';
      if (next.origin !== base.origin) continue; // outside hosts are caught by the browser tests
      if (!next.pathname.startsWith(base.pathname)) {
        outsideBase.push(`${url} → ${ref}`);
        continue;
      }
      if (!seen.has(next.href)) {
        seen.add(next.href);
        queue.push(next.href);
      }
    }
  }
  return { pages, checked: seen.size, broken, outsideBase };
}
