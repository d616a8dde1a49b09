/**
 * Meta stage: each field on the seeds as the earlier stages would cut them (seed-docs.ts), on
 * small texts and real page shapes, then goldens. A case's input.json is what the pipeline hands
 * this stage for each document of a page (canonical title, blocks, site, site hints); for the
 * seeds it was captured once from the pipeline, so a meta golden changes only when meta does.
 */
import { describe, expect, it } from 'vitest';
import { reportMetaSchema } from '../../shared/schemas/report.ts';
import { DOC_TYPES, extractMeta, type Meta, type MetaInput } from '../../scripts/ingest/meta.ts';
import { detectDocType } from '../../scripts/ingest/meta/doc-type.ts';
import { extractPlace, issuerFromSiteFields } from '../../scripts/ingest/meta/place.ts';
import {
  announcedTitle,
  cleanTitle,
  deriveTitle,
  disclosureTitle,
  titleFromSite,
} from '../../scripts/ingest/meta/title.ts';
import { extractYears, yearsIn } from '../../scripts/ingest/meta/years.ts';
import { readOfficial } from '../../scripts/ingest/meta/official.ts';
import { isoDate } from '../../scripts/ingest/frame.ts';
import { seed000, seed001, seed002, seed003, seed004, type SeedDoc } from '../helpers/seed-docs.ts';
import { expectMatchesFixture, fixtureCases, readFixture, toGoldenJson } from '../helpers/fixtures.ts';
import { SEED_CASES } from '../helpers/seed-cases.ts';

type Expected = Omit<Meta, 'sourceSite' | 'titleSource'>;
const meta = (doc: SeedDoc, site: string | null = null) => extractMeta({ title: doc.title, blocks: doc.blocks, site });
const withoutSource = ({ sourceSite: _s, titleSource: _t, ...rest }: Meta): Expected => rest;
const p = (text: string) => ({ kind: 'paragraph', level: 0, text });
const h = (text: string) => ({ kind: 'heading', level: 1, text });

describe('meta: golden fixtures, one case per folder', () => {
  const cases = fixtureCases('meta');

  it('has a case for every seed', () => {
    expect(cases).toEqual(expect.arrayContaining(Object.values(SEED_CASES)));
  });

  it.each(cases)('%s', (name) => {
    const inputs: MetaInput[] = JSON.parse(readFixture('meta', name, 'input.json'));
    expectMatchesFixture('meta', name, 'output.json', toGoldenJson(inputs.map(extractMeta)));
  });
});

