/**
 * Reading a built page's HTML as a reader sees it, without a browser: the text of a section,
 * the rows of its tables as cell texts, and its links. Astro's scoping attributes are dropped
 * first, so patterns need not know them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** Text content of an HTML fragment, entities decoded, spaces collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(#?\w+);/g, (all, name: string) => ENTITIES[name] ?? all)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The HTML of `dist/<path>index.html`. */
export function readPage(dist: string, path: string): string {
  return readFileSync(join(dist, path, 'index.html'), 'utf8').replace(/ data-astro-cid-\w+(="")?/g, '');
}

/** The section labelled by the heading with id `headingId` (its HTML up to the section's end). */
export function section(html: string, headingId: string): string {
  const start = html.indexOf(`aria-labelledby="${headingId}"`);
  if (start === -1) return '';
  return html.slice(start, html.indexOf('</section>', start));
}

/** Every table row of `html` as its cells' texts (header cells included). */
export function tableRows(html: string): string[][] {
  return [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => textOf(cell[1])),
  );
}

/** Every link of `html` as [href, text]. */
export function links(html: string): Array<[string, string]> {
  return [...html.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => [m[1], textOf(m[2])]);
}
