/**
 * Titles, types and issuers on pages of sites the phrase rules were never written for. Each
 * structural rule is tested twice where it matters: with every chrome rule, and with the
 * `line` rules (the phrase rules) switched off, which is how a page of an unseen site looks
 * to the stripper (tests/pages/README.md, "A proxy for unseen sites").
 */
import { describe, expect, it } from 'vitest';
import { processSource } from '../../scripts/ingest/pipeline.ts';
import { splitDocuments } from '../../scripts/ingest/split.ts';
import { extractMeta } from '../../scripts/ingest/meta.ts';
import { cleanTitle } from '../../scripts/ingest/meta/title.ts';
import { detectDocType } from '../../scripts/ingest/meta/doc-type.ts';
import { titleIssuer } from '../../scripts/ingest/meta/title-issuer.ts';
import { isCaption } from '../../scripts/ingest/news-lines.ts';
import { specialRegion } from '../../scripts/ingest/meta/special-region.ts';
import { toSimplifiedChars } from '../../scripts/ingest/strip/simplified.ts';
import { isStrongTitle, isTitleCandidate } from '../../scripts/ingest/strip/context.ts';
import { chromeRules } from '../../scripts/ingest/strip/rules/index.ts';
import { runChromeRules } from '../../scripts/ingest/strip/run-rules.ts';
import type { Stripped } from '../../scripts/ingest/types.ts';

const structural = chromeRules.filter((r) => r.kind !== 'line');
const toLines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
const withoutPhrases = (texts: string[]): Stripped => runChromeRules(toLines(texts), structural);
const withAll = (texts: string[]): Stripped => runChromeRules(toLines(texts), chromeRules);
const removed = (r: Stripped): Array<[number, string]> => r.removed.map((x) => [x.line, x.rule]);

const PROSE_1 = '2023年，全区教育系统坚持立德树人根本任务，推动教育高质量发展。';
const PROSE_2 = '全年新建改扩建中小学3所，新增学位2000余个，优质均衡水平持续提升。';
const page = (texts: string[]): Uint8Array => new TextEncoder().encode(texts.join('\n'));

describe('a title by its shape', () => {
  it('ends with a document’s name, whatever the site appends, and carries no field or sentence', () => {
    expect(isStrongTitle('2023年在全区教育工作会议上讲话(2023年)')).toBe(true);
    expect(isStrongTitle('2022年县教育局工作总结及2023年工作安排【精选推荐】')).toBe(true);
    expect(isStrongTitle('番禺區2024年教育工作會議召開')).toBe(true);
    expect(isStrongTitle('时间:2023-11-18 10:36:02 讲话稿 来源:网友投稿')).toBe(false);
    expect(isStrongTitle('教育新闻')).toBe(false);
  });

  it('is read in Simplified script on a Traditional page, and never ends with a colon', () => {
    expect(isTitleCandidate('國家教育督導檢查組對河北省義務教育均衡發展督導檢查反饋意見')).toBe(true);
    expect(isTitleCandidate('以下是教育局局長今日總結北京訪問行程時與傳媒的談話內容:')).toBe(false);
  });
});

