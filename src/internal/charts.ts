/**
 * SVG and HTML partials every chart shares: bar lists, stacked bars, log dot plots, legends,
 * key figures and an axis. They render geometry computed by pure layouts; their only arithmetic
 * places a label or outline beside its mark (a few pixels of offset, half a bar's height).
 * Colour comes from a `k-<token>` class (styles.ts), never an inline style, so a strict CSP
 * holds.
 *
 * Every mark is reachable: it carries `data-chart`/`data-index` for the MarkController, a
 * roving tabindex, `role="img"` and the accessible name its layout gave it (label, value, share). The
 * visible text beside it is hidden from assistive technology, which hears the mark's name
 * instead of the same words twice.
 */
import { html, nothing, svg } from 'lit';
import type { BarInput, BarListGeometry } from '../layout/bars.js';
import type { DotInput, LogDotGeometry } from '../layout/log.js';
import type { MarkInfo } from '../layout/mark.js';
import type { StackInput, StackSegment } from '../layout/stack.js';
import type { Locale } from '../i18n/messages.js';
import type { MarkController } from './marks.js';
import { STRONG } from './palette.js';

/** The colour token of a report key: `partlyDisclosed` → `partly-disclosed` (class `k-partly-disclosed`). */
export const tone = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** What makes a chart's marks reachable and named. */
export interface ChartAccess {
  /** Names the chart among the element's charts: `outcomes`, `reasons`, … */
  chart: string;
  /** The chart's name for assistive technology. */
  label: string;
  nav: MarkController;
}

/**
 * The <svg> of a chart, in a box that holds the handlers of its marks. Not on the <svg>
 * itself: Chromium makes an SVG element with focus listeners a Tab stop of its own.
 */
export function chartSvg(a: ChartAccess, width: number, height: number, fontSize: number, content: unknown) {
  const { nav } = a;
  return html`<div
    class="chart"
    @keydown=${nav.onKeydown}
    @focusin=${nav.onFocusIn}
    @focusout=${nav.onFocusOut}
    @pointerover=${nav.onPointerOver}
    @pointerout=${nav.onPointerOut}
    @pointerdown=${nav.onPointerDown}
    @click=${nav.onClick}
  >
    <svg part="svg" width=${width} height=${height} viewBox="0 0 ${width} ${height}" font-size=${fontSize} role="group"
      aria-label=${a.label}>
      ${content}
    </svg>
  </div>`;
}

/** A label's lines as tspans, one below the other. */
export const lines = (texts: readonly string[]) => texts.map((line, i) => svg`<tspan x="0" dy=${i ? '1.4em' : 0}>${line}</tspan>`);

/** A list of horizontal bars with labels above them and values after them. */
export function renderBars(
  geometry: BarListGeometry<BarInput & MarkInfo>,
  a: ChartAccess & {
    colorOf?: (key: string, index: number) => string;
    action?: (key: string) => (() => void) | undefined;
    /** Classes of a row beyond `row` (`highlight`, `muted`). */
    classOf?: (index: number) => string;
    /** Drawn under the rows (a reference mark that the bars and the value labels cover). */
    underlay?: unknown;
  },
) {
  const { colorOf = tone, action = () => undefined, classOf } = a;
  const { barHeight } = geometry;
  const rows = geometry.rows.map((row, index) => {
    const onClick = action(row.key);
    // One template per row, no nested ones for the usual one-line label and the bar: with a
    // hundred widgets on a page, template instances are most of the rendering time.
    const drawn = row.width > 0;
    return svg`<g class=${classOf ? `row ${classOf(index)}` : 'row'} data-key=${row.key}>
      <text class="label" x="0" y=${row.labelY} lang=${zhLang(row.label)} aria-hidden="true">${row.lines.length > 1 ? lines(row.lines) : row.lines[0]}</text>
      ${row.segments || row.absent
        ? nothing
        : svg`<rect part=${drawn ? 'mark bar' : nothing} class=${drawn ? `bar k-${colorOf(row.key, index)}` : 'zero'} x="0" y=${row.y}
        width=${drawn ? row.width : 1} height=${barHeight} rx=${drawn ? 2 : 0}></rect>`}
      <text class="value" x=${row.valueX} y=${row.valueY} dominant-baseline="central" aria-hidden="true">${row.valueLabel}</text>
      <rect class=${onClick ? 'hit action' : 'hit'} x="0" y=${row.top} width=${geometry.width} height=${row.bottom - row.top}
        data-chart=${a.chart} data-index=${index} tabindex=${a.nav.tabIndex(a.chart, index)} role="img"
        aria-label=${row.announce} @click=${onClick ?? nothing}></rect>
    </g>`;
  });
  // Rows with parts: every row's parts of one key in one path, under the rows' labels and targets.
  const parts = geometry.paths?.map((p) => svg`<path part="mark bar" class="bar k-${colorOf(p.key, 0)}" data-key=${p.key} d=${p.d}></path>`);
  return chartSvg(a, geometry.width, geometry.height, geometry.fontSize, [a.underlay ?? nothing, parts ?? nothing, rows]);
}

