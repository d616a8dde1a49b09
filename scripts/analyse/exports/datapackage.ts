/**
 * `datapackage.json`: the exports described as a Frictionless Data Package (v1), so pandas,
 * R (frictionless), Excel's Power Query and other readers load each file with its columns'
 * types and meanings instead of guessing. The CSV columns are declared here once; a test
 * checks them against the headers the exports really write.
 */

type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

interface Field {
  name: string;
  type: FieldType;
  description: string;
}

const f = (name: string, type: FieldType, description: string): Field => ({ name, type, description });

const PLACE_FIELDS: Field[] = [
  f(
    'place_code',
    'string',
    'GB/T 2260 division code of the place the report is about (six digits); empty when not located',
  ),
  f('province', 'string', 'Province-level division'),
  f('city', 'string', 'Prefecture-level division, when the place is one or lies in one'),
  f('county', 'string', 'County-level division, when the place is one'),
  f('year_from', 'integer', 'First year the report covers'),
  f('year_to', 'integer', 'Last year the report covers'),
];

const CSV = {
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8-sig',
  dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
};
const JSON_FILE = { format: 'json', mediatype: 'application/json', encoding: 'utf-8' };

/** The CSV exports' columns, by file: what the test holds the headers to. */
export function csvFields(themeIds: readonly string[]): Record<string, Field[]> {
  return {
    'passages.csv': [
      f('report_id', 'string', 'Report id; the page is /reports/<id>/'),
      f('block_id', 'string', 'Block anchor on the report page (h-N heading, p-N paragraph, t-N table)'),
      f('kind', 'string', 'heading, paragraph or table'),
      f('level', 'integer', 'Heading level 1–4; 0 for paragraphs and tables'),
      f('heading', 'string', 'The nearest heading above the block'),
      f('themes', 'string', 'Theme ids the block mentions, separated by ;'),
      f('chars', 'integer', 'Characters in the block'),
      f('text', 'string', 'The block text (Simplified); a table as rows by line breaks, cells by tabs'),
    ],
    'theme-matrix.csv': [
      f('report_id', 'string', 'Report id'),
      f('title', 'string', 'Report title'),
      ...PLACE_FIELDS,
      ...themeIds.map((id) => f(id, 'integer', `Mentions of theme ${id} (see themes.json)`)),
    ],
    'pairs.csv': [
      f('a', 'string', 'Report id of the first report of a pair the analysis found (copies.json)'),
      f('b', 'string', 'Report id of the second'),
      f('passage', 'integer', 'The shared passage’s number, in A’s order, as on /compare/<a>/<b>/'),
      f('a_block', 'string', 'Block of A where it starts'),
      f('b_block', 'string', 'Block of B where it starts'),
      f('shared_chars', 'integer', 'Characters both texts have in it'),
      f('a_text', 'string', 'The passage in A, A’s own changes in [brackets]'),
      f('b_text', 'string', 'The passage in B, B’s own changes in [brackets]'),
    ],
    'families.csv': [
      f('family', 'string', 'Family id; its page is /passages/<family>/ (copies.json, families)'),
      f('reports', 'integer', 'Reports holding a copy (3 or more)'),
      f('consensus', 'string', 'The text every copy has, … where the copies differ'),
      f('order', 'integer', 'The copy’s place in time order (years covered, else 成文日期; unknown last)'),
      f('report_id', 'string', 'Report id'),
      f('block_id', 'string', 'Block of the report holding the copy'),
      f('years', 'string', 'Years the report covers, separated by ;'),
      f('date', 'date', 'The report’s 成文日期, when known'),
      f('earliest', 'boolean', 'True for the earliest holder (several when tied)'),
      f('text', 'string', 'The copy, its own wording (not in every copy) in [brackets]'),
    ],
    'series.csv': [
      f('issuer', 'string', 'Issuing body'),
      f('report_id', 'string', 'Report id'),
      f('year', 'integer', 'Last year the report covers'),
      f('previous_id', 'string', 'The issuer’s report of the latest earlier year; empty for the first'),
      f('themes_added', 'string', 'Theme ids this report mentions and the previous one does not, separated by ;'),
      f('themes_dropped', 'string', 'Theme ids the previous report mentions and this one does not, separated by ;'),
      f('carried_chars', 'integer', 'Characters shared verbatim with the previous report (boilerplate left out)'),
      f(
        'figures_changed',
        'string',
        'Indicators of the reviewed list stated as results in both years with new values: 义务教育巩固率 99.2%→99.5%, separated by ;',
      ),
    ],
    'indicators.csv': [
      f('report_id', 'string', 'Report id'),
      f('block_id', 'string', 'Block anchor of the sentence stating the figure'),
      ...PLACE_FIELDS,
      f('indicator', 'string', 'What the figure measures, as the report names it'),
      f(
        'canonical',
        'string',
        'The indicator under its one name for comparison (义务教育巩固率 …), when it is one of the reviewed list',
      ),
      f('kind', 'string', 'achieved (a result) or target (a goal: 确保, 力争 …)'),
      f('value', 'number', 'The figure; empty when masked'),
      f('unit', 'string', 'Unit as written (%, 所, 万元 …)'),
      f('masked', 'boolean', 'True when the report hides the figure (*%, XX%)'),
      f('raw', 'string', 'The figure as written'),
      f('year', 'integer', 'The year the figure is for, when the sentence says'),
      f('sentence', 'string', 'The sentence stating it'),
    ],
  };
}

/** The package descriptor (see the module comment). */
export function dataPackage(themeIds: readonly string[]): object {
  const fields = csvFields(themeIds);
  const csv = (name: string, title: string) => ({
    name: name.replace(/\.csv$/, ''),
    path: name,
    title,
    ...CSV,
    schema: { fields: fields[name] },
  });
  const json = (name: string, title: string) => ({
    name: name.replace(/\.json$/, ''),
    path: name,
    title,
    ...JSON_FILE,
  });
  return {
    profile: 'data-package',
    name: 'edu-bureau-reports',
    title: '教育局工作报告分析数据',
    resources: [
      json('reports.json', 'Report manifest (one object per report)'),
      json('themes.json', 'Themes with every mention'),
      csv('passages.csv', 'Every block of every report'),
      csv('theme-matrix.csv', 'Reports × themes: mentions'),
      json('copies.json', 'Passages shared between reports'),
      csv('indicators.csv', 'Figures stated in reports'),
      csv('series.csv', 'The same issuer over the years'),
      json('series.json', 'The same issuer over the years (series.csv’s rows as objects)'),
      csv('pairs.csv', 'Shared passages of the pairs, aligned'),
      json('pairs.json', 'Shared passages of the pairs, aligned (pairs.csv’s rows as objects)'),
      csv('families.csv', 'Passages three or more reports share, in time order'),
    ],
  };
}
