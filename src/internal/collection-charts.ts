/**
 * The partial the collection charts add to charts.ts: lines over years on a 0–100% scale,
 * every point a mark. Geometry from layoutLines; colour and dash from classes (strict CSP).
 */
import { nothing, svg } from 'lit';
import type { LineGeometry, LineInput, LinePoint } from '../layout/lines.js';
import type { MarkInfo } from '../layout/mark.js';
import { chartSvg, type ChartAccess } from './charts.js';

/**
 * Lines and their points. A series is told apart by its colour, its dash and the shape of its
 * points (a circle, then a square), never by colour alone.
 */
export function renderLines(
  g: LineGeometry<LineInput & { key: string }>,
  points: readonly (LinePoint & MarkInfo & { series: string })[],
  a: ChartAccess & { colorOf: (series: string) => string },
) {
  const shapeOf = (series: string) => g.series.findIndex((s) => s.key === series);
  const r = g.radius;
  return chartSvg(a, g.width, g.height, g.fontSize, [
    svg`<g class="grid" aria-hidden="true">
      ${g.yTicks.map(
        (t) => svg`<line x1=${g.left} x2=${g.width} y1=${t.y} y2=${t.y}></line>
          <text x=${g.left - 6} y=${t.y} text-anchor="end" dominant-baseline="central">${t.label}</text>`,
      )}
    </g>
    <g class="ticks" aria-hidden="true">
      ${g.xTicks.map((t) => svg`<text x=${t.x} y=${g.bottom + 6} dy="1em" text-anchor="middle">${t.label}</text>`)}
    </g>`,
    g.series.map((s) => svg`<path class="line k-${a.colorOf(s.key)}" d=${s.path || nothing} aria-hidden="true"></path>`),
    points.map((p, index) => {
      const color = a.colorOf(p.series);
      const common = { chart: a.chart, index, tab: a.nav.tabIndex(a.chart, index) };
      return shapeOf(p.series) === 0
        ? svg`<circle part="mark dot" class="point k-${color}" cx=${p.x} cy=${p.y} r=${r + 1} data-chart=${common.chart}
            data-index=${index} tabindex=${common.tab} role="img" aria-label=${p.announce}></circle>`
        : svg`<rect part="mark dot" class="point k-${color}" x=${p.x - r} y=${p.y - r} width=${2 * r} height=${2 * r}
            data-chart=${common.chart} data-index=${index} tabindex=${common.tab} role="img" aria-label=${p.announce}></rect>`;
    }),
  ]);
}
