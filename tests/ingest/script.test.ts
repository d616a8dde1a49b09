/**
 * Script stage: detection on the five seeds and on short and mixed texts, conversion of
 * the Taiwan-phrased seed 003 phrase by phrase, the guarantee that Simplified text is never
 * touched, golden outputs per case folder, and properties over generated text.
 */
import fc from 'fast-check';
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import {
  charScript,
  detectScript,
  listTaiwanPhraseHits,
  scriptEvidence,
  toSimplified,
} from '../../scripts/ingest/script.ts';
import { traditionalToSimplified } from '../../scripts/ingest/script/opencc.ts';
import { TAIWAN_PHRASES } from '../../shared/opencc/taiwan-phrases.ts';
import type { Script } from '../../scripts/ingest/types.ts';
import { expectMatchesFixture, fixtureCases, readFixture } from '../helpers/fixtures.ts';
import { SEED_CASES, seedIds, seedText as seed } from '../helpers/seed-cases.ts';

const SEED_SCRIPTS: Record<string, Script> = {
  '000': 'Hant',
  '001': 'Hant',
  '002': 'Hans',
  '003': 'Hant-TW',
  '004': 'Hans',
};

describe('detectScript', () => {
  for (const [id, script] of Object.entries(SEED_SCRIPTS)) {
    it(`detects seed ${id} as ${script}`, () => {
      expect(detectScript(seed(id))).toBe(script);
    });
  }

  it('decides seed 003 by majority despite its Simplified chrome lines', () => {
    const text = seed('003');
    expect(text).toContain('喜欢就按个赞吧');
    const evidence = scriptEvidence(text);
    expect(evidence.simplified).toBeGreaterThan(0);
    expect(evidence.traditional).toBeGreaterThan(evidence.simplified * 10);
    expect(evidence.taiwanPhrases).toBeGreaterThanOrEqual(20);
    expect(detectScript('喜欢就按个赞吧!!!\n点击关闭提示')).toBe('Hans');
  });

  it('finds no Taiwan phrasing in the mainland-worded Traditional seeds (their 品質 is ambiguous)', () => {
    expect(scriptEvidence(seed('000')).taiwanPhrases).toBe(0);
    expect(scriptEvidence(seed('001')).taiwanPhrases).toBe(0);
    expect(seed('001')).toContain('內涵品質');
  });

  it('handles empty, non-Chinese and script-neutral texts as Simplified', () => {
    expect(detectScript('')).toBe('Hans');
    expect(detectScript('Copyright © 2023, 0/150')).toBe('Hans');
    expect(detectScript('教育')).toBe('Hans'); // characters shared by both scripts
  });

  it('detects very short texts from a single telling character or phrase', () => {
    expect(detectScript('资料')).toBe('Hans');
    expect(detectScript('資料')).toBe('Hant');
    expect(detectScript('四、結語')).toBe('Hant');
    expect(detectScript('寬頻網路覆蓋率')).toBe('Hant-TW');
    expect(detectScript('省優質幼稚園比例')).toBe('Hant-TW');
    expect(detectScript('提升教育品質')).toBe('Hant'); // 品質 alone is not evidence
  });

  it('decides a mixed text by the majority of script-specific characters', () => {
    const traditional = '區教育局圍繞核心目標，深化改革，促進公平，努力提升百姓的教育獲得感和滿意度。';
    const simplified = '点击关闭提示';
    expect(detectScript(`${traditional}\n${simplified}`)).toBe('Hant');
    expect(detectScript(`${simplified}\n${'学校发展规划'.repeat(10)}\n${traditional}`)).toBe('Hans');
  });

  it('needs Taiwan phrases at a rate, not a single one lost in a long text', () => {
    const long = '區教育局圍繞核心目標深化改革促進公平。'.repeat(100); // 1,800 Han characters
    expect(detectScript(`${long}寬頻`)).toBe('Hant');
    expect(detectScript(`${long}寬頻網路和專案`)).toBe('Hant-TW');
  });
});

