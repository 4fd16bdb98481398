/** Reading rows of the application table, whichever of its two forms a report uses. */
import type { Outcomes, Row } from './types.js';
import { APPLICANT_COLUMNS, REASONS, sumOf, type Column, type OutcomeGroup, type ReasonGroup } from './vocabulary.js';

export { OUTCOME_GROUPS, REASONS, type OutcomeGroup } from './vocabulary.js';

export const isReasonGroup = (group: OutcomeGroup): group is ReasonGroup => group in REASONS;

/**
 * The value of one cell. A total-only row has no applicant columns; a row object without
 * `total` gets it from its columns when all six are given (REPORT-FORMAT.md: "total may be
 * missing, and is then derived from the columns"). `undefined` means the report does not say.
 */
export function cell(row: Row | undefined, column: Column): number | undefined {
  if (row === undefined) return undefined;
  if (typeof row === 'number') return column === 'total' ? row : undefined;
  if (column !== 'total') return row[column];
  return row.total ?? sumOf(APPLICANT_COLUMNS.map((c) => row[c]));
}

/** The total of a row, or `undefined` when the report does not give it. */
export const rowTotal = (row: Row | undefined) => cell(row, 'total');

/** Whether a row gives its breakdown by applicant type. */
export const hasBreakdown = (row: Row | undefined): boolean =>
  typeof row === 'object' && APPLICANT_COLUMNS.some((c) => row[c] !== undefined);

/** A group's row: (一)/(二) are rows; (三)–(六) are the sums of their reasons. */
export function groupCell(
  outcomes: Outcomes,
  group: OutcomeGroup,
  column: Column,
): number | undefined {
  if (!isReasonGroup(group)) return cell(outcomes[group], column);
  const reasons = outcomes[group] as Record<string, Row | undefined> | undefined;
  if (!reasons) return undefined;
  return sumOf(REASONS[group].map((key) => cell(reasons[key], column)), 'given');
}

/** A reason's row, by group and key. */
export function reasonRow(outcomes: Outcomes, group: ReasonGroup, reason: string): Row | undefined {
  return (outcomes[group] as Record<string, Row | undefined> | undefined)?.[reason];
}
