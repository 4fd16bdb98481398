/**
 * SVG and HTML partials every chart shares: bar lists, stacked bars, legends, key figures and
 * a log axis. They render geometry computed by pure layouts; they do no arithmetic. Colour comes
 * from a `k-<key>` class (see styles.ts), never an inline style, so a strict CSP holds.
 */
import { html, nothing, svg } from 'lit';
import type { BarListGeometry } from '../layout/bars.js';
import type { StackSegment } from '../layout/stack.js';

export const BAR_HEIGHT = 20;

/**
 * A list of horizontal bars with labels above them and values after them. Each bar carries
 * its exact value as an SVG <title>, the platform's own tooltip.
 */
export function renderBars(
  geometry: BarListGeometry,
  options: {
    label: string;
    colorOf?: (key: string, index: number) => string;
    exact?: (key: string) => string | undefined;
    action?: (key: string) => (() => void) | undefined;
  },
) {
  const { colorOf = (key) => key, exact = () => undefined, action = () => undefined } = options;
  return html`<svg
    part="svg"
    width=${geometry.width}
    height=${geometry.height}
    viewBox="0 0 ${geometry.width} ${geometry.height}"
    role="img"
    aria-label=${options.label}
  >
    ${geometry.rows.map((row, index) => {
      const onClick = action(row.key);
      const title = exact(row.key);
      return svg`<g class=${onClick ? 'row action' : 'row'} data-key=${row.key} @click=${onClick ?? nothing}>
        ${title ? svg`<title>${title}</title>` : nothing}
        <text class="label" y=${row.labelY}>${row.lines.map(
          (line, i) => svg`<tspan x="0" dy=${i ? '1.4em' : 0}>${line}</tspan>`,
        )}</text>
        ${row.width > 0
          ? svg`<rect part="mark bar" class="bar k-${colorOf(row.key, index)}" x="0" y=${row.y} width=${row.width}
              height=${BAR_HEIGHT} rx="2"></rect>`
          : svg`<rect class="zero" x="0" y=${row.y} width="1" height=${BAR_HEIGHT}></rect>`}
        <text class="value" x=${row.valueX} y=${row.valueY} dominant-baseline="central">${row.valueLabel}</text>
      </g>`;
    })}
  </svg>`;
}

/** One 100% stacked bar. */
export function renderStack(
  segments: readonly StackSegment[],
  options: { width: number; height?: number; label: string; colorOf?: (key: string, index: number) => string; exact?: (key: string) => string },
) {
  const { height = 24, colorOf = (key) => key, exact } = options;
  return html`<svg part="svg" width=${options.width} height=${height} role="img" aria-label=${options.label}>
    ${segments.map(
      (s, index) =>
        svg`<rect part="mark segment" class="k-${colorOf(s.key, index)}" data-key=${s.key} x=${s.x} y="0"
          width=${Math.max(0, s.width - 1)} height=${height}>${exact ? svg`<title>${exact(s.key)}</title>` : nothing}</rect>`,
    )}
  </svg>`;
}

export interface LegendItem {
  key: string;
  label: string;
  valueLabel: string;
  color?: string;
}

/** Direct labels for a stacked bar: a swatch, the name and the value of each part. */
export function renderLegend(items: readonly LegendItem[], zeros?: string) {
  return html`<ul class="legend" part="legend">
    ${items.map(
      (item) =>
        html`<li data-key=${item.key}><span class="swatch k-${item.color ?? item.key}"></span>${item.label}
          <span class="value">${item.valueLabel}</span></li>`,
    )}
    ${zeros ? html`<li class="zeros">${zeros}</li>` : nothing}
  </ul>`;
}

export interface Tile {
  label: string;
  value: string;
  note?: string;
  key?: string;
}

/** Key figures: a big number with a short label, first thing a reader sees. */
export function renderFigures(tiles: readonly Tile[]) {
  if (!tiles.length) return nothing;
  return html`<dl class="figures" part="figures">
    ${tiles.map(
      (tile) =>
        html`<div class="figure" data-key=${tile.key ?? nothing}>
          <dt>${tile.label}</dt>
          <dd><span class="value">${tile.value}</span>${tile.note ? html`<span class="note">${tile.note}</span>` : nothing}</dd>
        </div>`,
    )}
  </dl>`;
}

/** A horizontal axis: a baseline and labelled ticks, drawn inside a chart's <svg>. */
export function renderAxis(ticks: readonly { x: number; label: string }[], y: number, width: number) {
  return svg`<g class="axis" part="axis">
    <line x1="0" x2=${width} y1=${y} y2=${y}></line>
    ${ticks.map(
      // The end labels align inward so they are not cut at the chart's edges.
      (t, i) => svg`<line x1=${t.x} x2=${t.x} y1=${y} y2=${y + 5}></line>
        <text x=${t.x} y=${y + 18} text-anchor=${i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}>${t.label}</text>`,
    )}
  </g>`;
}

/** Plain text as paragraphs, split at blank lines. Text only: no markup is ever parsed. */
export function renderParagraphs(text: string) {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p>${p}</p>`);
}
