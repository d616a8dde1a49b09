/**
 * A generated corpus spanning provinces and years, for the places, trends and indicators
 * the site builds: small work reports by county and city bureaus of three provinces over five
 * years, each with known themes and known figures, so a test can derive the numbers every
 * page must show from this file alone. The provinces and years are ones the shipped seeds do
 * not have (浙江, 四川, 湖南; 2016–2020), so a year's or a province's share is the
 * generated reports' alone.
 *
 * The plan: every county each year 2017–2020, three counties also in 2016 (a thin year, fewer
 * than 5 reports), and 杭州市's own bureau 2017–2020.
 *   双减        counties whose index is even from 2019, every report in 2020
 *   集团化办学  浙江 every year, 湖南 from 2019, 四川 never
 *   近视防控    四川 only
 *   控辍保学    every county report (its figure 义务教育巩固率 is one of the theme's wordings)
 *   学前教育普及普惠  every report (学前三年毛入园率: the theme's wording 毛入园率)
 * Figures: 义务教育巩固率 achieved (county reports), 学前三年毛入园率 achieved, and a
 * 学前三年毛入园率 target for the next year under its 工作打算 heading; and a meeting's
 * head-count, which is not one.
 */

export interface GeneratedPlace {
  province: string;
  city: string;
  /** Null for a city bureau's own report. */
  county: string | null;
  /** The GB/T 2260 code of the place the report is about. */
  code: string;
}

export interface GeneratedReport extends GeneratedPlace {
  /** The source's file name (its report id is the name without the extension). */
  file: string;
  year: number;
  /** Theme ids the text mentions. */
  themes: string[];
  /** 义务教育巩固率 achieved, in %, or null when the report does not state it. */
  consolidation: number | null;
  /** 学前三年毛入园率 achieved this year, in %. */
  enrolment: number;
  /** 学前三年毛入园率 aimed at for next year, in %. */
  enrolmentTarget: number;
  text: string;
}

export const GENERATED_YEARS = [2016, 2017, 2018, 2019, 2020];

/** Counties in code order within each city; 杭州市 also reports as a city. */
export const GENERATED_COUNTIES: GeneratedPlace[] = [
  { province: '浙江省', city: '杭州市', county: '西湖区', code: '330106' },
  { province: '浙江省', city: '杭州市', county: '余杭区', code: '330110' },
  { province: '浙江省', city: '宁波市', county: '海曙区', code: '330203' },
  { province: '浙江省', city: '宁波市', county: '鄞州区', code: '330212' },
  { province: '湖南省', city: '长沙市', county: '芙蓉区', code: '430102' },
  { province: '湖南省', city: '长沙市', county: '岳麓区', code: '430104' },
  { province: '湖南省', city: '株洲市', county: '天元区', code: '430211' },
  { province: '四川省', city: '成都市', county: '锦江区', code: '510104' },
  { province: '四川省', city: '成都市', county: '武侯区', code: '510107' },
  { province: '四川省', city: '达州市', county: '通川区', code: '511702' },
  { province: '四川省', city: '达州市', county: '达川区', code: '511703' },
];

const CITY_REPORTER: GeneratedPlace = { province: '浙江省', city: '杭州市', county: null, code: '330100' };

/** The counties that also report in the thin first year. */
const FIRST_YEAR = new Set(['西湖区', '岳麓区', '武侯区']);

const THEME_TEXT: Record<string, string> = {
  shuangjian: '全面落实“双减”要求，学生书面作业总量明显下降。',
  jituanhua: '稳步推进集团化办学，新组建两个办学集团。',
  'jinshi-fangkong': '认真做好近视防控工作，全面开展视力筛查。',
};

function themesOf(place: GeneratedPlace, index: number, year: number): string[] {
  const themes: string[] = [];
  if (year === 2020 || (year >= 2019 && index % 2 === 0)) themes.push('shuangjian');
  if (place.province === '浙江省' || (place.province === '湖南省' && year >= 2019)) themes.push('jituanhua');
  if (place.province === '四川省') themes.push('jinshi-fangkong');
  return themes;
}

function reportText(r: Omit<GeneratedReport, 'text'>): string {
  const name = r.county ?? r.city;
  const issuer = `${r.city}${r.county ?? ''}教育局`;
  const scope = r.county ? '全区' : '全市';
  const work = r.themes.filter((t) => t in THEME_TEXT).map((t) => THEME_TEXT[t]);
  const figures = [
    ...(r.consolidation === null ? [] : [`${scope}义务教育巩固率达到${r.consolidation}%`]),
    `学前三年毛入园率达到${r.enrolment}%`,
  ];
  return [
    `${issuer}${r.year}年工作总结`,
    '',
    `${r.year}年，${name}教育局认真落实年度工作任务，各项工作稳步推进。现将主要情况总结如下。`,
    '',
    '一、主要工作',
    '',
    ...(work.length ? work : ['扎实做好各项常规工作，队伍建设不断加强。']),
    // A meeting's head-count: a number with a unit that no page may list as a figure.
    `召开年度工作会议，各校负责同志${r.enrolment * 2}余人参加会议。`,
    '',
    '二、主要指标',
    '',
    `${figures.join('，')}。`,
    '',
    `三、${r.year + 1}年工作打算`,
    '',
    `确保学前三年毛入园率达到${r.enrolmentTarget}%。`,
    '',
    issuer,
    `${r.year}年12月28日`,
    '',
  ].join('\n');
}

/** Every generated report, in file-name order. */
export function generatedReports(): GeneratedReport[] {
  const out: GeneratedReport[] = [];
  const add = (place: GeneratedPlace, index: number, year: number) => {
    const y = year - GENERATED_YEARS[0];
    const base: Omit<GeneratedReport, 'text'> = {
      ...place,
      file: `gen-${place.code}-${year}.txt`,
      year,
      themes: [...themesOf(place, index, year), ...(place.county ? ['kongchuo-baoxue'] : []), 'xueqian-puhui'].sort(),
      consolidation: place.county ? (990 + ((index * 3 + y) % 10)) / 10 : null,
      enrolment: 90 + index / 2 + y,
      enrolmentTarget: 91 + index / 2 + y,
    };
    out.push({ ...base, text: reportText(base) });
  };
  for (const year of GENERATED_YEARS) {
    GENERATED_COUNTIES.forEach((place, index) => {
      if (year > GENERATED_YEARS[0] || FIRST_YEAR.has(place.county!)) add(place, index, year);
    });
    if (year > GENERATED_YEARS[0]) add(CITY_REPORTER, GENERATED_COUNTIES.length, year);
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** The sources to drop into content/sources: file name → text. */
export function generatedSources(): Record<string, string> {
  return Object.fromEntries(generatedReports().map((r) => [r.file, r.text]));
}
