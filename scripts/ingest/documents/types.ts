/**
 * What a document reader (PDF, Word) hands the text pipeline: lines in reading order, as a
 * scraped page would have them, plus what only the layout knew.
 */

/** One line of a laid-out document: a paragraph, a title line, a table row, page furniture. */
export interface LaidLine {
  text: string;
  /**
   * `title`: set as the document's title (large, centred, near the top);
   * `furniture`: a running header or page number, removed with the rule `page-furniture`;
   * `row`: a table row, cells separated by tabs; `body`: everything else.
   */
  role: 'title' | 'furniture' | 'row' | 'body';
}

export type Extracted =
  | {
      ok: true;
      lines: LaidLine[];
      /** What the reader took from the layout, for the cleaning log (one short Chinese phrase each). */
      notes: string[];
    }
  | { ok: false; reason: string };
