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
    for (; next < page.length; next++) {
      const line = page[next];
      if (line.blank) continue;
      if (verdicts[next] !== undefined) {
        hasList = true; // another rule's chrome (0/150, a paywall line) belongs to this section too
        continue;
      }
      if (headerRule(line, rules) !== undefined) break;
      // Under a header only chrome has (温馨提示, 相关推荐), numbered items are its list too.
      if (!isBulletItem(line.trimmed) && !NUMBERED_ITEM.test(line.trimmed) && next <= edges.last) break;
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
