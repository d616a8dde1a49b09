/**
 * The chrome rules in the order they are tried. Among line rules the first match names the
 * removal, so site-specific and paywall rules come before the generic ones they overlap.
 * Kinds run in passes (line, then section, then edge-run); see ../run-rules.ts.
 */
import type { ChromeRule } from '../rule.ts';
import { renrendocNotice } from './renrendoc-notice.ts';
import { cnj8Footer } from './cnj8-footer.ts';
import { previewEnded } from './preview-ended.ts';
import { contactAgent } from './contact-agent.ts';
import { docSharingNotice } from './doc-sharing-notice.ts';
import { copyrightNotice } from './copyright-notice.ts';
import { documentSummaryLabel } from './document-summary-label.ts';
import { breadcrumb } from './breadcrumb.ts';
import { videoCommentWidget } from './video-comment-widget.ts';
import { downloadButton } from './download-button.ts';
import { pageActionButton } from './page-action-button.ts';
import { commentForm } from './comment-form.ts';
import { nextArticle } from './next-article.ts';
import { likePrompt } from './like-prompt.ts';
import { closeTip } from './close-tip.ts';
import { copyrightFooter } from './copyright-footer.ts';
import { dateLine } from './date-line.ts';
import { spamLink } from './spam-link.ts';
import { siteNav } from './site-nav.ts';
import { tipsList } from './tips-list.ts';
import { latestDocuments } from './latest-documents.ts';
import { relatedList } from './related-list.ts';
import { comments } from './comments.ts';
import { collectionLabel } from './collection-label.ts';
import { edgeLinkList } from './edge-link-list.ts';
import { editorIntro } from './editor-intro.ts';
import { leakedCode } from './leaked-code.ts';
import { pageInfo } from './page-info.ts';
import { pageMarker, previewRemaining } from './page-marker.ts';
import { siteWidget } from './site-widget.ts';
import { headChrome } from './head-chrome.ts';
import { tableOfContents } from './table-of-contents.ts';
import { headNav } from './head-nav.ts';
import { tailChrome } from './tail-chrome.ts';
import { symbolLine } from './symbol-line.ts';
import { spamKeywords } from './spam-keywords.ts';
import { siteSummary } from './site-summary.ts';
import { imageFile } from './image-file.ts';
import { strayBar } from './stray-bar.ts';
import { repeatedFurniture } from './repeated-furniture.ts';
import { fieldLine } from './field-line.ts';
import { reviewCredit } from './review-credit.ts';
import { endMarker } from './end-marker.ts';
import { linkLine } from './link-line.ts';
import { summaryTeaser } from './summary-teaser.ts';
import { echoedFurniture } from './echoed-furniture.ts';
import { emptyField } from './empty-field.ts';
import { pictographLine } from './pictograph-line.ts';
import { foreignLine } from './foreign-line.ts';
import { kanaLine } from './kana-line.ts';
import { titleAlt } from './title-alt.ts';
import { injectedWords } from './injected-words.ts';
import { repeatedCaption } from './repeated-caption.ts';

/** Every chrome rule, in the order tried. */
export const chromeRules: readonly ChromeRule[] = [
  // site-specific lines
  renrendocNotice,
  cnj8Footer,
  // paywall and preview-end lines
  previewEnded,
  contactAgent,
  docSharingNotice,
  previewRemaining,
  // generic lines
  copyrightNotice,
  documentSummaryLabel,
  breadcrumb,
  videoCommentWidget,
  downloadButton,
  pageActionButton,
  commentForm,
  nextArticle,
  likePrompt,
  closeTip,
  copyrightFooter,
  // generic classes of chrome, whatever the site's wording
  pageInfo,
  editorIntro,
  siteWidget,
  pageMarker,
  leakedCode,
  symbolLine,
  imageFile,
  spamKeywords,
  collectionLabel,
  endMarker,
  kanaLine,
  // lines removed only at the page edges
  dateLine,
  siteSummary,
  spamLink,
  siteNav,
  reviewCredit,
  linkLine,
  pictographLine,
  foreignLine,
  // sections: a header and the list under it
  tipsList,
  latestDocuments,
  relatedList,
  comments,
  // heuristics at the page edges
  edgeLinkList,
  headNav,
  // context: where a line stands among removed lines, the title and the prose
  summaryTeaser,
  repeatedFurniture,
  fieldLine,
  tableOfContents,
  headChrome,
  echoedFurniture,
  titleAlt,
  injectedWords,
  repeatedCaption,
  emptyField,
  tailChrome,
  strayBar,
];