/** One 100% stacked bar, each segment labelled in place where its label fits. */
export function renderStack(
  segments: readonly StackSegment<StackInput & MarkInfo>[],
  a: ChartAccess & { width: number; fontSize: number; colorOf?: (key: string, index: number) => string },
) {
  const { colorOf = tone, fontSize } = a;
  const height = Math.round(fontSize * 1.8);
  const marks = segments.map((s, index) => {
    const color = colorOf(s.key, index);
    return svg`<rect part="mark segment" class="segment k-${color} ${STRONG.has(color) ? 'strong' : 'soft'}" data-key=${s.key} x=${s.x} y="0"
        width=${Math.max(0, s.width - 1)} height=${height} data-chart=${a.chart} data-index=${index}
        tabindex=${a.nav.tabIndex(a.chart, index)} role="img" aria-label=${s.announce}></rect>
      ${s.text
        ? svg`<text class=${STRONG.has(color) ? 'in-segment on-strong' : 'in-segment on-soft'} x=${s.x + 6}
            y=${height / 2} lang=${zhLang(s.text)} dominant-baseline="central" aria-hidden="true">${s.text}</text>`
        : nothing}`;
  });
  return chartSvg(a, a.width, height, fontSize, marks);
}

/** A dot plot on a log axis, every dot labelled. */
export function renderDots(geometry: LogDotGeometry<DotInput & MarkInfo> & { tickLabels: string[] }, a: ChartAccess) {
  const d = geometry;
  const rows = d.rows.map(
    (row, index) => svg`<g class="row" data-key=${row.key}>
      <text class="label" x="0" y=${row.labelY} lang=${zhLang(row.label)} aria-hidden="true">${row.lines.length > 1 ? lines(row.lines) : row.lines[0]}</text>
      <line class="track" x1="0" x2=${d.width} y1=${row.cy} y2=${row.cy}></line>
      ${row.cx === undefined
        ? nothing
        : svg`<circle part="mark dot" class=${row.value ? 'dot' : 'dot zero'} cx=${row.cx} cy=${row.cy} r=${d.radius}></circle>`}
      <text class="value" x=${row.valueX} y=${row.cy} text-anchor=${row.anchor} dominant-baseline="central"
        aria-hidden="true">${row.valueLabel}</text>
      <rect class="hit" x="0" y=${row.top} width=${d.width} height=${row.bottom - row.top} data-chart=${a.chart}
        data-index=${index} tabindex=${a.nav.tabIndex(a.chart, index)} role="img" aria-label=${row.announce}></rect>
    </g>`,
  );
  return chartSvg(a, d.width, d.height, d.fontSize, [
    renderAxis(d.ticks.map((t, i) => ({ x: t.x, label: d.tickLabels[i]! })), d.axisY, d.width),
    rows,
  ]);
}

