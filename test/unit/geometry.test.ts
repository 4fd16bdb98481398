/**
 * The chart layouts' geometry, figure by figure, for small inputs worked out by hand: where
 * each label, mark and value goes. (Mutation testing found these positions unguarded: a row
 * moved, a gap dropped or an anchor flipped passed every other test.)
 */
import { describe, expect, it } from 'vitest';
import { layoutBarList } from '../../src/layout/bars.js';
import { layoutLogDots } from '../../src/layout/log.js';
import { layoutStack } from '../../src/layout/stack.js';

const item = (key: string, value: number | undefined, valueLabel = String(value ?? '—'), label = key.toUpperCase()) => ({
  key,
  label,
  value,
  valueLabel,
});

describe('layoutLogDots', () => {
  // Font 10 px: radius 5, line 14 px, gap 7 px; 400 px wide, so the plot is 390 px. The largest
  // value, 9,999, needs four decades: ticks at 1, 10, 100, 1,000, 10,000.
  const g = layoutLogDots([item('a', 63), item('b', 9999, '9,999'), item('c', undefined), item('d', 0.5, '0.5')], {
    width: 400,
    fontSize: 10,
  });

  it('puts a tick at each power of ten, evenly along the plot', () => {
    expect(g.ticks).toEqual([
      { value: 1, x: 5 },
      { value: 10, x: 102.5 },
      { value: 100, x: 200 },
      { value: 1000, x: 297.5 },
      { value: 10000, x: 395 },
    ]);
    expect(g.radius).toBe(5);
  });

  it('places each dot by the logarithm of its value; below 1 at the start; missing has none', () => {
    expect(g.rows[0]!.cx).toBeCloseTo(180.44, 2);
    expect(g.rows[1]!.cx).toBeCloseTo(395.0, 2);
    expect(g.rows[2]!.cx).toBeUndefined();
    expect(g.rows[3]!.cx).toBe(5);
  });

  it('stacks the rows: label line, then the dot, then a gap', () => {
    expect(g.rows.map((r) => [r.top, r.labelY, r.cy, r.bottom])).toEqual([
      [0, 10, 21, 29.5],
      [29.5, 43, 54, 62.5],
      [62.5, 76, 87, 95.5],
      [95.5, 109, 120, 128.5],
    ]);
    expect(g.axisY).toBe(132);
    expect(g.height).toBe(149);
  });

  it('writes a value after its dot, or before it when there is no room after', () => {
    expect(g.rows.map((r) => r.anchor)).toEqual(['start', 'end', 'start', 'start']);
    expect(g.rows[0]!.valueX).toBeCloseTo(191.44, 2);
    expect(g.rows[1]!.valueX).toBeCloseTo(384.0, 2);
    // A missing value is written where a dot at the start would be.
    expect(g.rows[2]!.valueX).toBe(16);
  });

  it('uses one decade at least, and none of zero width', () => {
    const small = layoutLogDots([item('a', 1)], { width: 100, fontSize: 10 });
    expect(small.ticks.map((t) => t.value)).toEqual([1, 10]);
    expect(layoutLogDots([item('a', 5)], { width: -10, fontSize: 10 }).width).toBe(0);
  });
});

describe('layoutBarList geometry', () => {
  // Font 10 px: bars 14 px high, lines 14 px, gap 10 px; labels above bars, 2 px between.
  const g = layoutBarList([item('a', 10), item('b', 5), item('c', 0), item('d', undefined)], {
    width: 200,
    fontSize: 10,
    separateBefore: ['d'],
  });

  it('stacks label, bar and gap, with extra room before a row set apart', () => {
    expect(g.rows.map((r) => [r.top, r.labelY, r.y, r.bottom])).toEqual([
      [0, 10, 16, 35],
      [35, 50, 56, 75],
      [75, 90, 96, 115],
      // Set apart: one gap more above it.
      [125, 140, 146, 165],
    ]);
    expect(g.height).toBe(160);
    expect(g.barHeight).toBe(14);
  });

  it('puts each value label 6 px after its bar, in the middle of the bar', () => {
    // The widest value label ("10", 12 px) and 6 px leave 182 px for the largest bar.
    expect(g.rows.map((r) => r.width)).toEqual([182, 91, 0, 0]);
    expect(g.rows.map((r) => r.valueX)).toEqual([188, 97, 6, 6]);
    expect(g.rows.map((r) => r.valueY)).toEqual([23, 63, 103, 153]);
  });

  it('wraps a long label onto more lines and moves its bar down', () => {
    const long = layoutBarList([item('a', 1, '1', '一二三四五六七八九十一二三四五六七八九十一二三四五')], { width: 100, fontSize: 10 });
    expect(long.rows[0]!.lines).toEqual(['一二三四五六七八九十', '一二三四五六七八九十', '一二三四五']);
    expect(long.rows[0]!.y).toBe(44);
  });

  it('takes the given maximum for its scale', () => {
    const scaled = layoutBarList([item('a', 5)], { width: 200, fontSize: 10, max: 10 });
    // "5" is 6 px wide: 188 px of scale, half of it.
    expect(scaled.rows[0]!.width).toBe(94);
  });
});

describe('layoutStack geometry', () => {
  it('labels a segment in place only where the label and its padding fit', () => {
    // 400 px: 300 and 100. "ABCDEFGHIJ" at 10 px is 70 px, +12 fits in 100; "一二三四五六七八九" is 90 +12 = 102 does not.
    const [a, b] = layoutStack(
      [
        { key: 'a', value: 3, label: 'ABCDEFGHIJ' },
        { key: 'b', value: 1, label: '一二三四五六七八九', short: '一二' },
      ],
      400,
      3,
      10,
    );
    expect(a).toMatchObject({ x: 0, width: 300, share: 0.75, text: 'ABCDEFGHIJ' });
    // Its short label is used instead.
    expect(b).toMatchObject({ x: 300, width: 100, share: 0.25, text: '一二' });
    const [, tight] = layoutStack([{ key: 'a', value: 1 }, { key: 'b', value: 1, label: '一二三四五六七八九' }], 200, 3, 10);
    expect(tight!.text).toBeUndefined();
  });

  it('gives every tiny part its minimum width and shares the rest among the others', () => {
    const segments = layoutStack([{ key: 'a', value: 1000 }, { key: 'b', value: 1 }, { key: 'c', value: 1 }], 100, 4);
    expect(segments.map((s) => s.width)).toEqual([92, 4, 4]);
    expect(segments.map((s) => s.x)).toEqual([0, 92, 96]);
  });

  it('draws nothing at no width, and skips parts that are missing or not positive', () => {
    expect(layoutStack([{ key: 'a', value: 1 }], 0)).toEqual([]);
    expect(layoutStack([{ key: 'a', value: -1 }, { key: 'b', value: undefined }, { key: 'c', value: 2 }], 100).map((s) => s.key)).toEqual(['c']);
  });
});
