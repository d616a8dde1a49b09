/**
 * Figures that are numbers with a unit but measure nothing about education in the place,
 * found by hand-labelling a sample of the figures the extractor took from the seeds and the
 * real pages (tests/fixtures/indicators/labelled-figures.json holds it):
 *
 *   各学校校长50余人参加会议 / 参会人员200人   the head-count of one meeting or event
 *   深入学习贯彻落实省xx次党代会精神           an ordinal without 第 (the Nth congress)
 *   台州市前3000名达到329人                    a rank threshold (前N名), not a count
 *   报导点阅数：211 次                          a site's page-view counter (chrome)
 *   教育质量提升等6项重点任务 / 办了这10件实事  the number of items of a list of tasks
 *
 * Each rule reads only the words right before and after the figure, within its clause.
 */
import type { Figure } from './figures.ts';

/** Clause ends: a rule never reads past them. */
const CLAUSE_END = /[，。；！？,;!?\n]/;

/** The clause's text after the figure, up to its end. */
function after(text: string, f: Figure): string {
  let i = f.end;
  while (i < text.length && !CLAUSE_END.test(text[i])) i++;
  return text.slice(f.end, i);
}

/** The clause's text before the figure, from its start. */
function before(text: string, f: Figure): string {
  let i = f.start;
  while (i > 0 && !CLAUSE_END.test(text[i - 1])) i--;
  return text.slice(i, f.start);
}

const PEOPLE = new Set(['人', '名']);
/** Attending, right after a head-count: …校长50余人参加会议. */
const ATTEND = /^(?:参加|出席|列席|参会|与会|到会|观摩)(?:了)?/;
/** What was attended, ending the clause: a meeting, ceremony or event (not 参加中考, 参加社会实践). */
const EVENT = /(?:会议|会|仪式|典礼|活动|开幕式|揭牌|论坛|讲座)$/;
/** The head-count named before the figure: 参会人员, 与会代表 … */
const ATTENDEES = /(?:参会|与会|出席|列席|到会)(?:人员|代表|人数)?(?:共|达|约|近|有)*$/;
/** What an ordinal 次 is the number of. */
const CONGRESS = /^(?:党代会|党员代表大会|代表大会|全会|全体会议|全委会|常委会)/;
/** Counters a page shows about itself. */
const COUNTER = /(?:点阅数?|阅读数|阅读量|浏览数?|浏览量|浏览次数|点击数|点击量|访问量|下载次数|评论数)[:：\s]*$/;
/** Nouns whose count is the number of items of a list the text sets out, not a measure. */
const LIST_ITEMS = /^(?:重点任务|主要任务|任务|重点工作|措施|举措|行动|要求|原则|内容|指标|制度|机制)/;

/** Why the figure is not an indicator, or null when it may be one. */
export function notAnIndicator(text: string, f: Figure): string | null {
  const next = after(text, f);
  const prev = before(text, f);
  const attended = ATTEND.exec(next);
  if (PEOPLE.has(f.unit) && attended && (next.length === attended[0].length || EVENT.test(next)))
    return 'head-count of an event';
  if (PEOPLE.has(f.unit) && ATTENDEES.test(prev)) return 'head-count of an event';
  if (f.unit === '次' && CONGRESS.test(next)) return 'ordinal';
  if (prev.trimEnd().endsWith('前') && PEOPLE.has(f.unit)) return 'rank threshold';
  if (COUNTER.test(prev)) return 'page counter';
  if ((f.unit === '项' && LIST_ITEMS.test(next)) || (f.unit === '件' && next.startsWith('实事'))) return 'list items';
  return null;
}