describe('head-chrome: a site’s sentence over the title', () => {
  it('removes a notice opening the page above a title (公文高手…立即了解 / 区教育局工作报告材料)', () => {
    const texts = ['公文高手,超级方便的公文写作神器! 立即了解', '', '区教育局工作报告材料', '', PROSE_1, PROSE_2];
    expect(removed(withoutPhrases(texts))).toEqual([[1, 'head-chrome']]);
    // With the phrase rules on, one of them knows this line first.
    expect(removed(withAll(texts)).map(([line]) => line)).toEqual([1]);
  });

  it('removes a sentence naming the title under it, the site’s copies of the title above it kept', () => {
    const title = '2023年在全区教育工作会议上讲话(2023年)';
    const texts = [
      title,
      '',
      '下面是小编为大家整理的2023年在全区教育工作会议上讲话(2023年),供大家参考。',
      '',
      title,
      '同志们:',
      PROSE_1,
    ];
    expect(removed(withoutPhrases(texts))).toEqual([[3, 'head-chrome']]);
  });

  it('removes a collection’s blurb between its title (left for the split) and the first item’s', () => {
    const texts = [
      '教育局年终工作总结范文(通用3篇)',
      '总结是一种学习的过程，可以帮助我们更好地吸收和消化所学的知识。',
      '【篇一】教育局年终工作总结',
      PROSE_1,
    ];
    expect(removed(withoutPhrases(texts))).toEqual([[2, 'head-chrome']]);
  });

  it('keeps a report’s first paragraph, its salutation and a report sentence opening the page', () => {
    const title = '教育局教育工作总结';
    expect(removed(withoutPhrases([title, PROSE_1, title, PROSE_2]))).toEqual([]);
    const speech = [
      '县教育局局长2025年度述职述责述廉报告',
      '尊敬的各位领导、同志们：',
      '2025 年是贯彻全国教育大会精神、落实教育强国建设规划',
      '纲要的关键之年，也是我县教育“十四五”规划收官之年。',
    ];
    expect(removed(withoutPhrases(speech))).toEqual([]);
    expect(removed(withoutPhrases([PROSE_2, '区教育局工作报告材料', PROSE_1]))).toEqual([]);
  });

  it('removes a breadcrumb over the title, even one ending with it', () => {
    const title = '区教育局2021年工作总结和2022年科技教育工作规划';
    expect(removed(withoutPhrases([`您的位置:百味书屋 > 范文大全 > ${title}`, title, PROSE_1]))).toEqual([
      [1, 'head-chrome'],
    ]);
    expect(
      removed(withoutPhrases(['首頁 -> 港澳 ->社會', '總結任內工作 香港教育局局長稱過去幾年成績', PROSE_1])),
    ).toEqual([[1, 'head-chrome']]);
  });

  it('stops at a numbered heading between the title and the text: what follows is the document’s', () => {
    const texts = ['施政報告', '(九) 培育人才及青年發展', '培育人才', '教育願景', PROSE_1];
    expect(removed(withoutPhrases(texts))).toEqual([]);
  });
});

describe('split: the title nearest the text', () => {
  const PROSE = '近年来，县教育局紧紧围绕县委县政府年度工作安排，严格按照要求，认真做好各项工作。';

  it('takes the document’s own title under the site’s copy, past a lead-in and numbered headings', () => {
    const docs = splitDocuments(
      toLines([
        '2022年县教育局工作总结及2023年工作安排【精选推荐】',
        '县教育局2022年工作总结及2023年工作安排',
        '现将2022年教育工作进展情况及2023年工作安排汇报如下:',
        '一、2022年主要工作总结',
        '(一)工作成效及措施',
        PROSE,
      ]),
    );
    expect(docs[0].title).toBe('县教育局2022年工作总结及2023年工作安排');
    expect(docs[0].removed).toEqual([
      { line: 1, text: '2022年县教育局工作总结及2023年工作安排【精选推荐】', rule: 'collection-title' },
    ]);
  });

  it('finds an item’s title over its addressees, further down than six lines', () => {
    const docs = splitDocuments(
      toLines([
        '向教育局工作汇报(共15篇)',
        '第1篇:教育局工作汇报',
        '曲沃县教育局',
        '行政审批工作情况汇报',
        '曲沃县行政审批制度改革领导组办公室',
        '曲 沃 县 监 察 局',
        '曲 沃 县 政 务 大 厅 管 理 中 心:',
        PROSE,
      ]),
    );
    expect(docs[0].title).toBe('曲沃县教育局行政审批工作情况汇报');
    expect(docs[0].removed.map((r) => r.line)).toEqual([1, 2]);
  });
});

