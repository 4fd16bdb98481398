/**
 * The shared geometry the collection charts draw with: rate lines over year slots, and bars
 * made of parts laid end to end.
 */
import { describe, expect, it } from 'vitest';
import { layoutPartBars } from '../../src/layout/part-bars.js';
import { layoutLines } from '../../src/layout/lines.js';
import { textWidth } from '../../src/layout/text.js';

const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const percent = ['0%', '50%', '100%'] as const;

describe('layoutLines', () => {
  it('layoutLines(series, options) puts 0% at the bottom, 50% halfway and 100% at the top', () => {
    const g = layoutLines([{ values: [0, 0.5, 1] }], { width: 400, slots: ['2023', '2024', '2025'], tickLabels: percent });
    expect(g.yTicks.map((t) => t.label)).toEqual(['0%', '50%', '100%']);
    expect(g.yTicks.map((t) => t.y)).toEqual([g.bottom, (g.top + g.bottom) / 2, g.top]);
    expect(g.top).toBeLessThan(g.bottom);
    expect(g.series[0]!.points.map((p) => p.y)).toEqual([g.bottom, (g.top + g.bottom) / 2, g.top]);
  });

  it('layoutLines spaces the slots evenly, half a step in from both edges of the plot', () => {
    const g = layoutLines([], { width: 500, slots: years(2021, 2025), tickLabels: percent });
    const steps = g.xs.slice(1).map((x, i) => x - g.xs[i]!);
    expect(steps).toHaveLength(4);
    for (const step of steps) expect(step).toBeCloseTo(steps[0]!, 9);
    expect(g.xs[0]! - g.left).toBeCloseTo(steps[0]! / 2, 9);
    expect(500 - g.xs.at(-1)!).toBeCloseTo(steps[0]! / 2, 9);
  });

  it('layoutLines breaks a line at a slot without a value: a gap, not a zero', () => {
    const g = layoutLines([{ values: [0.5, 0.25, undefined, 0.75] }], { width: 400, slots: years(2022, 2025), tickLabels: percent });
    const [line] = g.series;
    expect(line!.points.map((p) => p.slot)).toEqual([0, 1, 3]);
    expect(line!.points.every((p) => p.y < g.bottom)).toBe(true);
    // Two runs: 2022–2023 joined, 2025 alone.
    expect(line!.path.match(/M/g)).toHaveLength(2);
    expect(line!.path.match(/L/g)).toHaveLength(1);
    const x = (slot: number) => g.xs[slot]!.toFixed(1);
    expect(line!.path.startsWith(`M${x(0)},`)).toBe(true);
    expect(line!.path).toContain(`L${x(1)},`);
    expect(line!.path).toContain(`M${x(3)},`);
  });

  it('layoutLines leaves a value alone between gaps as a point with no segment', () => {
    const g = layoutLines([{ values: [undefined, 0.4, undefined] }], { width: 300, slots: years(2023, 2025), tickLabels: percent });
    expect(g.series[0]!.points).toHaveLength(1);
    expect(g.series[0]!.path).toMatch(/^M[\d.]+,[\d.]+$/);
  });

  it('layoutLines labels every year when there is room', () => {
    const g = layoutLines([], { width: 1200, slots: years(2011, 2025), tickLabels: percent });
    expect(g.xTicks.map((t) => t.label)).toEqual(years(2011, 2025));
  });

  for (const width of [240, 320, 480, 640]) {
    it(`layoutLines keeps 15 year labels at ${width} px from overlapping, and always labels the last year`, () => {
      const g = layoutLines([], { width, slots: years(2011, 2025), tickLabels: percent });
      expect(g.xTicks.length).toBeGreaterThan(1);
      expect(g.xTicks.at(-1)).toEqual({ x: g.xs[14], label: '2025' });
      // Labels are centred on their slot: two neighbours clear each other when their centres
      // are at least one label's width apart.
      const label = textWidth('2025', 14);
      g.xTicks.slice(1).forEach((tick, i) => expect(tick.x - g.xTicks[i]!.x).toBeGreaterThanOrEqual(label));
      // Every n-th year counted back from the last one, n the same throughout.
      const every = 2025 - Number(g.xTicks.at(-2)!.label);
      expect(g.xTicks.map((t) => t.label)).toEqual(years(2011, 2025).filter((y) => (2025 - Number(y)) % every === 0));
    });
  }

  it('layoutLines leaves out some of 15 year labels at 320 px', () => {
    expect(layoutLines([], { width: 320, slots: years(2011, 2025), tickLabels: percent }).xTicks.length).toBeLessThan(15);
  });

  it('layoutLines draws nothing, without failing, for no slots', () => {
    const g = layoutLines([{ values: [] }], { width: 300, slots: [], tickLabels: percent });
    expect(g.xs).toEqual([]);
    expect(g.xTicks).toEqual([]);
    expect(g.series[0]).toMatchObject({ points: [], path: '' });
    expect(g.yTicks).toHaveLength(3);
  });
});

describe('layoutPartBars', () => {
  it('layoutPartBars(items) lays the parts end to end, their widths summing to the bar’s, and skips zero and missing parts', () => {
    const g = layoutPartBars(
      [
        {
          key: 'a',
          label: '2024年',
          value: 10,
          valueLabel: '10',
          parts: [
            { key: 'received', value: 6 },
            { key: 'zero', value: 0 },
            { key: 'missing', value: undefined },
            { key: 'carried-over', value: 4 },
          ],
        },
        { key: 'b', label: '2025年', value: 20, valueLabel: '20', parts: [{ key: 'received', value: 20 }] },
      ],
      { width: 400 },
    );
    const [a, b] = g.rows;
    expect(a!.segments!.map((s) => s.key)).toEqual(['received', 'carried-over']);
    const [first, second] = a!.segments!;
    expect(first!.x).toBe(0);
    expect(second!.x).toBeCloseTo(first!.width, 9);
    expect(first!.width + second!.width).toBeCloseTo(a!.width, 9);
    // 6 of the 10: three fifths of the bar.
    expect(first!.width / a!.width).toBeCloseTo(0.6, 9);
    // The longest bar sets the scale: 10 is half of 20.
    expect(a!.width).toBeCloseTo(b!.width / 2, 9);
    expect(b!.segments).toEqual([{ key: 'received', x: 0, width: b!.width }]);
  });

  it('layoutPartBars gives a row without parts no segments, and passes `absent` through with a zero-width bar', () => {
    const g = layoutPartBars(
      [
        { key: 'a', label: '2023年', value: 5, valueLabel: '5' },
        { key: 'gap', label: '2024年', value: undefined, valueLabel: '无报告', absent: true, parts: [{ key: 'received', value: undefined }] },
      ],
      { width: 300 },
    );
    expect(g.rows[0]!.segments).toBeUndefined();
    expect(g.rows[1]).toMatchObject({ absent: true, width: 0, segments: [], valueLabel: '无报告' });
  });

  it('layoutPartBars draws an all-zero bar of parts as nothing', () => {
    const g = layoutPartBars([{ key: 'z', label: '2024年', value: 0, valueLabel: '0', parts: [{ key: 'received', value: 0 }, { key: 'carried-over', value: 0 }] }], {
      width: 300,
    });
    expect(g.rows[0]).toMatchObject({ width: 0, segments: [] });
  });
});
