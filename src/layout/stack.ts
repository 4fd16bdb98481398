/** A single 100% stacked bar: parts of a whole laid end to end. */

import { textWidth } from './text.js';

export interface StackInput<K extends string = string> {
  key: K;
  value: number | undefined;
  /** A direct label, drawn in the segment when it fits: "自然人 71件". */
  label?: string;
  /** A shorter one, tried next: "71件". */
  short?: string;
}

/** A segment: the input's own fields (its key, words and report cell) pass through. */
export type StackSegment<T extends StackInput = StackInput> = Omit<T, 'value' | 'label' | 'short'> & StackPlace;

export interface StackPlace {
  value: number;
  /** Share of the whole, 0–1. */
  share: number;
  x: number;
  width: number;
  /** The direct label that fits in the segment, if any. */
  text?: string;
}

/**
 * Segments in the order given; zero and missing parts get no segment. Each segment is at
 * least `minWidth` px wide so a tiny part stays visible; the others shrink to make room.
 */
export function layoutStack<T extends StackInput>(
  items: readonly T[],
  width: number,
  minWidth = 3,
  fontSize = 14,
): StackSegment<T>[] {
  const parts = items.filter((item): item is T & { value: number } => !!item.value && item.value > 0);
  const total = parts.reduce((sum, item) => sum + item.value, 0);
  if (!total || width <= 0) return [];
  const small = parts.filter((item) => (item.value / total) * width < minWidth);
  const smallTotal = small.reduce((sum, item) => sum + item.value, 0);
  const room = Math.max(0, width - small.length * minWidth);
  const scale = room / (total - smallTotal || 1);
  let x = 0;
  return parts.map((item) => {
    const segmentWidth = small.includes(item) ? minWidth : item.value * scale;
    const fits = (text: string | undefined) => !!text && textWidth(text, fontSize) + 12 <= segmentWidth;
    const text = fits(item.label) ? item.label : fits(item.short) ? item.short : undefined;
    const { label, short, ...own } = item;
    const segment = { ...own, share: item.value / total, x, width: segmentWidth, text } as StackSegment<T>;
    x += segmentWidth;
    return segment;
  });
}
