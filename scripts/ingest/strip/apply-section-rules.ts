/**
 * Section rules: a header line such as 最新文档 or 相关推荐 and the list under it. See
 * `SectionRule` in ./rule.ts for where a list ends.
 */
import type { SectionRule } from './rule.ts';
import type { PageLine, ProseEdges } from './page.ts';
import { isBulletItem } from './line-shape.ts';
import type { Verdicts } from './verdicts.ts';

/** The section rule whose header this line is, if any (lines already removed are not headers). */
function headerRule(line: PageLine, rules: readonly SectionRule[]): SectionRule | undefined {
  const text = line.simplified;
  return text === null ? undefined : rules.find((rule) => rule.header.test(text));
}

/** A numbered list item: 2、PDF文件下载后…, 3. 本站不支持迅雷下载. */
const NUMBERED_ITEM = /^\d{1,2}\s*[、.．]\s*\S/;

/** A related item's teaser: cut off with an ellipsis, or opening with the item's title above it. */
function isTeaser(text: string, above: string | undefined): boolean {
  return /(?:…|\.{3})$/.test(text) || (above !== undefined && above.length >= 6 && text.startsWith(above));
}

/** A related item's title: short, no sentence stop. */
const isItemTitle = (text: string): boolean => text.length <= 40 && !/[。！？；]/.test(text);

/** Whether every line after the header is a removed line, a bullet, an item's title or its teaser. */
function runsToEnd(page: readonly PageLine[], header: number, verdicts: Verdicts): boolean {
  let above: string | undefined;
  for (let j = header + 1; j < page.length; j++) {
    const line = page[j];
    if (line.blank || verdicts[j] !== undefined) continue;
    const t = line.trimmed;
    if (!isBulletItem(t) && !isItemTitle(t) && !isTeaser(t, above)) return false;
    above = t;
  }
  return true;
}

/** Fills `verdicts` for each section header with a list under it, and for its list lines. */
export function applySectionRules(
  page: readonly PageLine[],
  rules: readonly SectionRule[],
  edges: ProseEdges,
  verdicts: Verdicts,
): void {
  for (let i = 0; i < page.length; i++) {
    if (verdicts[i] !== undefined) continue;
    const rule = headerRule(page[i], rules);
    if (rule === undefined) continue;

    const listLines: number[] = [];
    let hasList = false;
    let next = i + 1;
    // Under a header that follows the report's first sentence and runs to the end of the page
    // in titles and teasers (理大…罪名不成立 / 理大…罪名不成立 2019年理工大学…攻击…), the items
    // are the list's, however much a teaser reads like prose.
    const teasers = i > edges.first && runsToEnd(page, i, verdicts);
    let above: string | undefined;
    for (; next < page.length; next++) {
      const line = page[next];
      if (line.blank) continue;
      if (verdicts[next] !== undefined) {
        hasList = true; // another rule's chrome (0/150, a paywall line) belongs to this section too
        continue;
      }
      if (headerRule(line, rules) !== undefined) break;
      const item = teasers && (isItemTitle(line.trimmed) || isTeaser(line.trimmed, above));
      above = line.trimmed;
      // Under a header only chrome has (温馨提示, 相关推荐), numbered items are its list too.
      if (!isBulletItem(line.trimmed) && !NUMBERED_ITEM.test(line.trimmed) && !item && next <= edges.last) break;
      listLines.push(next);
      hasList = true;
    }

    const inTail = i > edges.last;
    if (!hasList && !inTail) continue;
    verdicts[i] = rule;
    for (const j of listLines) verdicts[j] = rule;
    i = next - 1;
  }
}
