import { css } from 'lit';

/** What the collection charts add to the shared styles: lines, the median, the sort control. */
export const collectionStyles = css`
  .line {
    fill: none;
    stroke-width: 2;
  }
  .line.k-disclosed {
    stroke: var(--_disclosed);
  }
  .line.k-corrected {
    stroke: var(--_corrected);
    stroke-dasharray: 6 3;
  }
  .point {
    stroke: var(--_background);
    stroke-width: 1.5;
  }
  .grid line {
    stroke: var(--_border);
  }
  .grid text,
  .ticks text {
    fill: var(--_text-muted);
    font-size: var(--_sm);
  }
  .k-accent {
    fill: var(--_accent);
    background: var(--_accent);
  }
  /* A rate from fewer than 10 requests: pale, outlined in its colour (still 3:1), its n beside it. */
  .row.muted .bar {
    fill-opacity: 0.25;
    stroke-width: 1.5;
  }
  .row.muted .bar.k-disclosed {
    stroke: var(--_disclosed);
  }
  .row.muted .bar.k-corrected {
    stroke: var(--_corrected);
  }
  .row.muted .bar.k-accent {
    stroke: var(--_accent);
  }
  .median {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
  }
  .row.highlight .label {
    font-weight: 700;
  }
  .chart-title {
    margin: 20px 0 6px;
    font-size: 1em;
    font-weight: 700;
  }
  .note {
    margin: 4px 0 0;
    color: var(--_text-muted);
    font-size: var(--_sm);
  }
  fieldset.sort {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    margin: 16px 0 8px;
    padding: 0;
    border: 0;
  }
  fieldset.sort legend {
    float: left;
    margin-inline-end: 8px;
    padding: 0;
    font-weight: 700;
  }
  fieldset.sort label {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    min-height: 24px;
    cursor: pointer;
  }
  :host([large]) fieldset.sort label {
    min-height: 44px;
  }
  fieldset.sort input {
    margin: 0;
    width: 1em;
    height: 1em;
    accent-color: var(--_focus);
  }
  button.more {
    margin-top: 8px;
    min-height: 24px;
    padding: 4px 12px;
    font: inherit;
    color: var(--_focus);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  :host([large]) button.more {
    min-height: 44px;
  }
  button.more:focus-visible,
  fieldset.sort input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
