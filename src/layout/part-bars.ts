/**
 * Bars made of parts laid end to end (a year's new and carried-over requests; its outcome
 * groups), for the collection charts. Kept apart from bars.ts so that the one-report bundle,
 * whose bars have no parts, does not carry it.
 */
import { layoutBarList, type BarInput, type BarListGeometry, type BarListOptions } from './bars.js';

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A bar list whose rows' parts are placed along their bars, and drawn as one path per part's
 * key (in the order the keys first come): fifteen years of six parts are six paths, not ninety
 * rects. A hairline of background stays between touching parts, as in the stacked bars.
 */
export function layoutPartBars<T extends BarInput>(items: readonly T[], options: BarListOptions): BarListGeometry<T> {
  const g = layoutBarList(items, options);
  // The list's scale is linear from zero: read it off any drawn bar.
  const drawn = g.rows.find((row) => row.value && row.width);
  const scale = drawn ? drawn.width / drawn.value! : 0;
  const paths = new Map<string, string>();
  for (const row of g.rows) {
    if (!row.parts) continue;
    let end = 0;
    row.segments = row.parts
      .filter((part) => part.value)
      .map((part) => {
        const start = end;
        end += part.value!;
        return { key: part.key, x: start * scale, width: (end - start) * scale };
      });
    for (const s of row.segments)
      paths.set(s.key, `${paths.get(s.key) ?? ''}M${round(s.x)},${round(row.y)}h${round(Math.max(0.5, s.width - 1))}v${g.barHeight}H${round(s.x)}Z`);
  }
  return paths.size ? { ...g, paths: [...paths].map(([key, d]) => ({ key, d })) } : g;
}
