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
