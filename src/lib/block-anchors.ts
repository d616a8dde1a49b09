/**
 * Citation anchors for a report's paragraphs. The ingest writes `<p id="p-N">` into the MDX,
 * and MDX's component mapping does not reach elements written as JSX, so the rendered HTML
 * gets a small `N` link at the start of each paragraph instead. The link's own id is the
 * paragraph's stable anchor (./stable-anchor.ts), and it links to itself: the link a reader
 * copies lands on the same paragraph after the cleaner changes, where `#p-N` might not.
 */
import { stableAnchors } from './stable-anchor.ts';

const PARAGRAPH = /<p id="p-(\d+)"([^>]*)>([\s\S]*?)<\/p>/g;

/** Adds a self-link with a stable id to every `<p id="p-N">` in rendered report HTML. */
export function addParagraphAnchors(html: string): string {
  const texts = [...html.matchAll(PARAGRAPH)].map((m) => m[3].replace(/<[^>]*>/g, ''));
  const anchors = stableAnchors(texts);
  let k = 0;
  return html.replace(PARAGRAPH, (_all, n: string, rest: string, body: string) => {
    const anchor = anchors[k++];
    return `<p id="p-${n}"${rest}><a class="cite" id="${anchor}" href="#${anchor}" aria-label="第 ${n} 段的链接" data-pagefind-ignore>${n}</a>${body}</p>`;
  });
}