describe('extractMeta on the seeds', () => {
  it('000 苏州教育局工作报告: a bare city name before 教育局', () => {
    expect(meta(seed000(), '人人文库')).toEqual({
      title: '苏州教育局工作报告',
      titleSource: 'page',
      issuer: '苏州市教育局',
      place: '苏州市',
      placeCode: '320500',
      placePath: ['江苏省', '苏州市'],
      level: '市',
      years: [],
      docType: '工作报告',
      official: null,
      sourceSite: '人人文库',
    });
  });

  it('001 区教育局关于2022年工作总结与2023年工作打算范文: anonymous district, title years', () => {
    expect(meta(seed001(), 'cnj8')).toEqual({
      title: '区教育局关于2022年工作总结与2023年工作打算',
      titleSource: 'page',
      issuer: null,
      place: null,
      placeCode: null,
      placePath: [],
      level: '区',
      years: [2022, 2023],
      docType: '工作总结与计划',
      official: null,
      sourceSite: 'cnj8',
    });
  });

  it('002 (no title): derived from 201x年 / 全市教育系统 / 上半年 / XX市', () => {
    expect(meta(seed002())).toEqual({
      title: 'XX市教育系统201x年上半年工作总结',
      titleSource: 'derived',
      issuer: null,
      place: null,
      placeCode: null,
      placePath: [],
      level: '市',
      years: [],
      docType: '工作总结',
      official: null,
      sourceSite: null,
    });
  });

  it('003 学龙岗… | 区教育局…: the informative half of the title, 栖霞区 from the text, not the benchmarks', () => {
    expect(meta(seed003())).toEqual({
      title: '区教育局:推进区域教育现代化,加快实现教育强区目标',
      titleSource: 'page',
      issuer: '栖霞区教育局',
      place: '栖霞区',
      placeCode: '320113',
      placePath: ['江苏省', '南京市', '栖霞区'],
      level: '区',
      years: [],
      docType: '工作计划',
      official: null,
      sourceSite: null,
    });
  });

  it('004: every collection item and the page document', () => {
    const expected: Expected[] = [
      {
        title: '教育部门工作总结优化教育资源配置促进公平发展',
        issuer: null,
        place: null,
        placeCode: null,
        placePath: [],
        level: '未知',
        years: [],
        docType: '工作总结',
        official: null,
      },
      {
        title: '教育局工作总结提升学校教育质量保障',
        issuer: null,
        place: null,
        placeCode: null,
        placePath: [],
        level: '市',
        years: [],
        docType: '工作总结',
        official: null,
      },
      {
        title: '教育局重点工作推进情况专题分析报告',
        issuer: null,
        place: null,
        placeCode: null,
        placePath: [],
        level: '未知',
        years: [],
        docType: '专题报告',
        official: null,
      },
      {
        title: '教育局全年工作总结',
        issuer: null,
        place: null,
        placeCode: null,
        placePath: [],
        level: '未知',
        years: [],
        docType: '工作总结',
        official: null,
      },
      {
        title: '义务教育优质均衡发展督导报告',
        issuer: null,
        place: null,
        placeCode: null,
        placePath: [],
        level: '未知',
        years: [],
        docType: '督导报告',
        official: null,
      },
      {
        title: '教育局工作报告提升学校教育投入效益',
        issuer: null,
        place: null,
        placeCode: null,
        placePath: [],
        level: '市',
        years: [],
        docType: '工作报告',
        official: null,
      },
      {
        title: '义务教育优质均衡发展汇报',
        issuer: null,
        place: null,
        placeCode: null,
        placePath: [],
        level: '未知',
        years: [],
        docType: '工作汇报',
        official: null,
      },
      {
        title: '亳州市教育局工作总结报告',
        issuer: '亳州市教育局',
        place: '亳州市',
        placeCode: '341600',
        placePath: ['安徽省', '亳州市'],
        level: '市',
        years: [],
        docType: '工作总结',
        official: null,
      },
      {
        title: '教育体育局关于全区教育资源优化整合情况的报告',
        issuer: null,
        place: null,
        placeCode: null,
        placePath: [],
        level: '区',
        years: [],
        docType: '工作报告',
        official: null,
      },
      {
        title: '关于推进义务教育优质均衡发展情况的汇报',
        issuer: null,
        place: null,
        placeCode: null,
        placePath: [],
        level: '市',
        years: [],
        docType: '工作汇报',
        official: null,
      },
      {
        title: '教育局重点工作进展情况汇报',
        issuer: null,
        place: null,
        placeCode: null,
        placePath: [],
        level: '未知',
        years: [],
        docType: '工作汇报',
        official: null,
      },
      {
        title: '某县推进义务教育优质均衡发展工作情况汇报',
        issuer: null,
        place: null,
        placeCode: null,
        placePath: [],
        level: '县',
        years: [],
        docType: '工作汇报',
        official: null,
      },
      {
        title: '优质教育资源发展情况汇报',
        issuer: null,
        place: null,
        placeCode: null,
        placePath: [],
        level: '未知',
        years: [],
        docType: '工作汇报',
        official: null,
      },
      {
        title: '义务教育优质均衡发展工作汇报',
        issuer: null,
        place: null,
        placeCode: null,
        placePath: [],
        level: '镇',
        years: [],
        docType: '工作汇报',
        official: null,
      },
      {
        title: '教育局重点工作推进情况专题报告',
        issuer: null,
        place: null,
        placeCode: null,
        placePath: [],
        level: '未知',
        years: [],
        docType: '专题报告',
        official: null,
      },
      {
        title: '教育局加强对教育资源配置的优化',
        issuer: null,
        place: null,
        placeCode: null,
        placePath: [],
        level: '未知',
        years: [],
        docType: '其他',
        official: null,
      },
      {
        title: '教育局内教育资源配置总结',
        issuer: null,
        place: null,
        placeCode: null,
        placePath: [],
        level: '未知',
        years: [],
        docType: '工作总结',
        official: null,
      },
      {
        title: '肇庆市教育局召开基础教育扩容提质优质学校倍增工程工作推进会',
        issuer: '肇庆市教育局',
        place: '肇庆市',
        placeCode: '441200',
        placePath: ['广东省', '肇庆市'],
        level: '市',
        years: [2021],
        docType: '会议报道',
        official: null,
      },
      {
        title: '教育局教育统计总结',
        issuer: null,
        place: null,
        placeCode: null,
        placePath: [],
        level: '区',
        years: [],
        docType: '工作总结',
        official: null,
      },
      {
        title: '区教育局关于提升教育融合发展速度工作情况汇报',
        issuer: null,
        place: null,
        placeCode: null,
        placePath: [],
        level: '区',
        years: [],
        docType: '工作汇报',
        official: null,
      },
      {
        title: '教育局开展扩大优质教育资源情况汇报',
        issuer: null,
        place: null,
        placeCode: null,
        placePath: [],
        level: '区',
        years: [],
        docType: '工作汇报',
        official: null,
      },
    ];
    expect(seed004().map((d) => withoutSource(meta(d)))).toEqual(expected);
  });

  it('gives values the report schema accepts, with docType from the documented list', () => {
    for (const doc of [seed000(), seed001(), seed002(), seed003(), ...seed004()]) {
      const m = meta(doc);
      const pick = reportMetaSchema.pick({
        title: true,
        titleSource: true,
        issuer: true,
        place: true,
        placeCode: true,
        placePath: true,
        level: true,
        years: true,
        docType: true,
        official: true,
        sourceSite: true,
      });
      expect(pick.parse(m)).toEqual(m);
      expect(DOC_TYPES).toContain(m.docType);
    }
  });
});

