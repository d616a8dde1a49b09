/**
 * @fileoverview
 *
 * Context: removes a table of contents a site (or the document's own export) prints above
 * the text: under a 目录 label, its numbered entries; unlabelled, a run of three or more
 * short lines above the first sentence, each of which stands again further down. Whatever the wording, the headings the
 * reader needs are the ones in the text.
 *
 * e.g.
 * - before:
 *   目录/提纲:……
 *   一、坚持科学发展,切实做好全市教育工作
 *   二、抓住关键环节,切实推进创建教育强市工作进程
 *   三、落实政府责任,切实为教育发展提供坚强保障
 *   同志们:
 *   一、坚持科学发展,切实做好全市教育工作
 *   …
 * - after:
 *   同志们:
 *   一、坚持科学发展,切实做好全市教育工作
 *   …
 */
import type { ContextRule } from '../rule.ts';

/** 目录, 目录/提纲:…… — the label over a table of contents. */
const LABEL = /^(?:目\s*录|提\s*纲|目录\s*[/／]\s*提纲)\s*[:：]?\s*[.…。·]*$/;
const MIN_ENTRIES = 3;
/** A numbered heading: 一、 一要 第一 （一） 1. */
const NUMBERED =
  /^(?:[一二三四五六七八九十]+[、是要]|第[一二三四五六七八九十]+|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])/;
const MAX_ENTRY = 40;
/** How far down a page unlabelled contents may begin, and the most entries a run takes. */
const HEAD_REACH = 60;
const MAX_RUN = 80;
/** How far below its contents a heading is looked for. */
const LOOKAHEAD = 5_000;

export const tableOfContents: ContextRule = {
  kind: 'context',
  id: 'table-of-contents',
  description: 'A table of contents: a run of short lines each repeated further down the page.',
  select(page, claimed) {
    const out: number[] = [];
    const text = page.map((l) => (l.blank ? '' : l.trimmed));
    // Entries are compared by their letters: the text may set its headings with other commas.
    const key = text.map((t) => t.replace(/[^\p{L}\p{N}]/gu, ''));
    const isEntry = (i: number): boolean =>
      !claimed(i) &&
      text[i].length <= MAX_ENTRY &&
      !/[。！？]$/.test(text[i]) &&
      (key[i].match(/\p{Script=Han}/gu)?.length ?? 0) >= 4;
    /** Whether line i stands again, as a line or a line's start, in the lines after `from`. */
    const comesBack = (i: number, from: number): boolean => {
      for (let j = from + 1; j < Math.min(text.length, from + 1 + LOOKAHEAD); j++)
        if (!claimed(j) && key[j] !== '' && key[j].startsWith(key[i])) return true;
      return false;
    };
    const sentence = text.findIndex((t) => t.length > MAX_ENTRY || /[。！？]$/.test(t));
    const firstSentence = sentence < 0 ? text.length : sentence;
    const previousLine = (i: number): number => {
      let k = i - 1;
      while (k >= 0 && page[k].blank) k--;
      return k;
    };
    // Where contents may begin: among the page's first lines above its first sentence, or right
    // under a 目录 label anywhere. Bounding the starts keeps a page of short lines linear.
    const starts = new Set<number>();
    for (let i = 0; i < Math.min(firstSentence, HEAD_REACH); i++) if (!page[i].blank) starts.add(i);
    text.forEach((t, i) => {
      if (!claimed(i) && LABEL.test(t)) {
        let k = i + 1;
        while (k < page.length && page[k].blank) k++;
        if (k < page.length) starts.add(k);
      }
    });
    let covered = -1;
    for (const i of [...starts].sort((a, b) => a - b)) {
      if (i <= covered) continue;
      // A run of entries: non-blank, short, with Han words, all different.
      const run: number[] = [];
      const seen = new Set<string>();
      let j = i;
      for (; j < page.length && run.length < MAX_RUN; j++) {
        if (page[j].blank) continue;
        if (!isEntry(j) || seen.has(key[j])) break;
        seen.add(key[j]);
        run.push(j);
      }
      if (run.length === 0) continue;
      const label = previousLine(run[0]);
      const labelled = label >= 0 && !claimed(label) && LABEL.test(text[label]);
      const afterRun = run[run.length - 1];
      // Under a 目录 label the contents are its numbered entries and those that come back (a
      // preview may stop before the headings); unlabelled, contents stand above the text they
      // list and every entry comes back after the run.
      const end =
        labelled && run.length >= 2 ? run.findIndex((k) => !NUMBERED.test(text[k]) && !comesBack(k, afterRun)) : -1;
      const entries = labelled ? run.slice(0, end < 0 ? run.length : end) : run;
      const unlabelledContents = !labelled && run.length >= MIN_ENTRIES && run.every((k) => comesBack(k, afterRun));
      if ((labelled && entries.length >= 2) || unlabelledContents) {
        if (labelled) out.push(label);
        out.push(...entries);
        covered = j;
      }
    }
    return out;
  },
};
