/**
 * Lines over evenly spaced slots (years) on a 0–100% scale: rates, never counts. A slot
 * without a value breaks the line (a gap, not a zero); a value alone between gaps is a dot.
 */
import { textWidth } from './text.js';

export interface LineInput {
  /** One value per slot, 0–1; `undefined` where there is none. */
  values: readonly (number | undefined)[];
}

export interface LinePoint {
  slot: number;
  value: number;
  x: number;
  y: number;
}

export interface LineOptions {
  width: number;
  /** The slots' labels (years), in order; thinned on the axis when they do not fit. */
  slots: readonly string[];
  fontSize?: number;
  /** Labels of the 0%, 50% and 100% ticks. */
  tickLabels: readonly [string, string, string];
}

export interface LineGeometry<T extends LineInput = LineInput> {
  width: number;
  height: number;
  fontSize: number;
  /** The plot's left edge (after the tick labels) and its vertical extent. */
  left: number;
  top: number;
  bottom: number;
  /** The x of each slot. */
  xs: number[];
  /** The slot labels drawn on the axis (every n-th, so that none overlap). */
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /** Each series with its points and its path (`M … L …`, broken at gaps). */
  series: (T & { points: LinePoint[]; path: string })[];
  radius: number;
}

export function layoutLines<T extends LineInput>(series: readonly T[], options: LineOptions): LineGeometry<T> {
  const { slots, fontSize = 14, tickLabels } = options;
  const width = Math.max(0, options.width);
  const left = Math.ceil(Math.max(...tickLabels.map((t) => textWidth(t, fontSize)))) + 8;
  const radius = Math.round(fontSize * 0.3);
  const top = Math.round(fontSize * 0.6) + radius;
  const bottom = top + Math.round(fontSize * 9);
  const height = bottom + Math.round(fontSize * 1.9);
  // The first and last slots sit half a step in from the plot's edges, clear of the axis labels.
  const step = slots.length ? (width - left) / slots.length : 0;
  const xs = slots.map((_, i) => left + step * (i + 0.5));
  const y = (value: number) => bottom - (bottom - top) * value;
  const widest = Math.max(0, ...slots.map((s) => textWidth(s, fontSize)));
  const every = Math.max(1, Math.ceil((widest + fontSize * 0.6) / (step || 1)));
  // The last slot is always labelled; the others every n-th counting back from it.
  const xTicks = xs.flatMap((x, i) => ((slots.length - 1 - i) % every === 0 ? [{ x, label: slots[i]! }] : []));
  const yTicks = [0, 0.5, 1].map((v, i) => ({ y: y(v), label: tickLabels[i]! }));
  return {
    width,
    height,
    fontSize,
    left,
    top,
    bottom,
    xs,
    xTicks,
    yTicks,
    radius,
    series: series.map((s) => {
      const points: LinePoint[] = [];
      let path = '';
      let drawing = false;
      s.values.forEach((value, slot) => {
        if (value === undefined) {
          drawing = false;
          return;
        }
        const point = { slot, value, x: xs[slot]!, y: y(value) };
        points.push(point);
        path += `${drawing ? 'L' : 'M'}${point.x.toFixed(1)},${point.y.toFixed(1)}`;
        drawing = true;
      });
      return { ...s, points, path };
    }),
  };
}