describe('pipeline: what the site says of the document', () => {
  it('titles a page by its thumbnails’ captions where the first line left is a site’s sentence', () => {
    const caption = (n: number) => `2022年教育局年度工作总结范本.doc_第${n}页`;
    const result = processSource(
      page([
        caption(1),
        caption(2),
        caption(3),
        '已阅读5页,还剩6页未读 继续免费阅读',
        '',
        `2022年教育局年度工作总结范本${PROSE_1}`,
        PROSE_2,
      ]),
      'page.txt',
    );
    expect(result.ok && [result.documents[0].title, result.documents[0].docType]).toEqual([
      '2022年教育局年度工作总结',
      '工作总结',
    ]);
  });

  it('names the issuer from a header field, removed by a structural rule or left above the text', () => {
    const headline = '县教育局机关认真收看全县干部大会视频直播';
    const lead = '21日上午，全县干部大会胜利召开，县教育局全体机关干部准时来到分会场收看直播。';
    const result = processSource(
      page([headline, '', '作者:周顺华 文章来源:遂昌县教育局 点击数:12 发布时间:2012-02-01', '', lead, PROSE_2]),
      'page.txt',
    );
    expect(result.ok && result.documents[0].issuer).toBe('遂昌县教育局');
    const meta = extractMeta({
      title: '2024年暑期梁溪区教育系统领导干部会议召开',
      blocks: [
        { kind: 'paragraph', level: 0, text: '文件编号 | — — | 发布机构 | 无锡市梁溪区教育局 | ||' },
        { kind: 'paragraph', level: 0, text: lead },
      ],
      site: null,
    });
    expect([meta.issuer, meta.place]).toEqual(['梁溪区教育局', '梁溪区']);
  });
});

describe('meta: a page without a title line', () => {
  it('takes the title an editor’s intro names where the intro is still the first paragraph', () => {
    const paragraph = (text: string) => ({ kind: 'paragraph', level: 0, text });
    const m = extractMeta({
      title: null,
      blocks: [
        paragraph('下面是小编为大家整理的2022年市教育局长在县教育工作座谈会上的讲话，供大家参考。'),
        paragraph('同志们：今天召开全市县教育工作座谈会，主要任务是总结工作、部署任务。'),
      ],
      site: null,
    });
    expect([m.title, m.docType]).toEqual(['2022年市教育局长在县教育工作座谈会上的讲话', '讲话']);
    // A report citing a document in its first paragraph is not titled by it.
    const cited = extractMeta({
      title: null,
      blocks: [paragraph('为贯彻落实《教育督导条例》，全县教育系统召开责任督学挂牌督导工作安排部署会。')],
      site: null,
    });
    expect(cited.title).not.toBe('教育督导条例');
  });
});

describe('meta: a title’s own words for its type and its decorations', () => {
  it('types a title naming itself a meeting’s report, and drops a 范文 item number', () => {
    expect(detectDocType('2024年全州教育体育工作会议报道', [])).toBe('会议报道');
    expect(cleanTitle('义务教育汇报材料范文1')).toBe('义务教育汇报材料');
  });
});

