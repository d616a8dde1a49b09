/**
 * Split stage: titles and collections on small pages, then goldens on the five seeds. A case's
 * input.txt is the text the strip stage kept of a page (for the seeds, strip's reviewed
 * output.txt, copied once), so a split golden changes only when split does; its lines are
 * numbered from the input file, not from the page.
 */
import { describe, expect, it } from 'vitest';
import { gluedTitleLength, looksLikeTitle, type SplitDocument, splitDocuments } from '../../scripts/ingest/split.ts';
import { expectMatchesFixture, fixtureCases, readFixture, toGoldenJson } from '../helpers/fixtures.ts';
import { SEED_CASES } from '../helpers/seed-cases.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

const STAGE = 'split';

/** A document as the golden shows it: every line as `number: text`, one per JSON line. */
const golden = (docs: SplitDocument[]) =>
  toGoldenJson(docs.map((d) => ({ ...d, lines: d.lines.map((l) => `${l.line}: ${l.text}`) })));

describe('split: golden fixtures, one case per folder', () => {
  const cases = fixtureCases(STAGE);

  it('has a case for every seed', () => {
    expect(cases).toEqual(expect.arrayContaining(Object.values(SEED_CASES)));
  });

  it.each(cases)('%s', (name) => {
    const input = readFixture(STAGE, name, 'input.txt').split('\n');
    expectMatchesFixture(STAGE, name, 'output.json', golden(splitDocuments(lines(...input))));
  });
});

describe('split: titles', () => {
  it('takes a title glued onto the first sentence off it (seed 000)', () => {
    const docs = splitDocuments(
      lines('苏州教育局工作报告', '苏州教育局工作报告尊敬的各位领导、各界代表：', '一、过去工作回顾'),
    );
    expect(docs).toHaveLength(1);
    expect(docs[0].title).toBe('苏州教育局工作报告');
    expect(docs[0].lines.map((l) => l.text)).toEqual(['尊敬的各位领导、各界代表：', '一、过去工作回顾']);
    expect(docs[0].repairs).toEqual([{ kind: 'repeated-title', count: 1, examples: ['苏州教育局工作报告'] }]);
  });

  it('leaves a page without a title untitled (seed 002)', () => {
    const docs = splitDocuments(
      lines('201x年，是“教育工作巩固提升年”，全市教育系统戮力同心。', '一、教育优质均衡深入推进'),
    );
    expect(docs[0].title).toBeNull();
    expect(docs[0].lines).toHaveLength(2);
  });

  it('matches glued copies that differ in dashes or a site suffix', () => {
    expect(gluedTitleLength('教育局工作总结——提升学校教育质量保障近年来', '教育局工作总结提升学校教育质量保障')).toBe(
      19,
    );
    expect(gluedTitleLength('关于全区情况的报告以下是', '关于全区情况的报告-最新范文')).toBe(9);
    expect(gluedTitleLength('完全不同的开头', '关于全区情况的报告')).toBe(0);
  });

  it.each([
    ['苏州教育局工作报告', true],
    ['一、过去工作回顾', false],
    ['现向大家汇报如下。', false],
    ['ab', false],
  ])('looksLikeTitle(%s) = %s', (t, yes) => {
    expect(looksLikeTitle(t)).toBe(yes);
  });
});

describe('split: collection pages (seed 004)', () => {
  const page = lines(
    '教育局开展扩大优质教育资源情况汇报',
    '教育局全年工作总结',
    '教育局全年工作总结',
    '教育局全年工作总结一、教育政策实施概况过去的一年中。',
    '我们深入实施素质教育。',
    '亳州市教育局工作总结报告',
    '亳州市教育局工作总结报告',
    '亳州市教育局工作总结报告亳州市教育局在过去一年中。',
    '教育局开展扩大优质教育资源情况汇报',
    '——坚持优先发展战略办好人民满意教育',
    '根据政协X区委员会的要求。',
  );
  it('splits every item and the page’s own document, titles off', () => {
    const docs = splitDocuments(page);
    expect(docs.map((d) => d.title)).toEqual([
      '教育局全年工作总结',
      '亳州市教育局工作总结报告',
      '教育局开展扩大优质教育资源情况汇报——坚持优先发展战略办好人民满意教育',
    ]);
    expect(docs.map((d) => d.lines[0].text)).toEqual([
      '一、教育政策实施概况过去的一年中。',
      '亳州市教育局在过去一年中。',
      '根据政协X区委员会的要求。',
    ]);
    expect(docs[2].titleLines).toEqual([9, 10]);
    expect(docs[0].repairs[0]).toEqual({ kind: 'repeated-title', count: 2, examples: ['教育局全年工作总结'] });
  });
});

