/**
 * HTML → plain text with a real parser (parse5), so markup, scripts and entities never leak
 * into the text: each block element becomes its own line, page chrome that is never content
 * (scripts, navigation, forms, hidden elements…) is dropped, whitespace collapses like a
 * browser's.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Elements whose whole subtree is dropped: code, embedded content, navigation and form chrome. */
const DROPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'form',
  'input',
  'textarea',
  'select',
  'option',
  'button',
  'nav',
  'header',
  'footer',
  'aside',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'map',
  'dialog',
  'title',
]);

/** Elements that start and end a line. */
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Table cells: kept on their row's line, separated by a tab. */
const CELLS = new Set(['td', 'th']);

/** Text of an HTML page, one block per line, and its title. */
export interface PageText {
  text: string;
  /** `<title>`, else the first `<h1>`; absent when neither has text. */
  pageTitle?: string;
}

/** Converts an HTML document to text lines (joined with \n, no trailing newline) and finds its title. */
export function htmlToText(html: string): PageText {
  const document = parse(html);
  const lines = new LineCollector();
  walk(document, lines);
  lines.breakLine();
  const text = lines.lines.join('\n');
  const pageTitle = textOf(findElement(document, 'title')) || textOf(findElement(document, 'h1'));
  return pageTitle === '' ? { text } : { text, pageTitle };
}

function walk(node: Node, out: LineCollector): void {
  if (node.nodeName === '#text') {
    out.addText((node as DefaultTreeAdapterTypes.TextNode).value);
    return;
  }
  if (!('childNodes' in node)) return; // comments, doctype
  if ('tagName' in node) {
    const element = node as Element;
    if (isDropped(element)) return;
    const tag = element.tagName;
    if (tag === 'br') {
      out.breakLine();
      return;
    }
    if (tag === 'pre') {
      out.breakLine();
      out.enterPre();
      walkChildren(element, out);
      out.leavePre();
      out.breakLine();
      return;
    }
    if (CELLS.has(tag)) out.separateCell();
    const block = BLOCKS.has(tag);
    if (block) out.breakLine();
    walkChildren(element, out);
    if (block) out.breakLine();
    return;
  }
  walkChildren(node as DefaultTreeAdapterTypes.ParentNode, out);
}

function walkChildren(parent: DefaultTreeAdapterTypes.ParentNode, out: LineCollector): void {
  for (const child of parent.childNodes) walk(child, out);
}

/** Never-content elements, foreign (SVG/MathML) content, and elements hidden by attribute or inline style. */
function isDropped(element: Element): boolean {
  if (element.namespaceURI !== HTML_NS || DROPPED.has(element.tagName)) return true;
  for (const attr of element.attrs) {
    if (attr.name === 'hidden') return true;
    if (attr.name === 'style' && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(attr.value))
      return true;
  }
  return false;
}

/** First HTML element with this tag in document order (including inside dropped chrome, e.g. `<head>`). */
function findElement(node: Node, tag: string): Element | null {
  if ('tagName' in node && (node as Element).tagName === tag && (node as Element).namespaceURI === HTML_NS)
    return node as Element;
  if (!('childNodes' in node) || ('tagName' in node && (node as Element).namespaceURI !== HTML_NS)) return null;
  for (const child of (node as DefaultTreeAdapterTypes.ParentNode).childNodes) {
    const found = findElement(child, tag);
    if (found !== null) return found;
  }
  return null;
}

/** Visible text of one element on a single line (used for the title); '' for none. */
function textOf(element: Element | null): string {
  if (element === null) return '';
  const out = new LineCollector();
  if (element.tagName === 'title') for (const child of element.childNodes) walk(child, out);
  else walk(element, out);
  out.breakLine();
  return out.lines.join(' ');
}

/** True for characters around which a line break in the source vanishes (CSS Text: East Asian wide). */
function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0xd800 && code <= 0xdbff) // high surrogate: supplementary ideographs
  );
}

function isHtmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/**
 * Builds lines from text runs: HTML whitespace runs collapse to one space, a run containing a
 * line break between two wide (CJK) characters vanishes, lines are trimmed, empty lines are
 * never emitted. Inside `<pre>` whitespace and line breaks are kept.
 */
class LineCollector {
  lines: string[] = [];
  private current = '';
  /** Separator owed before the next text: '' | ' ' | '\t'. */
  private pending = '';
  /** Whether the pending space came from a source line break (drops between wide characters). */
  private pendingIsBreak = false;
  private preDepth = 0;

  addText(raw: string): void {
    if (this.preDepth > 0) {
      this.addPreText(raw);
      return;
    }
    let i = 0;
    while (i < raw.length) {
      if (isHtmlSpace(raw.charCodeAt(i))) {
        let hasBreak = false;
        while (i < raw.length && isHtmlSpace(raw.charCodeAt(i))) {
          if (raw.charCodeAt(i) === 0x0a) hasBreak = true;
          i++;
        }
        if (this.current !== '' && this.pending === '') {
          this.pending = ' ';
          this.pendingIsBreak = hasBreak;
        } else if (this.pending === ' ' && hasBreak) {
          this.pendingIsBreak = true;
        }
        continue;
      }
      let j = i;
      while (j < raw.length && !isHtmlSpace(raw.charCodeAt(j))) j++;
      this.addWord(raw.slice(i, j));
      i = j;
    }
  }

  private addWord(word: string): void {
    if (this.current !== '' && this.pending !== '') {
      const joinsWide =
        this.pending === ' ' &&
        this.pendingIsBreak &&
        isWide(this.current.charCodeAt(this.current.length - 1)) &&
        isWide(word.charCodeAt(0));
      if (!joinsWide) this.current += this.pending;
    }
    this.current += word;
    this.pending = '';
    this.pendingIsBreak = false;
  }

  private addPreText(raw: string): void {
    const pieces = raw.split('\n');
    pieces.forEach((piece, index) => {
      if (index > 0) this.breakLine();
      if (piece !== '') {
        if (this.current !== '' && this.pending !== '') this.current += this.pending;
        this.current += piece;
        this.pending = '';
      }
    });
  }

  separateCell(): void {
    if (this.current !== '') {
      this.pending = '\t';
      this.pendingIsBreak = false;
    }
  }

  breakLine(): void {
    const line = this.preDepth > 0 ? this.current.trimEnd() : this.current;
    if (line.trim() !== '') this.lines.push(line);
    this.current = '';
    this.pending = '';
    this.pendingIsBreak = false;
  }

  enterPre(): void {
    this.preDepth++;
  }

  leavePre(): void {
    this.preDepth--;
  }
}
