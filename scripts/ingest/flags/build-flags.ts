/**
 * The document-level flags a reader sees above the text, built from the marks already
 * placed on the blocks. Each note is one Simplified-Chinese sentence; a flag appears only
 * when it applies.
 */
import type { Flag } from '../../../shared/schemas/report.ts';
import type { CanonicalBlock } from '../types.ts';
import { maskExample } from './masked.ts';

export const NOTES = {
  garbled: '此处文字为乱码（字节解码错位），原文无法还原。',
  truncatedPreview: '文本在此处被截断（原网页仅提供预览）。',
  truncatedMidSentence: '文本在句子中途结束，原文可能不完整。',
  masked: '模板中的数字被遮盖（如 * 或 X），并非真实数据。',
} as const;

const MAX_EXAMPLES = { garbled: 3, masked: 5 } as const;
const MAX_EXAMPLE_CHARS = 24;
const TAIL_CHARS = 20;

function shorten(text: string, max = MAX_EXAMPLE_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/** Garbled runs, as the canonical text shows them. */
export function garbledFlag(blocks: CanonicalBlock[]): Flag | null {
  const examples: string[] = [];
  let count = 0;
  for (const block of blocks) {
    for (const mark of block.marks) {
      if (mark.kind !== 'garbled') continue;
      count++;
      const sample = shorten(block.text.slice(mark.start, mark.end));
      if (examples.length < MAX_EXAMPLES.garbled && !examples.includes(sample)) examples.push(sample);
    }
  }
  return count === 0 ? null : { kind: 'garbled', count, examples, note: NOTES.garbled };
}

/**
 * Masked placeholders. Examples favour those with a unit (`*所`, `XX市`) over bare ones,
 * because they tell the reader what kind of figure was hidden.
 */
export function maskedFlag(blocks: CanonicalBlock[]): Flag | null {
  const withUnit: string[] = [];
  const bare: string[] = [];
  let count = 0;
  for (const block of blocks) {
    for (const mark of block.marks) {
      if (mark.kind !== 'masked') continue;
      count++;
      const sample = maskExample(block.text, mark);
      const list = sample.length > mark.end - mark.start ? withUnit : bare;
      if (!list.includes(sample)) list.push(sample);
    }
  }
  if (count === 0) return null;
  return { kind: 'masked', count, examples: [...withUnit, ...bare].slice(0, MAX_EXAMPLES.masked), note: NOTES.masked };
}

/** Truncation, with the text's last words as the example so the reader sees where it stops. */
export function truncatedFlag(blocks: CanonicalBlock[], previewCut: boolean, judgedAt: number): Flag | null {
  if (!previewCut && judgedAt < 0) return null;
  const at = judgedAt >= 0 ? judgedAt : blocks.length - 1;
  const tail = at >= 0 ? blocks[at].text.trimEnd() : '';
  return {
    kind: 'truncated',
    count: 1,
    examples: tail === '' ? [] : [tail.length > TAIL_CHARS ? `…${tail.slice(-TAIL_CHARS)}` : tail],
    note: previewCut ? NOTES.truncatedPreview : NOTES.truncatedMidSentence,
  };
}
