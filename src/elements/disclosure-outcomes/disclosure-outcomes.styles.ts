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
  .choices button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 4px 10px;
    border-radius: 999px;
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
