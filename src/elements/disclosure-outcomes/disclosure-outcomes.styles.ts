import { css } from 'lit';

export const styles = css`
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
`;
