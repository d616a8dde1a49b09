/**
 * The frame of an official document as metadata (GB/T 9704-2012): its 发文字号, 主送机关,
 * 署名, 成文日期 and 附件说明, read from the lines ../frame.ts recognises — the number and
 * the addressee among the first blocks, the signer and the date among the last.
 *
 *   鲁政教督委〔2024〕1号 / 各市教育局： / … / 山东省人民政府教育督导委员会 / 2024年3月1日
 *   → { number: 鲁政教督委〔2024〕1号 (鲁政教督委, 2024, 1), addressee: 各市教育局,
 *       signer: 山东省人民政府教育督导委员会, date: 2024-03-01 }
 */
import type { Official } from '../../../shared/schemas/report.ts';
import { DOC_NUMBER, frameKind, isoDate } from '../frame.ts';

type Blocks = ReadonlyArray<{ kind: string; text: string }>;

/** How far from either end the frame is looked for, in blocks. */
const HEAD = 6;
const TAIL = 6;

/** The document's frame, or null when it has none of these parts. */
export function readOfficial(blocks: Blocks): Official | null {
  const head = blocks.slice(0, HEAD).map((b) => b.text.trim());
  const tail = blocks.slice(-TAIL).map((b) => b.text.trim());

  // A joint masthead: the bodies' names on the lines above the …文件 line belong to it.
  const mastheadAt = head.findIndex((t) => frameKind(t) === 'masthead');
  let top = mastheadAt;
  while (top > 0 && frameKind(head[top - 1]) === 'body') top--;
  const masthead = mastheadAt < 0 ? null : head.slice(top, mastheadAt + 1).join(' ');
  // 签发人 shares the 文号's line in upward documents: 鲁教字〔2024〕3号 签发人：张三.
  const signatory =
    /签\s*发\s*人\s*[:：][ \t\u3000]*(\p{Script=Han}{2,4}(?:[ \t\u3000、，,]+\p{Script=Han}{2,4})*)/u.exec(
      head.join('\n'),
    )?.[1] ?? null;
  const numberLine = head.find((t) => frameKind(t) === 'number');
  const numbered = numberLine ? DOC_NUMBER.exec(numberLine) : null;
  const addressee = head.find((t) => frameKind(t) === 'addressee')?.replace(/[:：]$/, '') ?? null;

  const dateAt = tail.findLastIndex((t) => frameKind(t) === 'date');
  const date = dateAt >= 0 ? isoDate(tail[dateAt]) : null;
  // The signer stands right above the date (or is the last line, when there is no date).
  const signerLine = dateAt > 0 ? tail[dateAt - 1] : dateAt < 0 ? tail.at(-1) : undefined;
  const signer =
    signerLine !== undefined && frameKind(signerLine) === 'body'
      ? signerLine.replace(/\s*[（(][^（）()]*[)）]$/, '')
      : null;
  const attachments = blocks
    .map((b) => b.text.trim())
    .filter((t) => frameKind(t) === 'attachment')
    .map((t) => t.replace(/^附件\s*\d*\s*[:：.．、]?\s*/, ''));
  const distribution = tail.filter((t) => frameKind(t) === 'cc');

  if (
    !masthead &&
    !signatory &&
    !numbered &&
    !addressee &&
    !signer &&
    !date &&
    attachments.length === 0 &&
    distribution.length === 0
  )
    return null;
  return {
    masthead,
    signatory,
    number: numbered
      ? {
          text: numbered[0].replace(/\s+/g, ''),
          code: numbered[1],
          year: Number(numbered[2]),
          serial: Number(numbered[3]),
        }
      : null,
    addressee,
    signer,
    date,
    attachments: attachments.filter((a) => a !== ''),
    distribution,
  };
}
