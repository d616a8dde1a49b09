/**
 * The lines a news story is made of besides its text, as split, the title and the type
 * readers all need them told apart: a photo's caption, and the lead that opens the story.
 *
 *   △9月9日，君山区召开教育工作座谈会。竺芳梓 摄   →  a caption (it may still say what happened)
 *   会议现场                                         →  a bare caption (it says nothing)
 *   9月9日至10日，省教育厅在汉召开2010年理论务虚会…   →  the lead
 */

/** A photo's caption: △…, …摄, 图为…, 会议现场, （资料图片）. */
// …and a photo's label after its caption: 教育局局长蔡若莲。（资料图片）, …（图片来源：…）.
const CAPTION =
  /摄$|^[△▲]|^(?:图为|图片|资料图片|会议现场|活动现场)|[(（](?:资料图片|图片来源[^()（）]*|图\s*[/／][^()（）]*)[)）]$/u;

/** A caption that says nothing of the event (会议现场), unlike △9月9日，君山区召开…。 摄. */
const BARE_CAPTION = /^(?:图为|图片|资料图片|会议现场|活动现场)/;

/**
 * How a story's lead opens: a bracketed byline, 本报讯, 近日, its dateline (9月9日, 9月9日至10日),
 * an agency's dateline (人民网北京5月16日电).
 */
const LEAD =
  /^(?:[【[（(][^】\]）)]{0,20}(?:记者|报导|报道)[^】\]）)]{0,20}[】\]）)]|本报讯|本网讯|(?:近日|日前)，|\d{1,2}月\d{1,2}(?:日|[-—至]\d{1,2}日)|[^，。\s]{2,12}\d{1,2}月\d{1,2}日电)/;

export function isCaption(text: string): boolean {
  return CAPTION.test(text.trim());
}

export function isBareCaption(text: string): boolean {
  const t = text.trim();
  return BARE_CAPTION.test(t) || t.length <= 6;
}

/** The story's lead among its first paragraphs (past captions and bylines above it), or undefined. */
export function leadParagraph<T>(paragraphs: readonly T[], text: (p: T) => string): T | undefined {
  return paragraphs.slice(0, 3).find((p) => LEAD.test(text(p)));
}