describe('split: nothing vanishes', () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
  const caption = '图为区教育局召开集团化办学推进会现场';

  it('a caption repeated under each photo is no collection: one document, every line in it', () => {
    const page = [
      '区教育局召开集团化办学推进会',
      '3月7日，区教育局召开集团化办学推进会。',
      caption,
      '会上，各集团校长作了交流发言。',
      caption,
      '会议要求，各集团要深化融合。',
      caption,
    ];
    const docs = splitDocuments(lines(page));
    expect(docs).toHaveLength(1);
    expect(docs[0].title).toBe('区教育局召开集团化办学推进会');
    expect(docs[0].lines.map((l) => l.line)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('keeps the text above a collection’s first item as a document of its own', () => {
    const page = [
      '某区教育局开展工作情况汇报',
      '某区教育局开展工作情况汇报',
      '本页收录了两篇汇报，介绍如下。',
      '甲区工作总结',
      '甲区工作总结',
      '甲区工作总结一、甲区全年工作。',
      '乙区工作总结',
      '乙区工作总结',
      '乙区工作总结一、乙区全年工作。',
    ];
    const docs = splitDocuments(lines(page));
    expect(docs.map((d) => d.title)).toEqual(['某区教育局开展工作情况汇报', '甲区工作总结', '乙区工作总结']);
    expect(docs[0].lines.map((l) => l.text)).toEqual(['本页收录了两篇汇报，介绍如下。']);
    expect(docs[0].titleLines).toEqual([1, 2]);
  });
});

describe('split: titles of real pages', () => {
  const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

  it('joins an issuing body over its title, and a —— subtitle under it', () => {
    const docs = splitDocuments(
      lines(
        '广州市教育局',
        '2015年度政府信息公开年度报告',
        '——依据《政府信息公开条例》编制',
        '根据条例要求，现公布年度报告。',
      ),
    );
    expect(docs[0].title).toBe('广州市教育局2015年度政府信息公开年度报告——依据《政府信息公开条例》编制');
    expect(docs[0].titleLines).toEqual([1, 2, 3]);
    expect(docs[0].lines.map((l) => l.text)).toEqual(['根据条例要求，现公布年度报告。']);
  });

  it('takes a title run into the first sentence with a space, and never a byline or salutation', () => {
    const glued = splitDocuments(
      lines('县教育发展专题调研报告 按照市政府的安排，县组织调研组开展调研。', '一、基本情况'),
    );
    expect(glued[0].title).toBe('县教育发展专题调研报告');
    expect(glued[0].lines[0].text).toBe('按照市政府的安排，县组织调研组开展调研。');
    expect(splitDocuments(lines('（记者 李世秀 通讯员 林文）7月21日晚', '市直教育系统召开会议。'))[0].title).toBeNull();
    expect(splitDocuments(lines('同志们：', '今天的会议开得很好。'))[0].title).toBeNull();
  });
});

describe('split: an official document’s frame above its title', () => {
  const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

  it('keeps the 红头 and 文号 in the text and takes the title under them', () => {
    const docs = splitDocuments(
      lines(
        '吉林省教育厅文件',
        '吉教发〔2015〕3号',
        '吉林省教育厅2015年工作要点',
        '2015年，全省教育工作的总体要求是：坚持稳中求进。',
      ),
    );
    expect(docs[0].title).toBe('吉林省教育厅2015年工作要点');
    expect(docs[0].lines.map((l) => l.text)).toEqual([
      '吉林省教育厅文件',
      '吉教发〔2015〕3号',
      '2015年，全省教育工作的总体要求是：坚持稳中求进。',
    ]);
  });

  it('cuts a speech’s title off the salutation it was run into', () => {
    const docs = splitDocuments(
      lines(
        '县教育局局长在2025年秋季学期开学工作会议上讲话同志们：大家上午好！今天我们召开全县秋季学期开学工作会议。',
        '一、成绩',
      ),
    );
    expect(docs[0].title).toBe('县教育局局长在2025年秋季学期开学工作会议上讲话');
    expect(docs[0].lines[0].text).toBe('同志们：大家上午好！今天我们召开全县秋季学期开学工作会议。');
  });
});

describe('split: a title set over several lines', () => {
  const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

  it('joins lines while a book title is open, and a short line that ends the type', () => {
    const docs = splitDocuments(
      lines(
        '山东省人民政府教育督导委员会',
        '关于印发《2023年对市级人民政府履行',
        '教育职责评价报告》的通知',
        '鲁政教督委〔2024〕1号',
        '各市人民政府：',
        '现将评价报告印发给你们，请认真抓好落实。',
      ),
    );
    expect(docs[0].title).toBe(
      '山东省人民政府教育督导委员会关于印发《2023年对市级人民政府履行教育职责评价报告》的通知',
    );
    expect(docs[0].titleLines).toEqual([1, 2, 3]);
    expect(docs[0].lines[0].text).toBe('鲁政教督委〔2024〕1号');
    const split = splitDocuments(
      lines('清水县教育局2023年度政府信息公开工作年度', '报告', '根据条例要求，现将年度报告公布如下。'),
    );
    expect(split[0].title).toBe('清水县教育局2023年度政府信息公开工作年度报告');
  });
});

describe('split: which line is the title, on real page shapes', () => {
  const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));
  const PROSE = '近年来，县教育局紧紧围绕县委县政府年度工作安排，严格按照要求，认真做好各项工作。';

  it('on a collection page, the item’s own title above its text, the collection’s title on record', () => {
    const docs = splitDocuments(lines('教育局上半年工作总结年(热门14篇)', '上半年教育局帮建工作总结', PROSE));
    expect(docs[0].title).toBe('上半年教育局帮建工作总结');
    expect(docs[0].removed).toEqual([{ line: 1, text: '教育局上半年工作总结年(热门14篇)', rule: 'collection-title' }]);
    const labelled = splitDocuments(
      lines(
        '履行教育职责情况汇报',
        '履行教育职责情况汇报(精选6篇)',
        '履行教育职责情况汇报 第1篇',
        '县级政府2014年履行教育职责工作',
        'X县人民政府（2015年5月16日）',
        '督导团各位领导、同志们：',
        PROSE,
      ),
    );
    expect(labelled[0].title).toBe('县级政府2014年履行教育职责工作');
    expect(labelled[0].removed.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it('a compilation keeps its own title, and one title over its text stays the title', () => {
    expect(splitDocuments(lines('教育局2024年工作要点汇编(6篇)', 'XX自治县教育局2024年工作要点', PROSE))[0].title).toBe(
      '教育局2024年工作要点汇编(6篇)',
    );
    expect(splitDocuments(lines('县教育局2023年工作总结', PROSE))[0].title).toBe('县教育局2023年工作总结');
  });

  it('a publisher header over a title naming it again is the site’s; a bare bureau name is no title', () => {
    const docs = splitDocuments(lines('泾县教育体育局', '泾县教育体育局2023年政府信息公开工作年度报告', PROSE));
    expect(docs[0].title).toBe('泾县教育体育局2023年政府信息公开工作年度报告');
    expect(docs[0].removed).toEqual([{ line: 1, text: '泾县教育体育局', rule: 'publisher-header' }]);
    expect(splitDocuments(lines('广州市海珠区教育局', '2018年3月', PROSE))[0].title).toBeNull();
  });

  it('a paper’s name or a dateline over the headline goes on record; a caption stays in the text', () => {
    const headline = '教育局官员向教育界介绍施政报告';
    const paper = splitDocuments(lines('香港商報', headline, headline, PROSE));
    expect(paper[0].title).toBe(headline);
    expect(paper[0].removed).toEqual([{ line: 1, text: '香港商報', rule: 'site-line-above-title' }]);
    const caption = splitDocuments(lines('△9月9日,君山区召开教育工作座谈会。竺芳梓 摄', PROSE));
    expect(caption[0].title).toBeNull();
    expect(looksLikeTitle('联合报／ 记者潘奕言／屏东即时报导')).toBe(false);
    expect(looksLikeTitle('聯合報／ 記者潘奕言／屏東即時報導')).toBe(false);
  });

  it('a 文号 with the notice’s title run on becomes two lines of one source line', () => {
    const docs = splitDocuments(
      lines(
        '吉林省教育厅文件',
        '吉教发[2015]1号关于印发《吉林省教育厅2015年工作要点》的通知',
        '各市（州）教育局：',
        PROSE,
      ),
    );
    expect(docs[0].title).toBe('关于印发《吉林省教育厅2015年工作要点》的通知');
    expect(docs[0].lines.slice(0, 2)).toEqual([
      { line: 1, text: '吉林省教育厅文件' },
      { line: 2, text: '吉教发[2015]1号' },
    ]);
  });

  it('a 关于 title set over three lines runs on to its form', () => {
    const docs = splitDocuments(
      lines(
        '凌海市人民政府办公室关于印发凌海市推进',
        '县域义务教育优质均衡发展督导评估',
        '规划实施细则的通知',
        '各乡镇人民政府：',
        PROSE,
      ),
    );
    expect(docs[0].title).toBe(
      '凌海市人民政府办公室关于印发凌海市推进县域义务教育优质均衡发展督导评估规划实施细则的通知',
    );
  });
});