export interface LegendItem {
  key: string;
  label: string;
  valueLabel: string;
  color?: string;
}

/** Direct labels for a stacked bar: a swatch, the name and the value of each part. */
export function renderLegend(items: readonly LegendItem[], locale: Locale, zeros?: string) {
  return html`<ul class="legend" part="legend">
    ${items.map(
      (item) =>
        html`<li data-key=${item.key}><span class="swatch k-${item.color ?? tone(item.key)}"></span><span lang=${zhLang(item.label)}
            >${item.label}</span>
          <span class="value">${item.valueLabel}</span></li>`,
    )}
    ${zeros ? html`<li class="zeros">${keep(zeros, locale)}</li>` : nothing}
  </ul>`;
}

export interface Tile {
  label: string;
  value: string;
  note?: string;
  key?: string;
}

/** Key figures: a big number with a short label, first thing a reader sees. */
export function renderFigures(tiles: readonly Tile[], locale: Locale) {
  if (!tiles.length) return nothing;
  return html`<dl class="figures" part="figures">
    ${tiles.map(
      (tile) =>
        html`<div class="figure" data-key=${tile.key ?? nothing}>
          <dt>${tile.label}</dt>
          <dd><span class="value">${tile.value}</span>${tile.note ? html`<span class="note">${keep(tile.note, locale)}</span>` : nothing}</dd>
        </div>`,
    )}
  </dl>`;
}

/** A horizontal axis: a baseline and labelled ticks, drawn inside a chart's <svg>. */
export function renderAxis(ticks: readonly { x: number; label: string }[], y: number, width: number) {
  return svg`<g class="axis" part="axis" aria-hidden="true">
    <line x1="0" x2=${width} y1=${y} y2=${y}></line>
    ${ticks.map(
      // The end labels align inward so they are not cut at the chart's edges.
      (t, i) => svg`<line x1=${t.x} x2=${t.x} y1=${y} y2=${y + 5}></line>
        <text x=${t.x} y=${y + 5} dy="1.1em" text-anchor=${i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}>${t.label}</text>`,
    )}
  </g>`;
}

/**
 * A figure with its unit or sign, and a short label before a colon, each in one run that never
 * breaks across lines ("498.8万元", "−3件", "其他：0"); the text between breaks as the language
 * allows. Text only: the runs are text bindings.
 */
const FIGURE = /((?:[^\s、，；。:：]{1,6}[：:] ?)?[+−-]?\d[\d,.]*(?: ?(?:%|[万亿]?(?:个账号|[件次条个元年月日])))?)/;
/** Chinese words: a run of Chinese characters, with what may stand between them. */
const HAN = /([\u3400-\u9fff][^\n\w,;:!?]*[\u3400-\u9fff）》”]|[\u3400-\u9fff])/;

/**
 * `lang="zh-CN"` for a label holding Chinese (a name from the report), so that in a widget of
 * another language a screen reader reads it in a Chinese voice; in a Chinese one it says what
 * is already so.
 */
export const zhLang = (text: string) => (HAN.test(text) ? 'zh-CN' : nothing);

/**
 * Text set for its language: figures kept with their units; in an English widget, the
 * report's Chinese words (agency, categories) marked `lang="zh-CN"` so a screen reader reads
 * them in a Chinese voice.
 */
export const keep = (text: string, locale: Locale) =>
  text.split(FIGURE).map((part, i) =>
    i % 2
      ? html`<span class="nw">${part}</span>`
      : locale === 'zh-CN'
        ? part
        : part.split(HAN).map((run, j) => (j % 2 ? html`<span lang="zh-CN">${run}</span>` : run)),
  );

/** Plain text as paragraphs, split at blank lines. Text only: no markup is ever parsed. */
export function renderParagraphs(text: string) {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p>${keep(p, 'zh-CN')}</p>`);
}