describe('title', () => {
  it('keeps the informative segment of a | title and drops site decorations', () => {
    expect(cleanTitle('学龙岗、赶新吴、超太仓 | 区教育局:推进区域教育现代化,加快实现教育强区目标')).toBe(
      '区教育局:推进区域教育现代化,加快实现教育强区目标',
    );
    expect(cleanTitle('教育体育局关于全区教育资源优化整合情况的报告-最新范文')).toBe(
      '教育体育局关于全区教育资源优化整合情况的报告',
    );
    expect(cleanTitle('义务教育优质均衡发展督导报告范文')).toBe('义务教育优质均衡发展督导报告');
    expect(cleanTitle('某区教育局2023年工作总结 | 某某文库网')).toBe('某区教育局2023年工作总结');
    expect(cleanTitle('苏州教育局工作报告(word版)')).toBe('苏州教育局工作报告');
  });

  it('derives a title from the first heading or opening words when the cues say too little', () => {
    expect(deriveTitle([h('加强师资队伍建设'), p('本年度我们做了很多工作。')], '其他')).toBe('加强师资队伍建设');
    // A numbered heading (一、总体情况) is a part of the text, never its title.
    expect(deriveTitle([h('一、加强师资队伍建设'), p('本年度我们做了很多工作。')], '其他')).toBe(
      '本年度我们做了很多工作',
    );
    expect(deriveTitle([p('近年来学校发展很快。后来又有变化。')], '其他')).toBe('近年来学校发展很快');
  });
});

describe('place, issuer and level', () => {
  it('does not take a place from benchmarks cited mid-sentence', () => {
    const m = extractPlace('区教育局工作', [
      p('全面开展“学龙岗、赶新吴、超太仓”对标找差专项行动, 将深圳龙岗作为灯塔标杆, 将无锡新吴、苏州太仓作为赶超标杆。'),
      p('力争区域教育综合实力进入南京市第一方阵。'),
    ]);
    expect(m).toEqual({ issuer: null, place: null, placeCode: null, placePath: [], level: '区' });
  });

  it('never takes a masked or anonymous place', () => {
    expect(extractPlace(null, [p('201x年是XX市教育事业取得显著成效的一年。我市教育系统…')])).toEqual({
      issuer: null,
      place: null,
      placeCode: null,
      placePath: [],
      level: '市',
    });
    expect(extractPlace('X区教育局工作汇报', [p('X区属小学XX所。')])).toEqual({
      issuer: null,
      place: null,
      placeCode: null,
      placePath: [],
      level: '区',
    });
    expect(extractPlace(null, [p('我是某县教育局负责义务教育的工作人员。')])).toEqual({
      issuer: null,
      place: null,
      placeCode: null,
      placePath: [],
      level: '县',
    });
    expect(
      extractPlace('区教育局关于2022年工作总结', [
        p('科学编制《*高新区(*区)推进教育高质量发展五大行动》。为高新区产业发展培养人才。'),
      ]),
    ).toEqual({
      issuer: null,
      place: null,
      placeCode: null,
      placePath: [],
      level: '区',
    });
  });

  it('reads named bureaus with and without a level character, and counties keep their suffix', () => {
    expect(extractPlace('江苏省教育厅关于2023年工作的报告', [])).toEqual({
      issuer: '江苏省教育厅',
      place: '江苏省',
      placeCode: '320000',
      placePath: ['江苏省'],
      level: '省',
    });
    expect(extractPlace('石家庄市教育局工作要点', [])).toEqual({
      issuer: '石家庄市教育局',
      place: '石家庄市',
      placeCode: '130100',
      placePath: ['河北省', '石家庄市'],
      level: '市',
    });
    expect(extractPlace('濉溪县教育体育局工作总结', [])).toEqual({
      issuer: '濉溪县教育体育局',
      place: '濉溪县',
      placeCode: '340621',
      placePath: ['安徽省', '淮北市', '濉溪县'],
      level: '县',
    });
    expect(extractPlace(null, [p('亳州市教育局在过去一年中取得了成绩。')])).toEqual({
      issuer: '亳州市教育局',
      place: '亳州市',
      placeCode: '341600',
      placePath: ['安徽省', '亳州市'],
      level: '市',
    });
    expect(extractPlace('我国教育事业发展报告', [p('各地教育局积极作为。')])).toEqual({
      issuer: null,
      place: null,
      placeCode: null,
      placePath: [],
      level: '未知',
    });
  });
});