describe('round six: titles, years and types', () => {
  const meta = (texts: string[]) => {
    const r = processSource(page(texts), 'page.txt');
    if (!r.ok) throw new Error(r.reason);
    return r.documents[0];
  };

  it('joins a title a PDF’s text broke at its year (党政领导干部 / 2022 / 年度…自评报告)', () => {
    const [doc] = splitDocuments(
      ['党政领导干部', '2022', '年度履行教育职责情况自评报告', '根据', 'xx', '市人民政府教育督导委员会'].map(
        (text, i) => ({ text, line: i + 1 }),
      ),
    );
    expect(doc.title).toBe('党政领导干部2022年度履行教育职责情况自评报告');
    expect(doc.titleLines).toEqual([1, 2, 3]);
  });

  it('takes a title opening with a quoted slogan, and types …出席…会议 as a meeting’s news', () => {
    const title = '「健康飲食早啟蒙 閱讀素養共成長」 黃偉哲市長出席臺南市113學年度第2學期校長會議';
    const doc = meta([
      title,
      '',
      '【大成報記者杜忠聰/臺南報導】臺南市政府教育局7日舉辦113學年度第2學期高中職暨國民中小學校長會議,市長黃偉哲親自蒞臨,對各校校長表示高度肯定。',
      '黃偉哲市長表示,臺南市教育表現持續亮眼,過去一年全市在各類全國競賽與評比中獲獎頻頻。',
    ]);
    expect(doc.title).toBe('「健康饮食早启蒙 阅读素养共成长」 黄伟哲市长出席台南市113学年度第2学期校长会议');
    expect(doc.docType).toBe('会议报道');
    // 113學年度第2學期 is spring 2025, as the labels read a second term.
    expect(doc.years).toEqual([2025]);
  });

  it('reads a three-digit 學年度 as a 民国 year wherever the page is filed (金門縣 is under 福建省)', () => {
    const doc = meta([
      '《全縣校長會議》各校救災效率高',
      '',
      '金門縣105學年度國民中、小學校長會議,昨日在金門縣政府召開,教育處長李文良對於颱風造成學校災損,各校救災效率良好。',
      '李文良並以颱風造成學校災損,強調各校應該趕快復原,以免影響了學生的受教權益。',
    ]);
    expect(doc.years).toEqual([2016]);
  });

  it('gives a year’s work meeting the year it reviews too, where the text names it', () => {
    const doc = meta([
      '2024年古田县教育工作会议召开',
      '',
      '5月17日,2024年古田县教育工作会议召开。会议总结2023年全县教育工作,部署2024年重点工作。',
      '会议强调,要强化思想武装,推动全县教育高质量发展。副县长李杰出席会议并讲话。',
    ]);
    expect(doc.docType).toBe('会议报道');
    expect(doc.years).toEqual([2023, 2024]);
    // A report titled with its year keeps only that year.
    expect(meta(['某区教育局2023年工作总结', '', PROSE_1, '2022年全区新建学校3所,新增学位2000余个。']).years).toEqual([
      2023,
    ]);
  });
});

