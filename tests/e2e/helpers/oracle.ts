/**
 * The expected answer to a search, computed without the search: the canonical text of every
 * report read straight from the built HTML (title and `[data-report-text]`, citation numbers
 * removed), and the reports whose text contains every term verbatim.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

function textOf(html: string): string {
  return html
    .replace(/<a class="cite"[^>]*>[^<]*<\/a>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#?\w+);/g, (all, name: string) => ENTITIES[name] ?? all);
}

export interface ReportText {
  id: string;
  title: string;
  text: string;
  /** The text of each heading and paragraph (`h-N`, `p-N`), where a phrase can be. */
  blocks: string[];
  years: number[];
}

/** Folders of /reports/ that hold the list's pages, not a report. */
const LIST_FOLDERS = new Set(['sorted', 'page', 'by']);

/** Every report page of a built site, with its title and canonical text. */
export function readReports(dist: string): ReportText[] {
  const dir = join(dist, 'reports');
  return readdirSync(dir)
    .filter((id) => existsSync(join(dir, id, 'index.html')) && !LIST_FOLDERS.has(id))
    .map((id) => {
      const html = readFileSync(join(dir, id, 'index.html'), 'utf8');
      const title = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
      const body = /data-report-text[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
      const years = [...html.matchAll(/data-pagefind-filter="year"[^>]*>(\d{4})</g)].map((m) => Number(m[1]));
      const blocks = [...body.matchAll(/<(p|h[1-6]) id="[ph]-\d+"[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => textOf(m[2]));
      return { id, title, text: textOf(body), blocks, years };
    });
}

/** Ids of the reports whose title or text contains every term, sorted. */
export function expectedHits(
  reports: readonly ReportText[],
  terms: readonly string[],
  where: (r: ReportText) => boolean = () => true,
): string[] {
  return reports
    .filter((r) => where(r) && terms.every((t) => `${r.title}\n${r.text}`.includes(t)))
    .map((r) => r.id)
    .sort();
}
