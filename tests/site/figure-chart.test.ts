import { describe, expect, it } from 'vitest';
import { figureChart, type FigurePoint } from '../../src/lib/figure-chart.ts';

const point = (year: number, value: number, kind: FigurePoint['kind'] = 'achieved'): FigurePoint => ({
  year,
  value,
  kind,
  label: `${year} ${value}`,
});

describe('an indicator as a dot plot', () => {
  const chart = figureChart([point(2019, 99.2), point(2020, 99.5), point(2021, 100, 'target')])!;

  it('spans the years left to right and the values on round ticks, bottom to top', () => {
    expect(chart.xTicks.map((t) => t.text)).toEqual(['2019', '2020', '2021']);
    expect(chart.yTicks.map((t) => t.text)).toEqual(['99.2', '99.4', '99.6', '99.8', '100.0']);
    const [first, , last] = chart.dots;
    expect(first.cx).toBe(chart.left);
    expect(last.cx).toBe(chart.width - 12);
    expect(first.cy).toBe(chart.bottom);
    expect(last.cy).toBeLessThan(chart.dots[1].cy);
    expect(chart.dots.map((d) => d.kind)).toEqual(['achieved', 'achieved', 'target']);
  });

  it('draws nothing from a single figure or a single year', () => {
    expect(figureChart([point(2020, 95)])).toBeNull();
    expect(figureChart([point(2020, 95), point(2020, 97)])).toBeNull();
  });

  it('keeps equal values on one line with a tick above them', () => {
    const flat = figureChart([point(2019, 100), point(2022, 100)])!;
    expect(flat.dots[0].cy).toBe(flat.dots[1].cy);
    expect(flat.yTicks.map((t) => t.text)).toEqual(['100', '101']);
  });
});