describe('charScript', () => {
  it('classifies characters by which conversion changes them', () => {
    expect(charScript('发')).toBe('simplified');
    expect(charScript('發')).toBe('traditional');
    expect(charScript('教')).toBe('shared');
    expect(charScript('a')).toBe('other');
    expect(charScript('，')).toBe('other');
  });
});

describe('toSimplified on the Taiwan-phrased seed 003', () => {
  const converted = toSimplified(seed('003'), 'Hant-TW');

  it('gives the mainland phrases', () => {
    for (const phrase of [
      '努力在高质量发展上实现新突破',
      '宽带网络“校校通”覆盖率',
      '用大数据的思维改进教育模式',
      '建设试点项目',
      '不断推进区域教育现代化水平',
      '省优质幼儿园比例',
      '支持校长、骨干教师赴教育先进地区',
      '完善软硬件水平',
      '努力提升幼儿园办园质量',
      '提升学业水平质量',
      '办学内涵和质量水平',
      '实施互联网+教育战略',
      '着力打造教师队伍和管理队伍',
    ]) {
      expect(converted).toContain(phrase);
    }
  });

  it('leaves no Taiwan phrase behind', () => {
    for (const phrase of [
      '高品质发展',
      '宽频',
      '网路',
      '大资料',
      '专案',
      '水准',
      '幼稚园',
      '软硬体',
      '支援',
      '品質',
      '著力',
    ]) {
      expect(converted).not.toContain(phrase);
    }
  });

  it('keeps what must not change: 标准, 找准, 品质化, the Simplified chrome', () => {
    expect(converted).toContain('提高学校适度规模、标准班额办学水平');
    expect(converted).toContain('找准差距');
    expect(converted).toContain('管理规范化、有效性和品质化');
    expect(converted).toContain('喜欢就按个赞吧!!!\n点击关闭提示');
    expect(converted).toContain('监测得分为91.5');
  });

  it('makes exactly the reviewed replacements', () => {
    expect(listTaiwanPhraseHits(seed('003')).map((h) => [h.taiwan, h.mainland, h.count, h.guard])).toEqual([
      ['高品質發展', '高质量发展', 2, false],
      ['水準', '水平', 13, false],
      ['品質', '质量', 4, false],
      ['幼稚園', '幼儿园', 5, false],
      ['寬頻', '宽带', 1, false],
      ['網路', '网络', 1, false],
      ['軟硬體', '软硬件', 1, false],
      ['專案', '项目', 2, false],
      ['品質化', '品质化', 2, true],
      ['大資料', '大数据', 2, false],
      ['支援', '支持', 2, false],
    ]);
  });
});

describe('toSimplified', () => {
  it('returns Simplified text byte-identical, mainland vocabulary included', () => {
    const text =
      '学生资料、档案和文件由学校保管；对口支援学校的品质与水准。\n支援 资料 档案 文件 品质 水准 网路 专案 幼稚园';
    expect(toSimplified(text, 'Hans')).toBe(text);
  });

  it('converts Traditional characters without rewriting vocabulary', () => {
    expect(toSimplified('學生資料、檔案和文件', 'Hant')).toBe('学生资料、档案和文件');
    expect(toSimplified('支援 品質 水準 網路', 'Hant')).toBe('支援 品质 水准 网路');
  });

  it('uses mainland 着 for zhe/zhuó and keeps 著 for zhù', () => {
    expect(toSimplified('隨著經濟發展，著力提升，看著', 'Hant')).toBe('随着经济发展，着力提升，看着');
    expect(toSimplified('著作、顯著、著名、卓著、專著、論著、編著', 'Hant')).toBe(
      '著作、显著、著名、卓著、专著、论著、编著',
    );
    expect(toSimplified('大家討論著', 'Hant')).toBe('大家讨论着');
    // Simplified lines inside a Traditional page keep their 著 too (opencc tw→cn gives 显着).
    expect(toSimplified('取得显著成效，著名学校', 'Hant')).toBe('取得显著成效，著名学校');
  });

  it('matches opencc tw→cn itself on the Traditional seeds (no 著 word they contain differs)', () => {
    const opencc = Converter({ from: 'tw', to: 'cn' });
    for (const id of ['000', '001', '003']) {
      expect(toSimplified(seed(id), 'Hant')).toBe(opencc(seed(id)));
    }
  });

  it('applies the Taiwan table only to Taiwan-phrased text and guards its false positives', () => {
    expect(toSimplified('標準班額辦學水準', 'Hant-TW')).toBe('标准班额办学水平');
    expect(toSimplified('產品質量和教學品質', 'Hant-TW')).toBe('产品质量和教学质量');
    expect(toSimplified('學生的思想品質和學習品質', 'Hant-TW')).toBe('学生的思想品质和学习品质');
    expect(toSimplified('加強高品質示範高中建設', 'Hant-TW')).toBe('加强高品质示范高中建设');
    expect(toSimplified('資訊科技與教育資訊化', 'Hant-TW')).toBe('信息技术与教育信息化');
    expect(toSimplified('互聯網和網際網路', 'Hant-TW')).toBe('互联网和互联网');
    expect(toSimplified('對口支援和技術支援', 'Hant-TW')).toBe('对口支援和技术支持');
    expect(toSimplified('學生資料和檔案', 'Hant-TW')).toBe('学生资料和档案');
    expect(toSimplified('水準儀', 'Hant-TW')).toBe('水准仪');
  });
});

