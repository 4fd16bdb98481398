/**
 * The report's vocabulary, declared once: the rows, columns and cells of the national form
 * as the JSON names them (REPORT-FORMAT.md), in the form's order. The schema, the checks, the
 * parser, the layouts and the words all take their keys from here.
 */

/** The six applicant columns of the application table (section 三). */
export const APPLICANT_COLUMNS = [
  'naturalPerson',
  'commercial',
  'research',
  'publicInterest',
  'legalService',
  'other',
] as const;

/** Every column of the application table: the six applicant types, then the total. */
export const COLUMNS = [...APPLICANT_COLUMNS, 'total'] as const;

/** The six outcome groups of 三、本年度办理结果. */
export const OUTCOME_GROUPS = [
  'disclosed',
  'partlyDisclosed',
  'withheld',
  'unavailable',
  'notProcessed',
  'otherHandling',
] as const;

/** The reasons under each outcome group that has them. */
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
} as const;

/** The outcome groups that are split by reason. */
export type ReasonGroup = keyof typeof REASONS;

/** The three blocks of section 四: administrative review, and the two kinds of lawsuit. */
export const CASE_BLOCKS = ['review', 'directSuit', 'suitAfterReview'] as const;

/** The results of a block, before its total. */
export const CASE_RESULTS = ['upheld', 'corrected', 'other', 'pending'] as const;

/** The stocks of section 二 (rules and normative documents), and their figures. */
export const STOCKS = ['rules', 'normativeDocuments'] as const;
export const STOCK_FIGURES = ['issued', 'repealed', 'inForce'] as const;

/** The decisions of section 二 counted in one figure each. */
export const DECISIONS = ['licensing', 'penalties', 'coercion'] as const;

export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];
export type Column = (typeof COLUMNS)[number];
export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number];
export type CaseBlock = (typeof CASE_BLOCKS)[number];
export type CaseResult = (typeof CASE_RESULTS)[number];
export type Decision = (typeof DECISIONS)[number];

/**
 * Adds up figures. `'all'`: the sum only when every figure is given (an accounting check,
 * a derived total); `'given'`: the sum of those given, `undefined` when none is. A missing
 * figure is never a zero.
 */
export function sumOf(values: readonly (number | undefined)[], need: 'all' | 'given' = 'all'): number | undefined {
  let sum: number | undefined;
  for (const value of values) {
    if (value === undefined) {
      if (need === 'all') return undefined;
    } else sum = (sum ?? 0) + value;
  }
  return need === 'all' ? (sum ?? 0) : sum;
}
