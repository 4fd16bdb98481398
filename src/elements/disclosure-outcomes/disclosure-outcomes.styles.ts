import { css } from 'lit';

export const styles = css`
  /* The reason chips in even columns under their label, not a ragged run of pills. */
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9em), 1fr));
    gap: 8px;
    margin: 16px 0 8px;
  }
  .choices .note {
    grid-column: 1 / -1;
    margin: 0;
  }
  .choices button {
    display: flex;
    align-items: center;
    text-align: start;
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
