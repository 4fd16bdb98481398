import { css, unsafeCSS } from 'lit';
import { CHROME, DARK, LIGHT, SERIES, type Palette } from './palette.js';

const publicName = (token: string) => (CHROME.has(token) ? `--dc-${token}` : `--dc-color-${token}`);

/** `--_x: var(--dc-x, default)` for every colour of a palette. Our constants, not data. */
const declare = (palette: Palette) =>
  unsafeCSS(Object.entries(palette).map(([token, value]) => `--_${token}: var(${publicName(token)}, ${value});`).join(''));

/**
 * Design tokens, defined once for every element, from the palettes in palette.ts. A site
 * re-themes the widgets by setting the public custom properties on the elements or any
 * ancestor; `theme="dark"` switches the defaults, `theme="auto"` follows the reader's system.
 * Outcome colours mean the same in every widget (CHART-DESIGN.md).
 */
export const tokens = [
  css`
    :host {
      --_font: var(--dc-font, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', system-ui, sans-serif);
      --_radius: var(--dc-radius, 6px);
      ${declare(LIGHT)}
    }
    :host([theme='dark']) {
      color-scheme: dark;
      ${declare(DARK)}
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        color-scheme: dark;
        ${declare(DARK)}
      }
    }
  `,
  // One class per series colour, so marks and swatches need no inline style (strict CSP).
  unsafeCSS(SERIES.map((token) => `.k-${token}{fill:var(--_${token});background:var(--_${token})}`).join('')),
];

/** The frame every widget shares: figure, title, states, notice, table. */
export const frame = css`
  /*
   * The widgets' own type scale and text setting: a site's global CSS (html { font-size:
   * 62.5% }, body { letter-spacing; text-align: center }) must not reach them. Sizes inside
   * are em of --dc-font-size, never the page's rem; by default the reader's own text size
   * (medium: 16 px unless the reader chose larger), which no page stylesheet changes.
   */
  :host {
    display: block;
    font: 400 var(--dc-font-size, medium) / 1.5 var(--_font);
    --_sm: 0.875em;
    color: var(--_text);
    background: var(--_background);
    text-align: start;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    word-break: normal;
    text-transform: none;
    line-break: strict;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  /* Elder-friendly (适老化) large mode: bigger text and marks, 44 px targets. */
  :host([large]) {
    line-height: 1.6;
    --_sm: 0.9em;
  }
  :host([large]) > * {
    font-size: 1.25em;
  }
  :host([large]) summary,
  :host([large]) button {
    min-height: 44px;
  }
  * {
    box-sizing: border-box;
  }
  figure {
    position: relative;
    margin: 0;
    padding: 16px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* Inside <disclosure-report>: its frame, its agency line and, mostly, its section headings. */
  :host(.embedded) figure {
    padding: 0;
    border: 0;
  }
  :host(.embedded) .subtitle {
    display: none;
  }
  :host(.embedded:not(.titled)) .title {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* As wide as the charts may be and 1em tall (its height is the font size), taking no room. */
  .measure {
    height: 1em;
    margin-bottom: -1em;
    pointer-events: none;
  }
  figcaption {
    margin: 0 0 12px;
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .subtitle,
  .note {
    margin: 2px 0 0;
    color: var(--_text-muted);
    font-size: var(--_sm);
  }
  .summary {
    margin: 0 0 12px;
  }
  /* Chinese line breaking: figures stay with their units; labels break only at spaces. */
  .summary,
  .note,
  .prose p {
    text-wrap: pretty;
  }
  .title {
    text-wrap: balance;
  }
  .nw,
  .value,
  .legend li {
    white-space: nowrap;
  }
  h3,
  dt,
  button,
  .label,
  span[lang] {
    word-break: keep-all;
  }
  .legend .zeros {
    display: block;
    white-space: normal;
  }
  h3 {
    margin: 20px 0 8px;
    font-size: 1em;
    font-weight: 700;
  }
  svg {
    display: block;
    overflow: visible;
  }
  svg text {
    fill: var(--_text);
    font-family: var(--_font);
  }
  .state {
    margin: 0;
    padding: 24px 0;
    text-align: center;
    color: var(--_text-muted);
  }
  /* Nothing this year, or no data: one compact sentence where the chart would be. */
  .empty {
    margin: 0;
  }
  .error {
    padding: 12px 16px;
    border-left: 4px solid var(--_error);
    background: var(--_surface);
  }
  .error p {
    margin: 0 0 4px;
    font-weight: 700;
    color: var(--_error);
  }
  .error ul,
  .notice ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .error li,
  .notice li {
    overflow-wrap: anywhere;
  }
  .notice {
    margin: 0 0 12px;
    padding: 8px 12px;
    border: 1px solid var(--_warning-border);
    border-radius: var(--_radius);
    background: var(--_warning-surface);
    font-size: var(--_sm);
  }
  .notice p {
    margin: 0 0 4px;
  }
  .notice strong {
    display: block;
  }
  details.table {
    margin-top: 16px;
  }
  summary {
    cursor: pointer;
    padding: 8px 0;
    color: var(--_focus);
    font-weight: 600;
    min-height: 24px;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    font-size: var(--_sm);
    min-width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding: 4px 0;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 4px 8px;
    text-align: start;
    vertical-align: top;
  }
  th {
    background: var(--_surface);
    font-weight: 600;
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .downloads {
    margin-top: 4px;
  }
  .downloads .menu {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    padding: 4px 0;
  }
  button {
    min-height: 32px;
    padding: 4px 12px;
    font: inherit;
    font-size: var(--_sm);
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  @media (forced-colors: active) {
    figure,
    .notice,
    .error {
      border: 1px solid CanvasText;
    }
    svg text {
      fill: CanvasText;
    }
  }
`;