describe('years', () => {
  it('reads years, skipping cited documents, issue numbers, since-anchors and masks', () => {
    expect(yearsIn('2022年亮点工作;2023年工作打算')).toEqual([2022, 2023]);
    expect(yearsIn('实施《教育发展规划(2019-2022年)》')).toEqual([]);
    expect(yearsIn('来源:《广东教学报》2021年第98期。列入2021年肇庆市十件民生实事')).toEqual([2021]);
    expect(yearsIn('2015年以来,自2016年起,201x年,XXXX年')).toEqual([]);
    expect(yearsIn('2021—2023年三年行动')).toEqual([2021, 2023]);
    expect(yearsIn('经费91.5万元,增长100%,2023年')).toEqual([2023]);
  });

  it('reads school years, and not the years a document was numbered or dated', () => {
    expect(yearsIn('2023—2024学年度教育工作会议，2017学年县教育工作会议')).toEqual([2017, 2023, 2024]);
    expect(
      extractYears(null, [
        p('云政办函〔2020〕1号'),
        p('2019年全省县级政府履职评价结果如下。'),
        p('2020年1月2日'),
        p('2018年3月'),
      ]),
    ).toEqual([2019]);
  });

  it("prefers the title's years over the text's", () => {
    expect(extractYears('2022年工作总结', [p('2019年以前……2021年……2022年……')])).toEqual([2022]);
    expect(extractYears(null, [p('2021年……2019年……2021年')])).toEqual([2019, 2021]);
  });
});

describe('docType', () => {
  it('matches the title first, in the documented order', () => {
    expect(detectDocType('亳州市教育局工作总结报告', [])).toBe('工作总结');
    expect(detectDocType('在全市教育工作会议上的讲话', [])).toBe('讲话');
    expect(detectDocType('关于2022年工作总结与2023年工作打算', [])).toBe('工作总结与计划');
    expect(detectDocType('义务教育优质均衡发展督导报告', [])).toBe('督导报告');
  });

  it('falls back on the opening text, then on plan-like headings', () => {
    expect(detectDocType(null, [p('现将有关情况汇报如下：')])).toBe('工作汇报');
    expect(detectDocType(null, [p('我们圆满完成了上半年工作,取得了丰硕成果。')])).toBe('工作总结');
    expect(detectDocType(null, [p('教育是基石。'), h('定下目标')])).toBe('工作计划');
    expect(detectDocType(null, [p('教育是基石。')])).toBe('其他');
  });

  it('takes a story told of others for news, a meeting’s when it is about one, where nothing else says', () => {
    const visit = p('省督导室副主任胡定南一行实地检查了部分学校，认为挂牌督导工作动作快、效果好。');
    expect(detectDocType('中小学校责任督学挂牌督导全覆盖', [visit])).toBe('新闻报道');
    const meeting = p('何开莉充分肯定了全县教育发展思路。何开莉指出，会上各校要明确目标，精准定位。');
    expect(detectDocType(null, [meeting])).toBe('会议报道');
    // One cue is not a story: a report quotes someone once.
    expect(detectDocType(null, [p('正如专家指出，教育是基石。')])).toBe('其他');
  });
});

