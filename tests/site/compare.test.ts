import { describe, expect, it } from 'vitest';
import { compareReports, sideHtml, type CompareBlock } from '../../shared/compare.ts';

const blocks = (...texts: string[]): CompareBlock[] => texts.map((text, i) => ({ id: `p-${i + 1}`, text }));
const shown = (side: ReturnType<typeof compareReports>['a']) =>
  side.map((b) =>
    b.pieces.map((p) => (p.kind === 'own' ? p.text : p.kind === 'same' ? `[${p.text}]` : `{${p.text}}`)).join(''),
  );

describe('comparing two reports', () => {
  const copied =
    '全面落实“双减”政策，学校课后服务实现全覆盖，参与学生比例达到96.8%。推进集团化办学，组建城乡教育共同体8个。';

  it('aligns a copied paragraph and marks the copy’s changes inside it', () => {
    const a = blocks('清河县教育局工作总结', copied);
    const b = blocks(
      '某区教育局工作总结',
      copied.replace('96.8%', '97.5%').replace('8个', '12个'),
      '本区特有的一段话，别处没有。',
    );
    const c = compareReports(a, b);
    expect(c.passages).toEqual([{ n: 1, aBlock: 'p-2', bBlock: 'p-2', shared: expect.any(Number) }]);
    // Where a change at a paragraph's end stops belonging to the passage is diff-match-patch's
    // semantic cleanup's call; the changes inside it are marked.
    expect(shown(c.a)[1]).toMatch(
      /^\[全面落实“双减”政策，学校课后服务实现全覆盖，参与学生比例达到9\]\{6\.8\}\[%。推进集团化办学，组建城乡教育共同体\]/,
    );
    expect(shown(c.b)[1]).toMatch(
      /^\[全面落实“双减”政策，学校课后服务实现全覆盖，参与学生比例达到9\]\{7\.5\}\[%。推进集团化办学，组建城乡教育共同体\]/,
    );
    expect(shown(c.b)[2]).toBe('本区特有的一段话，别处没有。');
    expect(c.longest).toBe('全面落实“双减”政策，学校课后服务实现全覆盖，参与学生比例达到9'.length);
    expect(c.aInB).toBeGreaterThan(0.6);
    expect(c.bInA).toBeLessThan(c.aInB);
  });

  it('joins a copy with a changed character into one passage, as the analysis counts it (the 004 collection’s pair)', () => {
    const c = compareReports(
      blocks('为了缩小城乡、区域、校际之间的教育差距，我们加大了对农村和薄弱学校的投入。'),
      blocks('为了缩小城乡、区域和校际之间的教育差距，我们加大了对农村和偏远地区的支持。'),
    );
    expect(shown(c.a)).toEqual(['[为了缩小城乡、区域]{、}[校际之间的教育差距，我们加大了对农村和]薄弱学校的投入。']);
    expect(shown(c.b)).toEqual(['[为了缩小城乡、区域]{和}[校际之间的教育差距，我们加大了对农村和]偏远地区的支持。']);
    expect(c.longest).toBe('校际之间的教育差距，我们加大了对农村和'.length);
  });

  it('finds a passage moved to another place in the text, and shares nothing by chance', () => {
    const a = blocks('一是加强领导。', copied);
    const b = blocks(copied, '二是强化保障。');
    const c = compareReports(a, b);
    expect(c.passages.map((p) => [p.aBlock, p.bBlock])).toEqual([['p-2', 'p-1']]);
    expect(compareReports(blocks('进一步加强领导，'), blocks('进一步加强管理，')).passages).toEqual([]);
  });

  it('compares a Traditional copy by its Simplified text as the site publishes it, and escapes hostile text', () => {
    const c = compareReports(blocks(`<script>alert(1)</script>${copied}`), blocks(copied));
    const html = sideHtml('a', c.a);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toMatch(/^<p id="a-p-1">.*<mark class="same" data-passage="1">/);
  });

  it('aligns two 10,000-character reports paragraph by paragraph, a changed word marked in each', () => {
    // How long this takes is the bench's (npm run bench: compare and trace).
    const para = (k: number) => `第${k}项：${copied}${'教育质量稳步提升，'.repeat(3)}`;
    const a = blocks(...Array.from({ length: 120 }, (_, k) => para(k)));
    const b = blocks(...Array.from({ length: 120 }, (_, k) => para(k * 3).replace('双减', '减负')));
    expect(a.reduce((n, x) => n + x.text.length, 0)).toBeGreaterThan(10_000);
    const c = compareReports(a, b);
    expect(c.passages.length).toBeGreaterThan(10);
    expect(shown(c.b)[1]).toContain('[减]{负}[”政策');
  });
});
