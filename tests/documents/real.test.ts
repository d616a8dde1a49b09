/**
 * The PDF reader on real published documents (./real/README.md). What they check is what went
 * wrong on real files before: single-column pages read as two columns, table rows and the
 * official frame taken for site chrome, a joint masthead taken for the title, spaces inside
 * Chinese. Known still wrong: a table's multi-line header cells come out as short headings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile, type ProcessedDocument } from '../../scripts/ingest/pipeline.ts';

async function read(name: string): Promise<ProcessedDocument> {
  const result = await processFile(new Uint8Array(readFileSync(join(import.meta.dirname, 'real', name))), name);
  if (!result.ok) throw new Error(result.reason);
  return result.documents[0];
}

describe('real documents', () => {
  it('reads a joint 公文: its title, the whole masthead, 文号, 主送, signers and date', async () => {
    const doc = await read('fgw-swzj-2019-860.pdf');
    expect([doc.title, doc.docType, doc.years]).toEqual(['关于加强个人所得税纳税信用建设的通知', '通知', [2019]]);
    expect(doc.official).toMatchObject({
      masthead: '发展改革委办公厅 税务总局办公厅文件',
      number: { text: '发改办财金规〔2019〕860号', code: '发改办财金规', year: 2019, serial: 860 },
      addressee: expect.stringMatching(/^各省、自治区、直辖市.*办公厅（室）$/),
      date: '2019-08-20',
    });
    expect(doc.blocks.filter((b) => b.frame).map((b) => b.frame)).toEqual([
      'masthead',
      'masthead',
      'number',
      'addressee',
      'signer',
      'signer',
      'date',
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => b.text)).toEqual([
      '一、总体要求',
      '二、建立个人所得税纳税信用管理机制',
      '三、完善守信联合激励和失信联合惩戒机制',
      '四、加强信息安全和权益维护',
      '五、强化组织实施',
    ]);
    expect(doc.removed.every((r) => r.rule === 'page-furniture')).toBe(true);
  });

  it('reads a one-column report with tables as one column, tables kept, no spaces inside Chinese', async () => {
    const doc = await read('hongze-2024-zfxxgk-ndbg.pdf');
    expect([doc.title, doc.issuer, doc.placeCode, doc.years]).toEqual([
      '淮安市洪泽区人民政府2024年政府信息公开工作年度报告',
      '洪泽区人民政府',
      '320813',
      [2024],
    ]);
    expect(doc.layout.some((note) => note.includes('双栏'))).toBe(false);
    const tables = doc.blocks.filter((b) => b.kind === 'table');
    expect(tables.length).toBeGreaterThanOrEqual(5);
    expect(tables[0].text.split('\n')[0]).toBe('信息内容\t本年制发件数\t本年废止件数\t现行有效件数');
    for (const b of doc.blocks)
      expect(b.text).not.toMatch(/[\p{Script=Han}\d][ \u3000]+\p{Script=Han}|\p{Script=Han}[ \u3000]+\d/u);
    expect(doc.removed.filter((r) => r.rule !== 'page-furniture').map((r) => r.rule)).toEqual([]);
  });
});
