/**
 * Which blocks of a document are its official frame (GB/T 9704), to be set like the document
 * they came from: the 红头 centred in red, the 文号 centred, the 署名 and 成文日期 right-aligned.
 * Only blocks at the head (above the first heading, among the first six) and at the foot
 * (below the last heading, among the last six) can be frame: a date in the middle of the
 * text is text.
 *
 *   清河县教育局文件 / 清教〔2024〕12号 / 县人民政府： / … / 清河县教育局 / 2024年1月15日
 *   → masthead, number, addressee, …, signer, date
 */
import { frameKind } from './frame.ts';
import type { Block, FrameRole } from './types.ts';

const REACH = 6;
const HEAD = new Set(['masthead', 'number', 'classification', 'signatory', 'addressee']);
const FOOT = new Set(['body', 'date', 'note', 'cc', 'attachment']);

/** The frame role of each block, or null for report text. */
export function frameRoles(blocks: readonly Block[]): Array<FrameRole | null> {
  const firstHeading = blocks.findIndex((b) => b.kind === 'heading');
  const lastHeading = blocks.findLastIndex((b) => b.kind === 'heading');
  return blocks.map((b, i) => {
    if (b.kind !== 'paragraph') return null;
    // A joint masthead names its bodies on lines above the …文件 line.
    const joint =
      frameKind(b.text) === 'body' &&
      blocks[i + 1]?.kind === 'paragraph' &&
      frameKind(blocks[i + 1].text) === 'masthead';
    const kind = joint ? 'masthead' : frameKind(b.text);
    if (kind === null) return null;
    const head = i < REACH && (firstHeading < 0 || i < firstHeading);
    const foot = i >= blocks.length - REACH && i > lastHeading;
    if (head && HEAD.has(kind)) return kind as FrameRole;
    // An issuing body's name is the 署名 only at the foot.
    if (foot && FOOT.has(kind)) return kind === 'body' ? 'signer' : (kind as FrameRole);
    return null;
  });
}
