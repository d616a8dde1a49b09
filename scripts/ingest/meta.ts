/**
 * Meta stage: what a list, a filter or a citation needs to know about a report — title,
 * issuer, place, level, years, document type and source site — read from the title and
 * the canonical (Simplified) text. Pure; each field has its own module under meta/.
 */
import type { ReportMeta } from '../../shared/schemas/report.ts';
import { detectDocType } from './meta/doc-type.ts';
import { extractPlace, issuerFromSiteFields } from './meta/place.ts';
import {
  announcedTitle,
  cleanTitle,
  deriveTitle,
  disclosureTitle,
  handedOut,
  titleFromIntro,
  titleFromSite,
} from './meta/title.ts';
import { readOfficial } from './meta/official.ts';
import { extractYears } from './meta/years.ts';

export { DOC_TYPES, type DocType } from './meta/doc-type.ts';

export interface MetaInput {
  /** The page's title in canonical script, or null when the page had none. */
  title: string | null;
  /** The document's blocks, canonical Simplified text. */
  blocks: ReadonlyArray<{ kind: string; level: number; text: string }>;
  /** The site a chrome-stripping rule recognised, or null. */
  site: string | null;
  /** What the hosting site wrote about the document (intro, page captions, header fields), canonical script. */
  hints?: readonly string[];
}

/** The metadata this stage finds: those fields of the shared report schema. */
export type Meta = Pick<
  ReportMeta,
  | 'title'
  | 'titleSource'
  | 'issuer'
  | 'place'
  | 'placeCode'
  | 'placePath'
  | 'level'
  | 'years'
  | 'docType'
  | 'official'
  | 'sourceSite'
>;

/** How many of the first blocks are read for a site's header fields. */
const HEAD_BLOCKS = 6;

/**
 * Reads a document's metadata. The page title, when there is one, is the first witness
 * for every field; the text is read after it, and only where the title is silent.
 */
export function extractMeta(input: MetaInput): Meta {
  // Without a title line: the title the text announces (现公布…年度报告), else the site's words.
  // …or, where no rule took an editor's intro off the page, the intro as the text's first paragraph.
  const opening = input.blocks[0]?.kind === 'paragraph' ? titleFromIntro(input.blocks[0].text) : null;
  const named = input.title?.trim()
    ? input.title
    : (announcedTitle(input.blocks) ?? titleFromSite(input.hints ?? []) ?? opening);
  const pageTitle = named ? cleanTitle(named) : null;
  const typeFromPage = detectDocType(pageTitle, input.blocks);
  const derived = pageTitle ?? cleanTitle(deriveTitle(input.blocks, typeFromPage));
  // A title derived from the site's words or the first heading (教育局长致辞汇总) names the type
  // better than the opening's cues do.
  // …but a news story stays news: its headline is a clause of its lead (…主持会议并作总结).
  const isNews = (type: string): boolean => type === '新闻报道' || type === '会议报道';
  const fromDerived = pageTitle ? typeFromPage : detectDocType(derived, input.blocks);
  const docType = isNews(typeFromPage) && !isNews(fromDerived) ? typeFromPage : fromDerived;
  const news = docType === '新闻报道' || docType === '会议报道';
  const fromText = extractPlace(pageTitle, input.blocks, { news });
  // Where the text names no issuer, the publisher a government site names in its header does.
  // …or a header field the stripper left above the text (发布机构 | 无锡市梁溪区教育局).
  const head = input.blocks.slice(0, HEAD_BLOCKS).map((b) => b.text);
  const fromSite = fromText.issuer === null ? issuerFromSiteFields([...(input.hints ?? []), ...head]) : null;
  const { issuer, place, placeCode, placePath, level } =
    fromSite && fromText.place === null
      ? { ...fromText, ...fromSite }
      : { ...fromText, issuer: fromSite?.issuer ?? fromText.issuer };
  const minguo = placePath[0] === '台湾省';
  const years = meetingYears(extractYears(pageTitle, input.blocks, { minguo }), docType, pageTitle, () =>
    extractYears(null, input.blocks, { minguo }),
  );
  // 关于印发《2023年全市教育工作要点》的通知: the report is what the notice hands out.
  const handed = pageTitle ? handedOut(pageTitle) : null;
  const disclosure = pageTitle ? null : disclosureTitle(input.blocks, issuer, place, years);
  const title = (handed ? cleanTitle(handed) : pageTitle) ?? disclosure ?? derived;
  return {
    title,
    titleSource: pageTitle ? 'page' : 'derived',
    issuer,
    place,
    placeCode,
    placePath,
    level,
    years,
    // A disclosure report's title is made from its form, and names its type.
    docType: disclosure ? detectDocType(disclosure, input.blocks) : docType,
    official: readOfficial(input.blocks),
    sourceSite: input.site ?? null,
  };
}

/**
 * A year's work meeting (2024年古田县教育工作会议召开, a speech at it) reviews the year before
 * and deploys its own: where the title names one year and the text the one next to it, the
 * meeting covers both (2023 and 2024), as the labels of such pages have it.
 */
function meetingYears(years: number[], docType: string, title: string | null, textYears: () => number[]): number[] {
  if (years.length !== 1 || title === null || (docType !== '会议报道' && docType !== '讲话')) return years;
  if (!/会/.test(title)) return years;
  const [n] = years;
  const near = textYears().filter((y) => y === n - 1 || y === n + 1);
  return [...new Set([...near, n])].sort((a, b) => a - b);
}