describe('place edge cases', () => {
  it('does not glue the words before 我市 into a name, and reads a district under its city', () => {
    expect(extractPlace(null, [p('今天我市教育局召开会议。')])).toEqual({
      issuer: null,
      place: null,
      placeCode: null,
      placePath: [],
      level: '市',
    });
    expect(extractPlace('南京市栖霞区教育局工作总结', [])).toEqual({
      issuer: '栖霞区教育局',
      place: '栖霞区',
      placeCode: '320113',
      placePath: ['江苏省', '南京市', '栖霞区'],
      level: '区',
    });
    expect(extractPlace('本溪市教育局工作要点', [])).toEqual({
      issuer: '本溪市教育局',
      place: '本溪市',
      placeCode: '210500',
      placePath: ['辽宁省', '本溪市'],
      level: '市',
    });
    expect(extractPlace('加强教育局内部管理的报告', [p('一、加强教育局内部管理。')])).toEqual({
      issuer: null,
      place: null,
      placeCode: null,
      placePath: [],
      level: '未知',
    });
  });
});

describe('place from the gazetteer', () => {
  it('reads names the generic endings used to swallow (蜀山区, 东城区, 浦东新区)', () => {
    expect(extractPlace('蜀山区教育体育局2023年工作总结', [])).toEqual({
      issuer: '蜀山区教育体育局',
      place: '蜀山区',
      level: '区',
      placeCode: '340104',
      placePath: ['安徽省', '合肥市', '蜀山区'],
    });
    expect(extractPlace('东城区教育工作要点', []).placeCode).toBe('110101');
    expect(extractPlace('浦东新区教育局工作总结', []).placeCode).toBe('310115');
  });

  it('takes the subject of the opening sentence, and the signer under the text', () => {
    expect(extractPlace(null, [p('2023年以来，通川区坚持党建引领，推动教育高质量发展。')])).toEqual({
      issuer: null,
      place: '通川区',
      level: '区',
      placeCode: '511702',
      placePath: ['四川省', '达州市', '通川区'],
    });
    expect(
      extractPlace('2023年工作总结', [
        p('今年，我局做了很多工作。'),
        p('四川省达州市通川区教育局'),
        p('2023年12月20日'),
      ]),
    ).toMatchObject({
      issuer: '通川区教育局',
      place: '通川区',
      placeCode: '511702',
    });
  });

  it('leaves a name of several divisions without a code unless its parent is written', () => {
    expect(extractPlace(null, [p('一年来，宝山区教育局认真贯彻。')])).toMatchObject({
      place: '宝山区',
      placeCode: null,
      placePath: [],
    });
    expect(extractPlace(null, [p('一年来，上海市宝山区教育局认真贯彻。')])).toMatchObject({
      place: '宝山区',
      placeCode: '310113',
    });
  });

  it('does not read 和县 into 市和县两级, nor a short form outside a bureau name', () => {
    expect(extractPlace(null, [p('市和县两级教育部门协同推进。'), p('东方红小学开展活动。')])).toMatchObject({
      place: null,
    });
  });
});

