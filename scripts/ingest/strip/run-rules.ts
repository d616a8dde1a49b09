/**
 * Runs an ordered list of chrome rules over a page and reports what it kept and removed.
 * ../strip.ts calls it with the project's rule list; tests call it with single rules.
 */
import type { Removal, SourceLine, Stripped } from '../types.ts';
import type { ChromeRule, ContextRule, EdgeRunRule, LineRule, SectionRule } from './rule.ts';
import { findProseEdges, readPage } from './page.ts';
import { titleLineIndices } from './title-lines.ts';
import { applyLineRules, firstUnscopedMatch } from './apply-line-rules.ts';
import { applySectionRules } from './apply-section-rules.ts';
import { applyEdgeRunRules } from './apply-edge-run-rules.ts';
import { emptyVerdicts, type Verdicts } from './verdicts.ts';
import { joinFragments } from './fragments.ts';

/**
 * Options the stripper accepts; `pageTitle` (an HTML `<title>`) protects matching lines.
 * `document`: the text of a PDF or Word file, not a scraped page. Its edges are the
 * document's own (红头, 署名, 日期, tables), not a site's furniture, so only the rules that
 * recognise a line by its wording run, not the edge and context heuristics.
 */
export interface StripOptions {
  pageTitle?: string;
  document?: boolean;
}

type RulesByKind = { line: LineRule[]; section: SectionRule[]; edgeRun: EdgeRunRule[]; context: ContextRule[] };

/**
 * Each rule list split by kind, once: the same arrays on every page, so what is built per
 * list (the line rules' joined test, ./line-prefilter.ts) is built once per run.
 */
const splitLists = new WeakMap<readonly ChromeRule[], RulesByKind>();

/** Splits the ordered list by kind, keeping each kind's order. */
function byKind(rules: readonly ChromeRule[]): RulesByKind {
  let kinds = splitLists.get(rules);
  if (kinds === undefined) {
    kinds = {
      line: rules.filter((r): r is LineRule => r.kind === 'line'),
      section: rules.filter((r): r is SectionRule => r.kind === 'section'),
      edgeRun: rules.filter((r): r is EdgeRunRule => r.kind === 'edge-run'),
      context: rules.filter((r): r is ContextRule => r.kind === 'context'),
    };
    splitLists.set(rules, kinds);
  }
  return kinds;
}

/** Builds the stage result from the verdicts. */
function collect(lines: readonly SourceLine[], verdicts: Verdicts): Stripped {
  const kept: SourceLine[] = [];
  const removed: Removal[] = [];
  let site: string | null = null;
  let lastKeptText = -1;
  lines.forEach((line, i) => {
    const rule = verdicts[i];
    if (rule === undefined) {
      kept.push(line);
      if (line.text.trim() !== '') lastKeptText = i;
      return;
    }
    removed.push({ line: line.line, text: line.text, rule: rule.id });
    if (site === null && rule.site !== undefined) site = rule.site;
  });
  const previewCut = verdicts.some((rule, i) => i > lastKeptText && rule?.previewEnd === true);
  return { lines: kept, removed, previewCut, site };
}

/**
 * Applies `rules` to `lines`: line rules, then section rules, then edge-run heuristics, then
 * the context rules.
 * Blank lines are always kept; a line is kept or removed whole, never edited.
 */
export function runChromeRules(
  lines: readonly SourceLine[],
  rules: readonly ChromeRule[],
  options: StripOptions = {},
): Stripped {
  // A page broken into a line at every mask, year and bracket is judged by its sentences:
  // the verdict on a joined line holds for each of its source lines (./fragments.ts).
  const joined = joinFragments(lines);
  if (joined !== null) {
    const verdicts = judge(joined.lines, rules, options);
    const mapped = emptyVerdicts(lines.length);
    joined.members.forEach((members, i) => {
      for (const j of members) if (lines[j].text.trim() !== '') mapped[j] = verdicts[i];
    });
    return collect(lines, mapped);
  }
  return collect(lines, judge(lines, rules, options));
}

/** The verdict on each line of the page. */
function judge(lines: readonly SourceLine[], rules: readonly ChromeRule[], options: StripOptions): Verdicts {
  const page = readPage(lines);
  const kinds = byKind(rules);

  const unscoped = page.map((line) => firstUnscopedMatch(kinds.line, line.simplified));
  const edges = findProseEdges(page, (i) => unscoped[i] !== undefined);

  const verdicts = emptyVerdicts(page.length);
  applyLineRules(page, kinds.line, edges, verdicts, unscoped);
  applySectionRules(page, kinds.section, edges, verdicts);
  const titleLines = titleLineIndices(page, edges, (i) => verdicts[i] !== undefined, options.pageTitle);
  if (!options.document) {
    applyEdgeRunRules(page, kinds.edgeRun, edges, titleLines, verdicts);
    for (const rule of kinds.context) {
      for (const i of rule.select(page, (j) => verdicts[j] !== undefined)) verdicts[i] ??= rule;
    }
  }
  return verdicts;
}
