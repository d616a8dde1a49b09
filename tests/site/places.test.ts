import { describe, expect, it } from 'vitest';
import { byYear, depthOf, peersOf, placeChain, placeTree, themeProfile } from '../../src/lib/places.ts';

describe('places: the province → city → county tree', () => {
  const reports = [
    { id: 'a', placeCode: '320113', placePath: ['江苏省', '南京市', '栖霞区'] },
    { id: 'b', placeCode: '320500', placePath: ['江苏省', '苏州市'] },
    { id: 'c', placeCode: '110105', placePath: ['北京市', '朝阳区'] },
    { id: 'd', placeCode: null, placePath: [] },
    { id: 'e', placeCode: '320000', placePath: ['江苏省'] },
  ];
  const tree = placeTree(reports);

  it('reads a division’s level and parents from its code', () => {
    expect([depthOf('320000'), depthOf('320500'), depthOf('320506')]).toEqual([1, 2, 3]);
    expect(placeChain('320113', ['江苏省', '南京市', '栖霞区'])).toEqual([
      { code: '320000', name: '江苏省' },
      { code: '320100', name: '南京市' },
      { code: '320113', name: '栖霞区' },
    ]);
    // A municipality's district sits right under it.
    expect(placeChain('110105', ['北京市', '朝阳区']).map((c) => c.code)).toEqual(['110000', '110105']);
  });

  it('counts each report at its place and every place above it, and leaves out the unplaced', () => {
    expect([...tree.keys()]).toEqual(['110000', '110105', '320000', '320100', '320113', '320500']);
    expect(tree.get('320000')).toMatchObject({
      name: '江苏省',
      depth: 1,
      children: ['320100', '320500'],
      reports: ['a', 'b', 'e'],
    });
    expect(tree.get('320100')).toMatchObject({
      name: '南京市',
      depth: 2,
      chain: ['320000', '320100'],
      children: ['320113'],
      reports: ['a'],
    });
    expect(tree.get('110000')!.children).toEqual(['110105']);
  });

  it('finds a place’s peers: the same level under the same parent, or the other provinces', () => {
    const codes = (code: string) => peersOf(tree, code).map((n) => n.code);
    expect(codes('320113')).toEqual([]); // 南京市 has no other county with reports
    expect(codes('320100')).toEqual(['320500']);
    expect(codes('320000')).toEqual(['110000']);
    expect(codes('110105')).toEqual([]);
    expect(codes('999999')).toEqual([]);
  });

  it('compares a place’s themes with the corpus’s, largest difference first', () => {
    const mentions = new Map([
      ['shuangjian', new Set(['a', 'b', 'c', 'd'])],
      ['jituanhua', new Set(['a'])],
      ['kehou', new Set(['c'])],
    ]);
    expect(themeProfile(['a', 'b', 'e'], 5, mentions)).toEqual([
      { theme: 'kehou', here: 0, corpus: 0.2, difference: -0.2 },
      { theme: 'jituanhua', here: 1 / 3, corpus: 0.2, difference: 1 / 3 - 0.2 },
      { theme: 'shuangjian', here: 2 / 3, corpus: 0.8, difference: 2 / 3 - 0.8 },
    ]);
  });

  it('groups reports by the latest year they cover, latest first, no year last', () => {
    const grouped = byYear([
      { id: 1, years: [2022, 2023] },
      { id: 2, years: [] },
      { id: 3, years: [2021] },
      { id: 4, years: [2023] },
    ]);
    expect(grouped.map((g) => [g.year, g.reports.map((r) => r.id)])).toEqual([
      [2023, [1, 4]],
      [2021, [3]],
      [null, [2]],
    ]);
  });
});