describe('titles and types of real pages', () => {
  it('drops what sites add to a title: N篇, 范文 in the middle, 第1篇, pinyin glosses, a breadcrumb, a repeat', () => {
    expect(cleanTitle('2023教育局年度工作总结7篇')).toBe('2023教育局年度工作总结');
    expect(cleanTitle('教育局2024年工作要点汇编（6篇）')).toBe('教育局2024年工作要点汇编');
    expect(cleanTitle('全县教育工作的调研报告范例优推8篇')).toBe('全县教育工作的调研报告');
    expect(cleanTitle('县教育局2024年上半年工作总结范文和下半年工作计划')).toBe(
      '县教育局2024年上半年工作总结和下半年工作计划',
    );
    expect(cleanTitle('第1篇 教育局述职报告')).toBe('教育局述职报告');
    expect(cleanTitle('小学(xué)课后服务(wù)工作总结(jié)')).toBe('小学课后服务工作总结');
    expect(cleanTitle('2023年在全区教育工作会议上讲话（2023年）')).toBe('2023年在全区教育工作会议上讲话');
    expect(cleanTitle('您所在的位置：首页 > 职成动态 > 省政府督导评估组对徐水区进行督导评估')).toBe(
      '省政府督导评估组对徐水区进行督导评估',
    );
    expect(cleanTitle('教育局长致辞汇总 教育局长致辞汇总 教育局长致辞 1')).toBe('教育局长致辞汇总');
    expect(cleanTitle('2022年教育局工作总结与2023年工作计划打算（全文）')).toBe(
      '2022年教育局工作总结与2023年工作计划打算',
    );
    expect(cleanTitle('2022年教育局年度工作总结范本')).toBe('2022年教育局年度工作总结');
    expect(cleanTitle('管理创新与施政愿景之二—教育局 连江县政府提供')).toBe('管理创新与施政愿景之二—教育局');
    expect(cleanTitle('原标题：实现县域义务教育均衡发展规划目标')).toBe('实现县域义务教育均衡发展规划目标');
    expect(cleanTitle('云政办函〔2020〕1号《云南省人民政府办公厅关于督导评估结果的通报》')).toBe(
      '云南省人民政府办公厅关于督导评估结果的通报',
    );
  });

  it('derives a news page’s title from its first clause, past byline and dateline', () => {
    expect(
      deriveTitle(
        [p('（记者 李世秀 通讯员 林文）7月21日晚，市直教育系统召开半年工作总结会议，总结上半年工作。')],
        '会议报道',
      ),
    ).toBe('市直教育系统召开半年工作总结会议');
    expect(deriveTitle([p('本报讯 9月2日，经开区教文体局召开机关全体干部大会，传达会议精神。')], '会议报道')).toBe(
      '经开区教文体局召开机关全体干部大会',
    );
  });

  it('takes the title a site’s intro or page caption names when the page has none', () => {
    expect(titleFromSite(['下面是小编为大家整理的2022年市教育局长在县(区)教育工作座谈会上的讲话,供大家参考。'])).toBe(
      '2022年市教育局长在县(区)教育工作座谈会上的讲话',
    );
    expect(titleFromSite(['2022年教育局年度工作总结范本.doc_第1页'])).toBe('2022年教育局年度工作总结范本');
    expect(titleFromSite(['《区教育局2023年工作总结.docx》由会员分享,可在线阅读'])).toBe('区教育局2023年工作总结.docx');
    expect(titleFromSite(['点击下载'])).toBeNull();
    expect(cleanTitle('文章标题：市教育局局长的述职报告')).toBe('市教育局局长的述职报告');
  });

  it('takes the title a document announces, and titles a 政府信息公开年度报告 the usual way', () => {
    expect(
      announcedTitle([p('根据《条例》的规定，现公布遂溪县教育局2025年政府信息公开工作年度报告。本报告内容包括…')]),
    ).toBe('遂溪县教育局2025年政府信息公开工作年度报告');
    const opening = [p('根据《中华人民共和国政府信息公开条例》，编制本报告。'), p('2020年，我局认真贯彻。')];
    expect(disclosureTitle(opening, '铜仁市教育局', '铜仁市', [2020])).toBe(
      '铜仁市教育局2020年政府信息公开工作年度报告',
    );
    expect(disclosureTitle(opening, null, null, [2020, 2021])).toBeNull();
    expect(disclosureTitle([p('全年工作成效明显。')], '铜仁市教育局', null, [2020])).toBeNull();
  });

  it('types plans, notices, news and self-assessments', () => {
    expect(detectDocType('云南省人民政府办公厅关于2019年县级政府履行教育职责督导评估结果的通报', [])).toBe('通知');
    expect(detectDocType('安徽省人民政府关于实施《国务院关于基础教育改革与发展的决定》的意见', [])).toBe('实施方案');
    expect(detectDocType('2015年度全市教育工作会议隆重召开', [])).toBe('会议报道');
    expect(
      detectDocType(null, [p('根据《中华人民共和国政府信息公开条例》，现公布本局2020年政府信息公开工作年度报告。')]),
    ).toBe('工作报告');
    expect(detectDocType('关于印发《芜湖市教育局2024年工作要点》的通知', [])).toBe('工作计划');
    expect(detectDocType('关于做好2024年寒假安全工作的通知', [])).toBe('通知');
    expect(detectDocType('昌黎县人民政府关于统筹推进城乡义务教育一体化改革发展的实施意见', [])).toBe('实施方案');
    expect(detectDocType('区人大常委会副主任到区教育局调研', [])).toBe('新闻报道');
    expect(detectDocType(null, [p('本报讯 9月2日，经开区教文体局召开全体干部大会。')])).toBe('会议报道');
    expect(detectDocType(null, [p('9月30日上午，县教育局组织开展节前校园安全检查。')])).toBe('新闻报道');
    expect(detectDocType(null, [p('□常德日报记者 黄媛媛 通讯员 田志波'), p('金秋时节，碧空如洗，丹桂飘香。')])).toBe(
      '新闻报道',
    );
    expect(detectDocType('某县义务教育优质均衡发展自评报告', [])).toBe('督导报告');
    expect(detectDocType('教育局长年度工作述职报告', [])).toBe('工作报告');
  });

  it('reads a government issuing a title', () => {
    expect(extractPlace('昌黎县人民政府关于统筹推进义务教育一体化的实施意见', [])).toMatchObject({
      issuer: '昌黎县人民政府',
      placeCode: '130322',
    });
  });
});