describe('round seven: titles, issuers and types', () => {
  it('drops an item label, a word count, a news site’s name, an item number and a column tag', () => {
    expect(cleanTitle('第一篇 2023年学校安全工作总结及今后工作重点 2800字')).toBe(
      '2023年学校安全工作总结及今后工作重点',
    );
    expect(cleanTitle('市教委召开2024年重庆教育新闻舆论工作媒体座谈会-华龙网')).toBe(
      '市教委召开2024年重庆教育新闻舆论工作媒体座谈会',
    );
    expect(cleanTitle('课后服务工作自查报告 1')).toBe('课后服务工作自查报告');
    expect(cleanTitle('[达川区教育局局长]某区教育局局长、党委书记2009年度述职报告')).toBe(
      '某区教育局局长、党委书记2009年度述职报告',
    );
    expect(cleanTitle('交流轮岗实施方案字范文（14篇）篇一')).toBe('交流轮岗实施方案');
    // …and reads a 文号 through a site's pinyin glosses.
    expect(cleanTitle('赣发(fā)〔2019〕21号《中共江西省委江西省人民政府关于学前教育深化改革规范发展的实施意见》')).toBe(
      '中共江西省委江西省人民政府关于学前教育深化改革规范发展的实施意见',
    );
    // A title printed twice around the site's word, and one run into a speech's salutation.
    expect(
      cleanTitle('• 县教育局关于2021年工作总结及工作思路的报告范文县教育局关于2021年工作总结及工作思路的报告范文'),
    ).toBe('县教育局关于2021年工作总结及工作思路的报告');
    expect(cleanTitle('【教师节表彰大会教育局局长讲话稿】尊敬的各位老师、同志们：')).toBe(
      '教师节表彰大会教育局局长讲话稿',
    );
    // A site's name alone is still dropped from a title it is joined to.
    expect(cleanTitle('区教育局2023年工作总结 | 中国教育网')).toBe('区教育局2023年工作总结');
  });

  it('names the issuer an official title heads, whatever body it is, and none where the name is only a level', () => {
    expect(titleIssuer('中共教育部党组关于十九届中央第七轮巡视整改进展情况的通报')).toBe('中共教育部党组');
    expect(titleIssuer('合肥市教育局党委关于市委第一巡察组巡察整改进展情况的通报')).toBe('合肥市教育局党委');
    expect(titleIssuer('中共江西省委江西省人民政府关于学前教育深化改革规范发展的实施意见')).toBe(
      '中共江西省委江西省人民政府',
    );
    expect(titleIssuer('区教育局关于2022年工作总结的报告')).toBeNull();
    expect(titleIssuer('全县教育工作会议召开')).toBeNull();
  });

  it('types a notice by what it says it makes public, news of a visit, and a summary with its next steps', () => {
    const opening = [
      {
        kind: 'paragraph',
        text: '根据市委统一部署，市委第一巡察组对市教育局党委进行了巡察。现将巡察整改进展情况予以公布。',
      },
    ];
    expect(detectDocType(null, opening)).toBe('通知');
    expect(detectDocType('蔡若莲率团访重庆成都', [])).toBe('新闻报道');
    expect(detectDocType('2023年学校安全工作总结及今后工作重点', [])).toBe('工作总结与计划');
    // A speech at a supervision meeting, an inspection team's visit, a rule's 实施细则, a 自评表.
    expect(detectDocType('副县长在县级人民政府履行教育职责督导评估工作推进会上的讲话', [])).toBe('讲话');
    expect(detectDocType('省政府教育督导评估组对徐水区政府履行教育职责工作进行督导评估', [])).toBe('新闻报道');
    expect(detectDocType('凌海市推进县域义务教育优质均衡发展督导评估规划实施细则', [])).toBe('实施方案');
    expect(detectDocType('105学年度校务评鉴自评表1-4', [])).toBe('督导报告');
    expect(detectDocType('国家教育督导检查组对河北省30个县(区)义务教育均衡发展督导检查反馈意见', [])).toBe('督导报告');
  });

  it('titles a speech stored without its title by the meeting its opening names', () => {
    const blocks = [
      '趙德榮',
      '同志們：',
      '根據新形勢的要求，我們在大理巍山召開全省學前教育工作推進現場會。會議的主要任務是部署工作。',
    ];
    const meta = extractMeta({
      title: null,
      blocks: blocks.map((text, i) => ({
        kind: i === 0 ? 'heading' : 'paragraph',
        level: 0,
        text: toSimplifiedChars(text),
      })),
      site: null,
    });
    expect(meta.title).toBe('在全省学前教育工作推进现场会上的讲话');
    expect(meta.docType).toBe('讲话');
  });

  it('takes the document a headline says was issued as the title (南京印发《…》和《…》)', () => {
    const r = processSource(
      page([
        '南京印发《关于全面加强和改进新时代学校体育工作的实施意见》和《关于全面加强和改进新时代学校美育工作的实施意见》',
        '发布时间:2022-02-23 浏览次数:显示稿件总访问量',
        '',
        '关于全面加强和改进新时代学校体育工作的实施意见',
        '',
        '为深入贯彻落实党中央关于学校体育工作的决策部署，结合我市实际，现提出如下实施意见。',
        '一、总体要求',
        '以立德树人为根本任务，坚持健康第一的教育理念，推动青少年文化学习和体育锻炼协调发展。',
      ]),
      'source.txt',
    );
    expect(r.ok && [r.documents[0].title, r.documents[0].docType]).toEqual([
      '关于全面加强和改进新时代学校体育工作的实施意见',
      '实施方案',
    ]);
  });

  it('removes a cookie banner, a version switch in English and Japanese and an app prompt above a news title', () => {
    const r = withAll([
      '本網站使用相關技術提供更好的閱讀體驗,同時尊重使用者隱私,點這裡瞭解中央社隱私聲明',
      'Your browser does not appear to support Traditional Chinese. Would you like to go to CNA’s English website',
      'こちらのページは繁体字版です。日本語版「フォーカス台湾」に移動しますか。',
      '中央社一手新聞APP Icon中央社一手新聞APP',
      '',
      '邱乾國任國教署長 林佳龍盼帶領國教升級',
      '2016/8/19 16:18(8/19 16:56 更新)',
      '(中央社記者趙麗妍台中19日電)教育部新人事,台中市教育局副局長邱乾國任教育部國民及學前教育署長,市長林佳龍表示感謝。',
    ]);
    expect(removed(r).map(([line]) => line)).toEqual([1, 2, 3, 4, 7]);
  });

  it('removes an image’s alt text repeating the title with a label', () => {
    const title = '前台中市教育局副局长邱干国接手国教署 期盼改善地方教育与中央关係!';
    const r = withAll([
      title,
      '2016-08-19',
      '教育部人事异动!台中市教育局副局长邱干国今日受任教育部国民及学前教育署长，市长林佳龙表达祝福。',
      `${title} | 文章内置图片`,
      '邱干国对接任一事表示，这原本不在自己的规划当中，但与教育部长共事时期，让他决定接手国教署。',
    ]);
    expect(removed(r)).toEqual([
      [2, 'page-info'],
      [4, 'title-alt'],
    ]);
  });

  it('reads a line ending with a photo’s label as a caption, never a title', () => {
    expect(isCaption('教育局局长蔡若莲。（资料图片）')).toBe(true);
    expect(isCaption('城东区教育局召开集团化办学座谈会（图片来源：城东区教育局）')).toBe(true);
    expect(isCaption('城东区教育局召开集团化办学座谈会')).toBe(false);
  });

  it('places Hong Kong’s press about its bureau in Hong Kong, wherever its people travel', () => {
    const text = [
      '教育局局长蔡若莲星期日启程访问重庆和成都，她将率领代表团在重庆参加华夏园丁活动，了解香港学生升学情况。',
      '在成都期间，蔡若莲会到访四川大学，并与在蓉的香港学生交流。',
      '蔡若莲下周五返港。她离港期间，教育局副局长施俊辉将署任局长。',
    ];
    expect(specialRegion(text.join('\n'))?.name).toBe('香港特别行政区');
    const meta = extractMeta({
      title: '蔡若莲率团访重庆成都',
      blocks: text.map((t) => ({ kind: 'paragraph', level: 0, text: t })),
      site: null,
    });
    expect([meta.place, meta.issuer]).toEqual(['香港特别行政区', null]);
    // A mainland bureau's head visiting Hong Kong is his city's.
    expect(specialRegion('深圳市教育局局长率团访港，在港期间与香港教育界交流，返深后部署工作。')).toBeNull();
    expect(specialRegion('深圳教育局局长率团访港，在港期间与香港教育界交流，返深后部署工作。')).toBeNull();
    expect(specialRegion('香港教育局局长蔡若莲率团访问重庆，了解香港学生升学情况，下周五返港。')?.name).toBe(
      '香港特别行政区',
    );
  });

  it('removes spam words injected mid-sentence, and a footer menu with English entries', () => {
    const r = withAll([
      '全国教育局处长会议在苗栗举行',
      '2016年第一次全国教育局处长会议今明两天在苗栗举行，',
      '高雄码头餐厅',
      '，身为地主的苗栗县教育处长刘火钦介绍食农教育、推广英语听写能力、设置幸福学院等特色教育，',
      '圣诞灯',
      '，今年第一场次轮到苗栗县举行，也是教育部长吴思华任内最后一次主持会议。',
      '新浪简介 | About Sina | 广告服务 | 招聘信息 | 网站律师 | SINA English | 产品答疑',
    ]);
    expect(removed(r).map(([line]) => line)).toEqual([3, 5, 7]);
    expect(r.removed.filter((x) => x.line !== 7).map((x) => x.rule)).toEqual(['injected-words', 'injected-words']);
  });
});

