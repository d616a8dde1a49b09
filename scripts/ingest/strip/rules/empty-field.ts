/**
 * @fileoverview
 *
 * Context: removes a site's field label left without its value (發布日期: / 字型大小: /
 * 快速搜索 :), the value being a widget or a script the page lost. Only at the page edges:
 * below the last sentence, or above the first one next to a line already removed. A
 * document's own lines that end in a colon are left alone: a salutation (同志们：), an
 * addressee (各学校：), an attachment list (附件：).
 *
 * e.g.
 * - before:
 *   《全縣校長會議》各校救災效率高 李文良推許
 *   發布日期:
 *   點閱率:1,095
 *   字型大小:
 *   金門縣105學年度國民中、小學(含幼兒園)校(園)長會議,昨日在金門縣政府召開,…
 * - after:
 *   《全縣校長會議》各校救災效率高 李文良推許
 *   金門縣105學年度國民中、小學(含幼兒園)校(園)長會議,昨日在金門縣政府召開,…
 */
import type { ContextRule } from '../rule.ts';
import { firstProse, lastProse } from '../context.ts';

/** A label of two to six letters and a colon, nothing after it. */
const LABEL = /^\p{Script=Han}{2,6}\s*[:：]$/u;
/** What a document itself ends with a colon: whom it addresses, what it attaches. */
const OWN = /^(?:各|尊敬|亲爱|敬爱)|们|同志|领导|代表|来宾|朋友|老师|同学|附件|附表|附录|如下|抄送|主送|联系/;

export const emptyField: ContextRule = {
  kind: 'context',
  id: 'empty-field',
  description: 'A site’s field label whose value the page lost (發布日期:, 字型大小:), at the page edges.',
  select(page, claimed) {
    const [first, last] = [firstProse(page, claimed), lastProse(page, claimed)];
    if (first < 0) return [];
    const out: number[] = [];
    const gone = (i: number): boolean => claimed(i) || out.includes(i);
    const nonBlank = (i: number, step: number): number => {
      for (let j = i + step; j >= 0 && j < page.length; j += step) if (!page[j].blank) return j;
      return -1;
    };
    const label = (i: number): boolean => {
      const t = page[i].simplified ?? '';
      return !page[i].blank && !claimed(i) && LABEL.test(t) && !OWN.test(t);
    };
    for (let i = last + 1; i < page.length; i++) if (label(i)) out.push(i);
    // Above the text, a label beside removed lines (repeated until no more join).
    for (let changed = true; changed; ) {
      changed = false;
      for (let i = 0; i < first; i++) {
        if (out.includes(i) || !label(i)) continue;
        const [up, down] = [nonBlank(i, -1), nonBlank(i, 1)];
        if ((up >= 0 && gone(up)) || (down >= 0 && down < first && gone(down))) {
          out.push(i);
          changed = true;
        }
      }
    }
    return out.sort((a, b) => a - b);
  },
};
