/** Text segments into DOM: hits become `<mark class="hit">`, the rest plain text nodes. */
import type { Segment } from '../../shared/search/text-match.ts';

/** Appends `segments` to `parent`; returns the marks it made (for scrolling to the first). */
export function appendSegments(parent: ParentNode, segments: Segment[]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const s of segments) {
    if (!s.hit) {
      parent.append(s.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.className = 'hit';
    mark.textContent = s.text;
    marks.push(mark);
    parent.append(mark);
  }
  return marks;
}
