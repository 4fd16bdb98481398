/** Reading rows of the application table, whichever of its two forms a report uses. */
import { APPLICANT_COLUMNS } from './schema.js';
import type { Column, Outcomes, ReasonGroup, Row } from './types.js';

/** The reasons under each outcome group, in the national form's order. */
export const REASONS = {
  withheld: [
    'stateSecret',
    'prohibitedByLaw',
    'endangersSecurity',
    'thirdPartyRights',
    'internalAffairs',
    'processInformation',
    'enforcementFiles',
    'administrativeQuery',
  ],
  unavailable: ['notHeld', 'needsCreation', 'stillUnclear'],
  notProcessed: ['complaint', 'repeated', 'publication', 'excessive', 'reconfirmation'],
  otherHandling: ['noCorrection', 'feeUnpaid', 'other'],
} as const satisfies Record<ReasonGroup, readonly string[]>;

/** The six outcome groups, in the national form's order. */
export const OUTCOME_GROUPS = [
  'disclosed',
  'partlyDisclosed',
  'withheld',
  'unavailable',
  'notProcessed',
  'otherHandling',
] as const;
export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number];

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
  if (row.total !== undefined) return row.total;
  let sum = 0;
  for (const c of APPLICANT_COLUMNS) {
    const value = row[c];
    if (value === undefined) return undefined;
    sum += value;
  }
  return sum;
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
  let sum: number | undefined;
  for (const key of REASONS[group]) {
    const value = cell(reasons[key], column);
    if (value !== undefined) sum = (sum ?? 0) + value;
  }
  return sum;
}

/** A reason's row, by group and key. */
export function reasonRow(outcomes: Outcomes, group: ReasonGroup, reason: string): Row | undefined {
  return (outcomes[group] as Record<string, Row | undefined> | undefined)?.[reason];
}