/** What every chart draws with: key figures, labels, legends, swatches, colours by key. */
export const charts = css`
  /* Key figures in one row, or one under another below 30em: never 2 + 1. */
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, max(30% - 8px, (30em - 100%) * 99)), 1fr));
    gap: 12px;
    margin: 0 0 8px;
  }
  .figure {
    padding: 8px 12px;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .figure dt {
    font-size: var(--_sm);
    color: var(--_text-muted);
  }
  .figure dd {
    margin: 0;
  }
  .figure .value {
    display: block;
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .figure .note {
    display: block;
    font-size: var(--_sm);
    color: var(--_text-muted);
  }
  svg .value {
    font-variant-numeric: tabular-nums;
  }
  /* Carried forward is not an outcome yet: an open bar. */
  .bar.k-carried-forward {
    fill: var(--_background);
    stroke: var(--_carried-forward);
    stroke-width: 2;
  }
  svg .zero {
    fill: var(--_text-muted);
  }
  .axis line {
    stroke: var(--_text-muted);
  }
  .head,
  .axis text {
    fill: var(--_text-muted);
    font-size: var(--_sm);
  }
  /* Each mark's pointer target and focus ring: the whole row of a bar or dot. */
  .hit {
    fill: transparent;
    outline: none;
  }
  .hit.action {
    cursor: pointer;
  }
  .row:hover .bar {
    opacity: 0.85;
  }
  .hit:focus-visible,
  .segment:focus-visible {
    stroke: var(--_focus);
    stroke-width: 3px;
    outline: none;
  }
  .segment {
    outline: none;
  }
  .in-segment {
    pointer-events: none;
  }
  .on-strong {
    fill: var(--_on-strong);
  }
  .on-soft {
    fill: var(--_on-soft);
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-width: min(22em, calc(100% - 16px));
    padding: 6px 10px;
    color: var(--_background);
    background: var(--_text);
    border-radius: var(--_radius);
    font-size: var(--_sm);
    line-height: 1.4;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  }
  /* Marks grow into place once; readers who ask for less motion get none. */
  .bar,
  .segment {
    transform-box: fill-box;
    transform-origin: left center;
    animation: dc-grow 0.45s ease-out;
  }
  .dot {
    animation: dc-fade 0.45s ease-out;
  }
  @keyframes dc-grow {
    from {
      transform: scaleX(0);
    }
  }
  @keyframes dc-fade {
    from {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bar,
    .segment,
    .dot {
      animation: none;
    }
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 8px 0 0;
    padding: 0;
    list-style: none;
    font-size: var(--_sm);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .legend .zeros {
    color: var(--_text-muted);
  }
  .swatch {
    display: inline-block;
    flex: none;
    width: 12px;
    height: 12px;
    border-radius: 2px;
  }
  .track {
    stroke: var(--_border);
  }
  .dot {
    fill: var(--_category-1);
  }
  .dot.zero {
    fill: var(--_background);
    stroke: var(--_text-muted);
    stroke-width: 2;
  }
  .case-row .total {
    font-weight: 400;
    color: var(--_text-muted);
  }
  svg + .note {
    margin-top: 16px;
  }
  .ranked {
    margin-top: 12px;
  }
  .prose p {
    margin: 0 0 0.75em;
  }

  /* Windows high contrast: system colours, marks drawn in CanvasText with Canvas gaps. */
  @media (forced-colors: active) {
    .bar,
    .segment,
    .dot {
      fill: CanvasText;
      stroke: Canvas;
      stroke-width: 1px;
    }
    .bar.k-carried-forward,
    .dot.zero {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 2px;
    }
    .in-segment {
      fill: Canvas;
    }
    .swatch {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .axis line,
    .track {
      stroke: CanvasText;
    }
    svg .zero {
      fill: CanvasText;
    }
    .hit:focus-visible,
    .segment:focus-visible {
      stroke: Highlight;
    }
    .tooltip {
      border: 1px solid CanvasText;
    }
  }
  /* Printed: black and white, with every label and the table; no controls; no chart cut in two. */
  @media print {
    :host {
      color: #000;
      background: #fff;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .downloads,
    .choices,
    .tooltip,
    summary {
      display: none !important;
    }
    figure {
      border-color: #000;
    }
    /* Each chart, figure row and table row stays on one page; the widget may break between them. */
    figcaption,
    .chart,
    .figures,
    .reasons,
    tr {
      break-inside: avoid;
    }
    h3 {
      break-after: avoid;
    }
    svg text,
    .note,
    .subtitle {
      fill: #000;
      color: #000;
    }
    .bar,
    .dot,
    .segment.strong {
      fill: #222;
    }
    .segment.soft {
      fill: #bbb;
    }
    .on-strong {
      fill: #fff;
    }
    .on-soft {
      fill: #000;
    }
    .bar.k-carried-forward,
    .dot.zero {
      fill: #fff;
      stroke: #000;
    }
    .swatch {
      background: #222;
    }
    .figure {
      border: 1px solid #000;
    }
  }

`;
