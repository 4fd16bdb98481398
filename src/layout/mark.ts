/**
 * What a mark says and what it stands for, decided by a widget's pure layout: the Lit classes
 * only draw it. Node-tested with the rest of the layout.
 */
import type { MarkSelection } from '../events.js';

export interface MarkInfo {
  /** Its accessible name and tooltip: label, exact value and share, in the reader's language. */
  announce: string;
  /** The report cell it shows, for `dc-select`; absent for a mark that is not one value. */
  select?: MarkSelection;
}

/** A `dc-select` detail: the section, the row and column within it, and the full path. */
export const selection = (
  section: string,
  row: string,
  column: string,
  value: number | undefined,
  label: string,
  path = `${section}.${row}.${column}`,
): MarkSelection => ({ section, row, column, path, value, label });