describe('round eight: edges, titles and leads', () => {
  it('takes a spam link with an address for no sentence, and a site’s name over its breadcrumb for chrome', () => {
    const spam = withAll([
      '浙江白癜风微信交流群 http://www.xianmeng.net.cn/fengshang/xinchao/870.html',
      '为营造平安、和谐、稳定的办学育人环境，9月29日县教育局在一楼会议室召开了全县教育系统稳定安全工作部署会议。',
    ]);
    expect(removed(spam)).toEqual([[1, 'link-line']]);
    const header = withAll([
      '县教育局',
      '当前位置: 首页',
      '>站群导航 >县教育局 >政务资讯 >教育动态',
      '',
      '湖州市区县教育局第三季度校园安全工作例会在德清召开',
      '发布日期: 2021-10-14 来源:本站原创',
      '10月14日上午，区县教育局第三季度校园安全工作例会在德清县莫干山镇中心学校召开，各区县教育局分管局长参加会议。',
    ]);
    expect(removed(header).map(([line]) => line)).toEqual([1, 2, 3, 6]);
  });

  it('keeps a headline opening with the body that says it, and titles a table’s title cell', () => {
    const r = processSource(
      page([
        '人民网>>教育>>本网原创',
        '',
        '教育部:去年全国幼儿园数量达到27.4万所',
        '',
        '10年增加7.6万所',
        '',
        '人民网北京5月16日电 （记者孙竞）记者从教育部获悉，2023年全国幼儿园数量达到27.4万所，比2013年增加7.6万所。',
      ]),
      'source.txt',
    );
    expect(r.ok && [r.documents[0].title, r.documents[0].docType]).toEqual([
      '教育部：去年全国幼儿园数量达到27.4万所',
      '新闻报道',
    ]);
    const table = processSource(
      page([
        '浙江省教育厅2024年度政府信息公开工作报告 | ||||||||||||||||||||||||||||||',
        '2024年，省教育厅聚焦教育改革发展和群众关注关切，着力发挥政务公开功能作用，提升教育信息公开质效。',
      ]),
      'source.txt',
    );
    expect(table.ok && table.documents[0].title).toBe('浙江省教育厅2024年度政府信息公开工作报告');
    expect(cleanTitle('[教育局(体育局)2019年上半年工作总结和下半年工作重点]')).toBe(
      '教育局(体育局)2019年上半年工作总结和下半年工作重点',
    );
  });

  it('types campaign news, Q&A transcripts and accounts of deputies’ proposals; a headline drops the room', () => {
    expect(detectDocType('国务院教育督导委员会办公室组织开展2018年秋季开学专项督导检查工作', [])).toBe('新闻报道');
    expect(detectDocType('西山区教育系统启动“廉政文化进学校”系列宣传教育活动', [])).toBe('新闻报道');
    expect(detectDocType('教育局局长会见传媒答问内容', [])).toBe('讲话');
    expect(detectDocType('区教育局2025年建议提案办理工作情况', [])).toBe('工作总结');
    const proposals = [{ kind: 'paragraph', text: '2023年，我局共办理省、市代表建议和政协提案195件，均已按时办结。' }];
    expect(detectDocType(null, proposals)).toBe('工作总结');
    const meta = extractMeta({
      title: null,
      blocks: [
        {
          kind: 'paragraph',
          level: 0,
          text: '12月8日，全县教育系统安全信访维稳工作专题会在县职业中学阶梯教室召开，县教育局局长出席会议并讲话。',
        },
      ],
      site: null,
    });
    expect(meta.title).toBe('全县教育系统安全信访维稳工作专题会召开');
  });

  it('removes a caption printed under three pictures, every copy, and keeps one printed once', () => {
    const caption = '▲▼新北114新卸任校(園)長交接典禮,市長侯友宜,教育局長張明文。（圖／記者姜國輝攝）';
    const r = withAll([
      '新北109位新卸任校長園長交接 侯友宜期勉秉持初心接力前行',
      '新北市舉辦114學年度新卸任校(園)長交接典禮，共109位校(園)長齊聚一堂，市長侯友宜親自到場表達祝福。',
      caption,
      '▲新北市114學年度109位新卸任校(園)長齊聚一堂。（圖／記者姜國輝攝；以下同）',
      '侯友宜致詞表示，教育始終要回到人的最基本「讓品德更好」，校長的態度很重要。',
      caption,
      '市長侯友宜也一一致贈退休校(園)長一尊孔子像，感謝他們深耕新北多年。',
      caption,
      '▲全體新任校(園',
    ]);
    expect(removed(r)).toEqual([
      [3, 'repeated-caption'],
      [6, 'repeated-caption'],
      [8, 'repeated-caption'],
    ]);
  });
});