describe('official-document frame', () => {
  it('reads 文号, 主送, 署名, 成文日期 and 附件 as metadata', () => {
    const blocks = [
      p('鲁政教督委〔2024〕1号'),
      p('各市教育局，局属各单位：'),
      p('现将评价报告印发给你们，请认真贯彻落实。'),
      p('附件：2023年对市级人民政府履行教育职责评价报告'),
      p('山东省人民政府教育督导委员会'),
      p('二〇二四年三月一日'),
      p('（此件公开发布）'),
    ];
    expect(readOfficial(blocks)).toEqual({
      masthead: null,
      signatory: null,
      number: { text: '鲁政教督委〔2024〕1号', code: '鲁政教督委', year: 2024, serial: 1 },
      addressee: '各市教育局，局属各单位',
      signer: '山东省人民政府教育督导委员会',
      date: '2024-03-01',
      attachments: ['2023年对市级人民政府履行教育职责评价报告'],
      distribution: [],
    });
  });

  it('reads the 红头, the 签发人 and the 抄送 and 印发 lines', () => {
    const blocks = [
      p('清河县教育局文件'),
      p('清教〔2024〕12号　签发人：王建国'),
      p('县人民政府：'),
      p('现将有关情况报告如下。'),
      p('清河县教育局'),
      p('2024年1月15日'),
      p('抄送：市教育局。'),
      p('清河县教育局办公室 2024年1月16日印发'),
    ];
    expect(readOfficial(blocks)).toMatchObject({
      masthead: '清河县教育局文件',
      signatory: '王建国',
      addressee: '县人民政府',
      signer: '清河县教育局',
      date: '2024-01-15',
      distribution: ['抄送：市教育局。', '清河县教育局办公室 2024年1月16日印发'],
    });
  });

  it('gives null for a page without a frame, and never a sentence as an attachment', () => {
    expect(
      readOfficial([p('2023年，全区教育系统坚持立德树人。'), p('附件：本文涉及的附件包括学校资源配置表，请关注。')]),
    ).toBeNull();
  });

  it('reads a signature with its date in brackets, and dates in both numeral forms', () => {
    expect(readOfficial([p('全县教育工作取得新进展。'), p('X县人民政府(2015年5月16 日)')])?.signer).toBe('X县人民政府');
    expect(isoDate('2023年12月20日')).toBe('2023-12-20');
    expect(isoDate('二〇二三年十二月二十日')).toBe('2023-12-20');
    expect(isoDate('2023年13月20日')).toBeNull();
  });
});

describe('issuer from a government site’s header', () => {
  it('takes the publisher a header names with its place, and nothing else', () => {
    expect(issuerFromSiteFields(['信息索引号 | 04618780/2024-01472 | 发布机构 | 无锡市梁溪区教育局 | |'])).toEqual({
      issuer: '梁溪区教育局',
      place: '梁溪区',
      placeCode: '320213',
      placePath: ['江苏省', '无锡市', '梁溪区'],
    });
    expect(issuerFromSiteFields(['发布时间：2024-08-13 来源：区教育局'])).toBeNull();
    expect(issuerFromSiteFields(['来源：中国教育之声'])).toBeNull();
  });
});

