/**
 * Citation anchors for a report's paragraphs. The ingest writes `<p id="p-N">` into the MDX,
 * and MDX's component mapping does not reach elements written as JSX, so the rendered HTML
 * gets a small `¶N` link at the start of each paragraph instead: a reader can copy the link
 * to one paragraph, and the ids never change between builds.
 */

const PARAGRAPH = /<p id="p-(\d+)"([^>]*)>/g;

/** Adds a self-link to every `<p id="p-N">` in rendered report HTML. */
export function addParagraphAnchors(html: string): string {
  return html.replace(
    PARAGRAPH,
    (_all, n: string, rest: string) =>
      `<p id="p-${n}"${rest}><a class="cite" href="#p-${n}" aria-label="第 ${n} 段的链接" data-pagefind-ignore>${n}</a>`,
  );
}
