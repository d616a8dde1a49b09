/**
 * The values that flow between ingest stages. Every stage is a pure function over these
 * (no file system, no clock, no randomness), so each one is tested on plain strings and
 * the runner is only the list of steps.
 */
import type { Mark } from '../../shared/schemas/report.ts';

/** Marks are part of the report contract the site reads too: defined with its schema. */
export type { Mark };

/** One line of decoded text, with its 1-based line number in the decoded source. */
export interface SourceLine {
  text: string;
  line: number;
}

/** The kinds of file the pipeline reads. */
export type SourceFormat = 'txt' | 'html' | 'pdf' | 'docx' | 'doc';

/** What a laid-out document's layout says about its lines (see documents/). */
export interface Layout {
  /** The lines set as the title (large, centred, near the top). */
  titleLines: number[];
  /** Running headers and page numbers: removed with the rule `page-furniture`. */
  furniture: number[];
  /** Table rows (tab-separated cells): data, never site chrome. */
  rows: number[];
  /** What was read from the layout, for the cleaning log. */
  notes: string[];
}

/** Result of decoding one source file's bytes. */
export type Decoded =
  | {
      ok: true;
      /** Normalised text: LF line ends, no BOM; for HTML, one block element per line. */
      text: string;
      /** The encoding actually used, e.g. `utf-8`, `gb18030`, `big5`, `utf-16le`. */
      encoding: string;
      format: SourceFormat;
      /** `<title>` (or first `<h1>`) of an HTML page, when it had one. */
      pageTitle?: string;
      /** What a PDF's or Word file's layout told: 1-based numbers of `text` lines. */
      layout?: Layout;
      /** Count of U+FFFD characters the decoder had to insert (invalid byte sequences). */
      invalidBytes: number;
    }
  | { ok: false; reason: string };

/** A line the cleaner removed, and the rule that removed it: shown to the reader. */
export interface Removal {
  line: number;
  text: string;
  /** Rule id, e.g. `copyright-notice`, `related-list`, `preview-ended`. */
  rule: string;
}

/** What the chrome stripper returns: the lines kept, the lines removed with their rule. */
export interface Stripped {
  lines: SourceLine[];
  removed: Removal[];
  /** True when a rule that means "the free preview ends here" fired (paywall, 预览已结束). */
  previewCut: boolean;
  /** The document-sharing site a site-specific rule recognised (e.g. `cnj8`), else null. */
  site: string | null;
}

/**
 * A structural block of one document: a heading (level 1–4), a paragraph, or a table, whose
 * text is its rows joined by \n, each row's cells by \t.
 */
export interface Block {
  kind: 'heading' | 'paragraph' | 'table';
  /** 1–4 for headings (一、 /（一）/ 1. /（1）); 0 for paragraphs and tables. */
  level: number;
  text: string;
}

/** The script a source is written in. */
export type Script = 'Hans' | 'Hant' | 'Hant-TW';

/** A block after script conversion and flagging. */
export interface CanonicalBlock extends Block {
  /** The same block in the source's own script (equal to `text` for Simplified sources). */
  original: string;
  marks: Mark[];
  /** The official-frame part a paragraph is (./frame-blocks.ts), shown as the document set it. */
  frame?: FrameRole;
}

/** How an official-frame paragraph is shown (GB/T 9704): the writer's class `frame-<role>`. */
export type FrameRole =
  | 'masthead'
  | 'title'
  | 'number'
  | 'classification'
  | 'signatory'
  | 'addressee'
  | 'signer'
  | 'date'
  | 'note'
  | 'cc'
  | 'attachment';
