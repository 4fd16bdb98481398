import { css } from 'lit';

/**
 * Design tokens, defined once for every element. A site re-themes the widgets by setting
 * these custom properties on the elements or any ancestor. Outcome colours mean the same in
 * every widget (CHART-DESIGN.md): blue for disclosed, amber for withheld, grey for unable to
 * provide, violet for not processed.
 */
export const tokens = css`
  :host {
    --_font: var(--dc-font, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', system-ui, sans-serif);
    --_text: var(--dc-text, #1f2328);
    --_muted: var(--dc-text-muted, #57606a);
    --_background: var(--dc-background, #ffffff);
    --_surface: var(--dc-surface, #f6f8fa);
    --_border: var(--dc-border, #d0d7de);
    --_focus: var(--dc-focus, #0b57d0);
    --_error: var(--dc-error, #b42318);
    --_warning-surface: var(--dc-warning-surface, #fff8e5);
    --_warning-border: var(--dc-warning-border, #bf8700);
    --_radius: var(--dc-radius, 6px);

    --_disclosed: var(--dc-color-disclosed, #1d5fa8);
    --_partly-disclosed: var(--dc-color-partly-disclosed, #4a86c8);
    --_withheld: var(--dc-color-withheld, #b25f00);
    --_unavailable: var(--dc-color-unavailable, #6e7781);
    --_not-processed: var(--dc-color-not-processed, #7a5ba8);
    --_other-handling: var(--dc-color-other-handling, #8a6a4c);
    --_carried-forward: var(--dc-color-carried-forward, #8c959f);

    --_upheld: var(--dc-color-upheld, #1d5fa8);
    --_corrected: var(--dc-color-corrected, #b25f00);
    --_other-result: var(--dc-color-other-result, #6e7781);
    --_pending: var(--dc-color-pending, #7a5ba8);

    --_category-1: var(--dc-color-category-1, #1d5fa8);
    --_category-2: var(--dc-color-category-2, #0f6e6e);
    --_category-3: var(--dc-color-category-3, #b35900);
    --_category-4: var(--dc-color-category-4, #6b4fbb);
    --_category-5: var(--dc-color-category-5, #b0306a);
    --_category-6: var(--dc-color-category-6, #4d7a12);
    --_category-other: var(--dc-color-category-other, #6e7781);

    --_natural-person: var(--dc-color-natural-person, #0f6e6e);
    --_commercial: var(--dc-color-commercial, #b35900);
    --_research: var(--dc-color-research, #6b4fbb);
    --_public-interest: var(--dc-color-public-interest, #b0306a);
    --_legal-service: var(--dc-color-legal-service, #4d7a12);
    --_other-applicant: var(--dc-color-other-applicant, #66615b);
  }
`;

/** The frame every widget shares: figure, title, states, notice, table. */
export const frame = css`
  :host {
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_background);
    line-height: 1.5;
    font-size: 1rem;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  figure {
    margin: 0;
    padding: 16px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .measure {
    height: 0;
  }
  figcaption {
    margin: 0 0 12px;
  }
  .title {
    margin: 0;
    font-size: 1.25rem;
    font-weight: 700;
    line-height: 1.3;
  }
  .subtitle,
  .note {
    margin: 2px 0 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .summary {
    margin: 0 0 12px;
  }
  h3 {
    margin: 20px 0 8px;
    font-size: 1rem;
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
    color: var(--_muted);
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
    font-size: 0.875rem;
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
    font-size: 0.875rem;
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
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    margin: 0 0 8px;
  }
  .figure {
    flex: 1 1 140px;
    padding: 8px 12px;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .figure dt {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .figure dd {
    margin: 0;
  }
  .figure .value {
    display: block;
    font-size: 1.75rem;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .figure .note {
    display: block;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  svg .label,
  svg .value,
  .axis text {
    font-size: 14px;
  }
  svg .value {
    font-variant-numeric: tabular-nums;
  }
  svg .zero {
    fill: var(--_muted);
  }
  .axis line {
    stroke: var(--_muted);
  }
  .axis text {
    fill: var(--_muted);
    font-size: 12px;
  }
  .row.action {
    cursor: pointer;
  }
  .row.action:hover .bar {
    opacity: 0.85;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 8px 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .legend .zeros {
    color: var(--_muted);
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
    stroke: var(--_muted);
    stroke-width: 2;
  }
  .case-row .total {
    font-weight: 400;
    color: var(--_muted);
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

  /* One colour per key, set by class so no inline style is needed (strict CSP). */
  .k-disclosed { fill: var(--_disclosed); background: var(--_disclosed); }
  .k-partlyDisclosed { fill: var(--_partly-disclosed); background: var(--_partly-disclosed); }
  .k-withheld { fill: var(--_withheld); background: var(--_withheld); }
  .k-unavailable { fill: var(--_unavailable); background: var(--_unavailable); }
  .k-notProcessed { fill: var(--_not-processed); background: var(--_not-processed); }
  .k-otherHandling { fill: var(--_other-handling); background: var(--_other-handling); }
  .k-carriedForward { fill: var(--_carried-forward); background: var(--_carried-forward); }
  .k-naturalPerson { fill: var(--_natural-person); background: var(--_natural-person); }
  .k-commercial { fill: var(--_commercial); background: var(--_commercial); }
  .k-research { fill: var(--_research); background: var(--_research); }
  .k-publicInterest { fill: var(--_public-interest); background: var(--_public-interest); }
  .k-legalService { fill: var(--_legal-service); background: var(--_legal-service); }
  .k-other { fill: var(--_other-applicant); background: var(--_other-applicant); }
  .k-upheld { fill: var(--_upheld); background: var(--_upheld); }
  .k-corrected { fill: var(--_corrected); background: var(--_corrected); }
  .k-otherResult { fill: var(--_other-result); background: var(--_other-result); }
  .k-pending { fill: var(--_pending); background: var(--_pending); }
  .k-category-1 { fill: var(--_category-1); background: var(--_category-1); }
  .k-category-2 { fill: var(--_category-2); background: var(--_category-2); }
  .k-category-3 { fill: var(--_category-3); background: var(--_category-3); }
  .k-category-4 { fill: var(--_category-4); background: var(--_category-4); }
  .k-category-5 { fill: var(--_category-5); background: var(--_category-5); }
  .k-category-6 { fill: var(--_category-6); background: var(--_category-6); }
  .k-category-other { fill: var(--_category-other); background: var(--_category-other); }

  @media (forced-colors: active) {
    .bar,
    [part~='segment'],
    [part~='dot'] {
      fill: CanvasText;
      stroke: Canvas;
    }
    .swatch {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .axis line {
      stroke: CanvasText;
    }
  }
`;
