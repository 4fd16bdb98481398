/**
 * A dot plot on a log scale, every dot labelled: counts that differ by orders of magnitude
 * (63 coercive measures beside 693,957 penalties) all stay readable, which one linear axis
 * cannot do. Zero has no logarithm; it sits at the axis origin as an open dot.
 */
import { max as maxOf } from 'd3-array';
import { textWidth, wrapText } from './text.js';

export interface DotInput<K extends string = string> {
  key: K;
  label: string;
  value: number | undefined;
  valueLabel: string;
}

/** Where a dot is drawn: the input's own fields pass through. */
export interface DotPlace {
  /** The row's extent: where its focus ring and pointer target go. */
  top: number;
  bottom: number;
  lines: string[];
  labelY: number;
  /** The dot's centre; `undefined` for a missing value (no dot drawn). */
  cx: number | undefined;
  cy: number;
  /** The value label: beside the dot, on whichever side has room. */
  valueX: number;
  anchor: 'start' | 'end';
}

export type DotRow<T extends DotInput = DotInput> = T & DotPlace;

export interface LogDotGeometry<T extends DotInput = DotInput> {
  width: number;
  height: number;
  fontSize: number;
  radius: number;
  rows: DotRow<T>[];
  /** Powers of ten from 1 to the first at or above the largest value. */
  ticks: { value: number; x: number }[];
  axisY: number;
}

/** Lays out one dot per item along a shared log axis of the given width. */
export function layoutLogDots<T extends DotInput>(
  items: readonly T[],
  options: { width: number; fontSize?: number; radius?: number },
): LogDotGeometry<T> {
  const { fontSize = 14 } = options;
  const radius = options.radius ?? Math.round(fontSize * 0.45);
  const width = Math.max(0, options.width);
  const plot = Math.max(0, width - 2 * radius);
  const largest = maxOf(items, (item) => item.value) ?? 0;
  const decades = Math.max(1, Math.ceil(Math.log10(Math.max(largest, 1)) - 1e-9));
  const x = (value: number) => radius + (value >= 1 ? (Math.log10(value) / decades) * plot : 0);
  const lineHeight = Math.round(fontSize * 1.4);
  const gap = Math.round(fontSize * 0.7);
  let y = 0;
  const rows = items.map((item): DotRow<T> => {
    const top = Math.max(0, y - gap / 2);
    const lines = wrapText(item.label, width, fontSize);
    const labelY = y + fontSize;
    const cy = y + lines.length * lineHeight + radius + 2;
    const cx = item.value === undefined ? undefined : x(item.value);
    const room = textWidth(item.valueLabel, fontSize) + radius + 6;
    const dot = cx ?? radius;
    const anchor: 'start' | 'end' = dot + room <= width ? 'start' : 'end';
    y = cy + radius + gap;
    return { ...item, top, bottom: y - gap / 2, lines, labelY, cx, cy, valueX: anchor === 'start' ? dot + radius + 6 : dot - radius - 6, anchor };
  });
  const axisY = y;
  const ticks = Array.from({ length: decades + 1 }, (_, k) => ({ value: 10 ** k, x: x(10 ** k) }));
  return { width, height: axisY + Math.round(fontSize * 1.7), fontSize, radius, rows, ticks, axisY };
}
