/**
 * @fileoverview
 *
 * Context: below the report's last sentence, once the site's furniture has begun (a line
 * another rule removed), a short line that is no sentence is part of it too — a section
 * label between two "more" links, a related title without a bullet, a caption in a list of
 * pictures — unless it is the document's signature, date or attachment line.
 *
 * e.g.
 * - before:
 *   …加强城东区集团各校间联系。
 *   更多 >
 *   精彩图片
 *   2023年度教师节表彰大会隆重举行
 * - after:
 *   …加强城东区集团各校间联系。
 */
import type { ContextRule } from '../rule.ts';
import { isFrameLine, lastProse } from '../context.ts';

/** A cell separator standing alone on its line. */
const CELL_SEPARATOR = /^[|｜]$/;

/** Longest line taken for furniture: a related title, not a paragraph. */
const SHORT = 40;

/** A signature under the text: a school's or centre's name (the frame covers bureaus). */
const SIGNATURE = /(?:学校|中学|小学|幼儿园|中心|学院|大学)$/;

export const tailChrome: ContextRule = {
  kind: 'context',
  id: 'tail-chrome',
  description: 'A short line among the site furniture below the report.',
  select(page, claimed) {
    const last = lastProse(page, claimed);
    if (last < 0) return [];
    const out: number[] = [];
    let furniture = false;
    // A table a site flattened one cell a line, with a lone | between cells (a disclosure
    // report's statistics), is the report's, however short its cells.
    const separator = (i: number): boolean => CELL_SEPARATOR.test(page[i]?.trimmed ?? '');
    const nextNonBlank = (i: number, step: number): number => {
      let j = i + step;
      while (j >= 0 && j < page.length && page[j].blank) j += step;
      return j;
    };
    for (let i = last + 1; i < page.length; i++) {
      if (page[i].blank) continue;
      if (separator(i)) continue;
      if (claimed(i)) {
        furniture = true;
        continue;
      }
      const t = page[i].trimmed;
      if (separator(nextNonBlank(i, -1)) || separator(nextNonBlank(i, 1))) continue;
      // Labels and form fields (账号:, 验证码: 换一换) are furniture too; a sentence is not.
      // …and a photo's caption (▲全体新任校长…) is the story's, wherever the gallery ends.
      if (!furniture || t.length > SHORT || /[。！？；]/.test(t) || isFrameLine(t) || SIGNATURE.test(t)) continue;
      if (/^[△▲▼]/.test(t)) continue;
      out.push(i);
    }
    return out;
  },
};
