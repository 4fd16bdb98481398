import { css } from 'lit';

export const styles = css`
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    margin: 0 0 8px;
  }
  .figure {
    flex: 1 1 120px;
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
  }
  .figure .note {
    display: block;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  svg .label,
  svg .value {
    font-size: 14px;
  }
  svg .value {
    font-variant-numeric: tabular-nums;
  }
  svg .zero {
    fill: var(--_muted);
  }
  .row.action {
    cursor: pointer;
  }
  .row.action:hover .bar {
    opacity: 0.85;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin: 16px 0 8px;
  }
  .choices .note {
    margin: 0;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 32px;
    padding: 4px 10px;
    font: inherit;
    font-size: 0.875rem;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: 999px;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    border-color: var(--_text);
    background: var(--_surface);
    font-weight: 700;
  }
  .reasons {
    padding: 12px;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .reasons-title {
    margin: 0 0 8px;
    font-weight: 600;
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

  @media (forced-colors: active) {
    .bar,
    [part~='segment'] {
      fill: CanvasText;
      stroke: Canvas;
    }
    .swatch {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