describe('metadata of pages from unseen sites', () => {
  const PROSE = '会议总结了过去一年的工作，部署了今年的重点任务。';

  it('titles a 印发 notice by what it hands out, and types it so', () => {
    const m = extractMeta({
      title: '苏州市教育局关于印发《2023年全市教育工作要点》的通知',
      blocks: [p(PROSE)],
      site: null,
    });
    expect([m.title, m.issuer, m.docType]).toEqual(['2023年全市教育工作要点', '苏州市教育局', '工作计划']);
    const bare = extractMeta({
      title: '泉州市丰泽区教育局关于印发 2025年政府信息公开工作年度报告的通知',
      blocks: [p(PROSE)],
      site: null,
    });
    expect(bare.title).toBe('泉州市丰泽区教育局2025年政府信息公开工作年度报告');
  });

  it('titles a disclosure report by who compiled it, or by its form when it says nothing', () => {
    const compiled = [
      p(
        '本报告是根据《中华人民共和国政府信息公开条例》的规定，由广州市海珠区教育局编制的2017年度政府信息公开年度报告。',
      ),
    ];
    expect(announcedTitle(compiled)).toBe('广州市海珠区教育局2017年度政府信息公开年度报告');
    const m = extractMeta({
      title: null,
      blocks: [h('一、总体情况'), p('一年来，我局认真落实政府信息公开各项工作。')],
      site: null,
    });
    expect([m.title, m.docType]).toEqual(['教育局政府信息公开工作年度报告', '工作报告']);
  });

  it('reads Taiwan’s counties without a code, and their 民国 years', () => {
    const m = extractMeta({
      title: null,
      blocks: [p('苗栗县政府教育局今天表示，将于21日举行苗栗县97学年度第1学期公私立国民中小学校长会议。')],
      site: null,
    });
    expect([m.place, m.placeCode, m.placePath, m.years]).toEqual(['苗栗县', null, ['台湾省', '苗栗县'], [2008]]);
  });

  it('names Hong Kong from its short form, and makes up no bureau name for it', () => {
    const m = extractPlace('教育局局长谈施政报告', [
      p('香港教育局局长今日表示，香港的学校将继续推行国家安全教育。'),
      p('他说，香港教育要面向未来。'),
    ]);
    expect([m.place, m.issuer]).toEqual(['香港特别行政区', null]);
  });

  it('finds a text’s own place where only a place stands, at the level it speaks of itself', () => {
    const yandu = extractPlace(null, [
      p('本报讯 4月27日，全市初中教育内涵建设现场推进会在我区召开。'),
      p('他要求以这次会议在盐都召开为契机，打造更具特色的盐都初中教育品牌。'),
    ]);
    expect([yandu.place, yandu.placeCode]).toEqual(['盐都区', '320903']);
    const cited = extractPlace(null, [
      p('我县认真执行《英山县县级党政机关公务接待管理办法》，规范接待管理。'),
      p('全县教育系统作风持续好转。'),
    ]);
    expect(cited.place).toBe('英山县');
    // 教育资源 is no 资源县, and a province's document is cited by every level under it.
    expect(
      extractPlace(null, [
        p('我县整合教育资源，优化资源配置，共享优质资源。'),
        p('全县落实《湖北省关于加强教育的意见》。'),
      ]).place,
    ).toBeNull();
  });

  it('gives a five-year plan its years, and a joint 署名 its issuer', () => {
    expect(extractYears('上海市普陀区教育人才队伍建设“十四五”专项规划', [])).toEqual([2021, 2022, 2023, 2024, 2025]);
    const signed = extractPlace(null, [
      p('现将规划印发给你们，请认真执行。'),
      p('中共上海市普陀区教育工作委员会   上海市普陀区教育局'),
      p('2022年10月10日'),
      p(PROSE),
      p(PROSE),
      p(PROSE),
      p(PROSE),
    ]);
    expect(signed.issuer).toBe('普陀区教育局');
  });

  it('cleans titles: 【精选推荐】, 篇（1）, a trailing numeral, 关于 before a plain title, a site’s name before a colon', () => {
    expect(cleanTitle('2022年县教育局工作总结及2023年工作安排【精选推荐】')).toBe(
      '2022年县教育局工作总结及2023年工作安排',
    );
    expect(cleanTitle('教育局半年工作总结篇（1）')).toBe('教育局半年工作总结');
    expect(cleanTitle('教育局季度工作总结一')).toBe('教育局季度工作总结');
    expect(cleanTitle('关于教育局工作总结范文')).toBe('教育局工作总结');
    expect(cleanTitle('关于召开全县教育工作会议的通知')).toBe('关于召开全县教育工作会议的通知');
    expect(cleanTitle('必威体育app官网：教育局2023年政府信息公开工作年度报告')).toBe(
      '教育局2023年政府信息公开工作年度报告',
    );
    expect(cleanTitle('当前义务教育均衡发展存在问题与策略思考Word文档下载推荐')).toBe(
      '当前义务教育均衡发展存在问题与策略思考',
    );
  });

  it('types a host’s script as a speech, a summary with next half-year’s focus as both, a 电 dateline as news', () => {
    expect(detectDocType('在全区教育工作暨庆祝教师节表彰大会上的主持词', [])).toBe('讲话');
    expect(detectDocType('教育局2023年上半年工作总结和下半年工作重点', [])).toBe('工作总结与计划');
    expect(detectDocType(null, [p('香港新闻网6月30日电 政府换届在即，教育局局长在社交网站总结其任内工作。')])).toBe(
      '新闻报道',
    );
  });

  it('types a news story by its dated lead, past captions, and keeps it news', () => {
    const blocks = [
      h('会议现场'),
      p('省委书记主持会议并作总结'),
      p('9月9日至10日，省教育厅在汉召开2010年理论务虚会，进一步学习规划纲要。'),
    ];
    const m = extractMeta({ title: null, blocks, site: null });
    expect([m.docType, m.title]).toEqual(['会议报道', '省教育厅在汉召开2010年理论务虚会']);
  });
});