describe('Taiwan phrase table', () => {
  it('has one entry per Taiwan phrase', () => {
    const keys = TAIWAN_PHRASES.map(([taiwan]) => taiwan);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('writes mainland sides that character conversion leaves as they are', () => {
    for (const [, mainland] of TAIWAN_PHRASES) {
      expect(traditionalToSimplified(mainland)).toBe(mainland);
    }
  });

  it('converts each Taiwan phrase on its own to its mainland side', () => {
    for (const [taiwan, mainland] of TAIWAN_PHRASES) {
      expect(toSimplified(taiwan, 'Hant-TW')).toBe(mainland);
    }
  });
});

describe('golden outputs, one case per folder', () => {
  const cases = fixtureCases('script');

  it('has a case for every seed, its input the seed as shipped', () => {
    expect(Object.keys(SEED_CASES)).toEqual(seedIds());
    expect(Object.keys(SEED_SCRIPTS)).toEqual(seedIds());
    for (const [id, name] of Object.entries(SEED_CASES))
      expect(readFixture('script', name, 'input.txt')).toBe(seed(id));
  });

  for (const name of cases) {
    it(`converts ${name} as recorded`, () => {
      const input = readFixture('script', name, 'input.txt');
      expectMatchesFixture('script', name, 'output.txt', toSimplified(input, detectScript(input)));
    });
  }
});

describe('properties', () => {
  const han = [...new Set([...seed('003'), ...seed('002'), ...TAIWAN_PHRASES.flat().join('')])].filter((c) =>
    /\p{Script=Han}/u.test(c),
  );
  const other = [...'abcXYZ019 \n\t.,;:!?-+*/()[]%#@', ...'，。、；：？！“”‘’（）《》【】—…·　０１９％'];
  const text = fc.array(fc.constantFrom(...han, ...other), { maxLength: 80 }).map((cs) => cs.join(''));
  const script = fc.constantFrom<Script>('Hans', 'Hant', 'Hant-TW');
  const nonHan = (s: string) => s.replace(/\p{Script=Han}/gu, '');

  it('never changes ASCII, digits or punctuation', () => {
    fc.assert(
      fc.property(text, script, (t, s) => {
        expect(nonHan(toSimplified(t, s))).toBe(nonHan(t));
      }),
    );
  });

  it('returns any text unchanged for Hans, so it is idempotent on its own output', () => {
    fc.assert(
      fc.property(text, script, (t, s) => {
        expect(toSimplified(t, 'Hans')).toBe(t);
        const once = toSimplified(t, s);
        expect(toSimplified(once, 'Hans')).toBe(once);
      }),
    );
  });

  it('gives Traditional seeds a canonical text that a second conversion leaves alone', () => {
    for (const id of ['000', '001', '003']) {
      const once = toSimplified(seed(id), detectScript(seed(id)));
      expect(toSimplified(once, 'Hant')).toBe(once);
      expect(detectScript(once)).toBe('Hans');
    }
  });
});
