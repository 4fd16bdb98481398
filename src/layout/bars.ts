/**
 * A ranked or ordered list of horizontal bars, each with its label above it: labels of any
 * length wrap instead of being cut, and the chart reads the same at 320 px as at 1200 px.
 */
import { max as maxOf } from 'd3-array';
import { scaleFromZero } from './scale.js';
import { textWidth, wrapText } from './text.js';

export interface BarInput<K extends string = string> {
  key: K;
  label: string;
  /** `undefined` when the report does not give the figure. */
  value: number | undefined;
  /** The text drawn after the bar (count and share, already formatted). */
  valueLabel: string;
  /** Parts of the bar laid end to end (new and carried over), summing to `value`: see layoutPartBars. */
  parts?: readonly { key: string; value: number | undefined }[];
  /** Nothing to draw, not even a zero: a year without a report is a gap. */
  absent?: boolean;
}

/** Where a row is drawn: the input's own fields (its key, words and report cell) pass through. */
export interface BarPlace {
  /** The row's extent, label to bar: where its focus ring and pointer target go. */
  top: number;
  bottom: number;
  /** Label lines and the baseline of the first one. */
  lines: string[];
  labelY: number;
  /** The bar. A zero or missing value has width 0. */
  y: number;
  width: number;
  /** Where the value label starts, and its vertical centre. */
  valueX: number;
  valueY: number;
  /** The parts' places along the bar (layoutPartBars; zero parts have none). */
  segments?: { key: string; x: number; width: number }[];
}

export type BarRow<T extends BarInput = BarInput> = T & BarPlace;

export interface BarListGeometry<T extends BarInput = BarInput> {
  width: number;
  height: number;
  fontSize: number;
  barHeight: number;
  rows: BarRow<T>[];
  /**
   * The parts of every row, one path per part's key (in the order the keys first come): a
   * chart of fifteen years of six parts draws six paths, not ninety rects.
   */
  paths?: { key: string; d: string }[];
}

export interface BarListOptions {
  width: number;
  fontSize?: number;
  /** Defaults to 10/7 of the font size: 20 px bars beside 14 px labels. */
  barHeight?: number;
  /** Space between one row's bar and the next row's label. */
  gap?: number;
  /** Extra space before these keys, to set a row apart (e.g. carried forward). */
  separateBefore?: readonly string[];
  /** The largest value on the scale; defaults to the largest value given. */
  max?: number;
}

/** Lays out `items` in the order given, all on one linear scale from zero. */
export function layoutBarList<T extends BarInput>(items: readonly T[], options: BarListOptions): BarListGeometry<T> {
  const { fontSize = 14, gap = Math.round(fontSize), separateBefore = [] } = options;
  const barHeight = options.barHeight ?? Math.round((fontSize * 10) / 7);
  const width = Math.max(0, options.width);
  const lineHeight = Math.round(fontSize * 1.4);
  const labelGap = 6;
  const valueWidth = maxOf(items, (item) => textWidth(item.valueLabel, fontSize)) ?? 0;
  const max = options.max ?? maxOf(items, (item) => item.value) ?? 0;
  const x = scaleFromZero(max, width - valueWidth - labelGap);
  let y = 0;
  const rows = items.map((item, index): BarRow<T> => {
    if (index > 0 && separateBefore.includes(item.key)) y += gap;
    const top = Math.max(0, y - gap / 2);
    const lines = wrapText(item.label, width, fontSize);
    const labelY = y + fontSize;
    const barY = y + lines.length * lineHeight + 2;
    const barWidth = item.value ? x(item.value) : 0;
    y = barY + barHeight + gap;
    return {
      ...item,
      top,
      bottom: barY + barHeight + gap / 2,
      lines,
      labelY,
      y: barY,
      width: barWidth,
      valueX: barWidth + labelGap,
      valueY: barY + barHeight / 2,
    };
  });
  return { width, height: Math.max(0, y - gap), fontSize, barHeight, rows };
}
