/**
 * The accounting checks (勾稽关系) of REPORT-FORMAT.md, 1 to 5. Pure: a report in, warnings
 * out. A check runs only where every figure it needs is given; a missing figure is not a zero.
 */
import { MESSAGES, type Locale } from '../i18n/messages.js';
import { formatExact } from '../layout/format.js';
import { cell, isReasonGroup, reasonRow } from './rows.js';
import type { Outcomes, Report, Row } from './types.js';
import { APPLICANT_COLUMNS, CASE_BLOCKS, CASE_RESULTS, COLUMNS, OUTCOME_GROUPS, REASONS, sumOf, type Column } from './vocabulary.js';

/** One figure that does not add up. */
export interface AccountWarning {
  /** Which check of REPORT-FORMAT.md failed (1–5). */
  check: 1 | 2 | 3 | 4 | 5;
  /** JSON path of the figure that does not match the others. */
  path: string;
  /** What the other figures say it should be. */
  expected: number;
  /** What the report gives. */
  found: number;
}

/** Every outcome row (the 21 detailed rows), with its JSON path. */
function outcomeRows(outcomes: Outcomes): [path: string, row: Row | undefined][] {
  const rows: [string, Row | undefined][] = [];
  for (const group of OUTCOME_GROUPS) {
    if (!isReasonGroup(group)) rows.push([`applications.outcomes.${group}`, outcomes[group]]);
    else
      for (const reason of REASONS[group])
        rows.push([`applications.outcomes.${group}.${reason}`, reasonRow(outcomes, group, reason)]);
  }
  return rows;
}

/** Runs checks 1–5 on one report. */
export function checkAccounts(report: Report): AccountWarning[] {
  const warnings: AccountWarning[] = [];
  const compare = (
    check: AccountWarning['check'],
    path: string,
    expected: number | undefined,
    found: number | undefined,
  ) => {
    if (expected !== undefined && found !== undefined && expected !== found)
      warnings.push({ check, path, expected, found });
  };

  const apps = report.applications;
  if (apps) {
    const outcomes = apps.outcomes;
    for (const column of COLUMNS) {
      // 1. received + carriedOver = outcomes.total + carriedForward. carriedForward is the
      // balancing figure, so the warning points at it.
      const intake = sumOf([cell(apps.received, column), cell(apps.carriedOver, column)]);
      const done = cell(outcomes?.total, column);
      const forward = cell(apps.carriedForward, column);
      if (intake !== undefined && done !== undefined)
        compare(1, `applications.carriedForward.${column}`, intake - done, forward);
      // 2. outcomes.total = the sum of the 21 outcome rows.
      if (outcomes) {
        const sum = sumOf(outcomeRows(outcomes).map(([, row]) => cell(row, column)));
        compare(2, `applications.outcomes.total.${column}`, sum, cell(outcomes.total, column));
      }
    }
    // 3. In every row, total = the sum of the six applicant columns.
    const rows: [string, Row | undefined][] = [
      ['applications.received', apps.received],
      ['applications.carriedOver', apps.carriedOver],
      ...(outcomes ? outcomeRows(outcomes) : []),
      ['applications.outcomes.total', outcomes?.total],
      ['applications.carriedForward', apps.carriedForward],
    ];
    for (const [path, row] of rows) {
      if (typeof row !== 'object') continue;
      compare(3, `${path}.total`, sumOf(APPLICANT_COLUMNS.map((c) => row[c])), row.total);
    }
  }

  // 4. In each review/litigation block, total = upheld + corrected + other + pending.
  for (const key of CASE_BLOCKS) {
    const block = report.reviewLitigation?.[key];
    if (block) compare(4, `reviewLitigation.${key}.total`, sumOf(CASE_RESULTS.map((r) => block[r])), block.total);
  }

  // 5. Items published = the sum of the breakdown.
  const website = report.platforms?.website;
  if (website?.breakdown?.length)
    compare(
      5,
      'platforms.website.published',
      sumOf(website.breakdown.map((item) => item.count)),
      website.published,
    );

  return warnings;
}

/**
 * Where a figure is, in the words of the form: `applications.carriedForward.naturalPerson` →
 * "结转下年度 · 自然人", `reviewLitigation.review.total` → "行政复议 · 总计".
 */
export function placeOf(path: string, locale: Locale): string {
  const words = MESSAGES[locale];
  // A path is read back into keys here: each table is looked up by whatever key the path holds.
  const word = (table: Record<string, string>, key: string) => table[key];
  const [section, ...keys] = path.split('.');
  if (section === 'platforms') return words.traffic.published;
  if (section === 'reviewLitigation') return `${word(words.review.blocks, keys[0]!)} · ${words.columns.total}`;
  // applications.<row>.<column>, applications.outcomes.<group>[.<reason>].<column>
  const column = words.columns[keys.pop() as Column];
  const names = keys[0] === 'outcomes' ? keys.slice(1) : keys;
  const labels = names.map((key, i) => (i ? word(words.reasons, key) : (word(words.places, key) ?? word(words.groups, key))));
  return [...labels, column].join(' · ');
}

/**
 * One warning as a sentence in the reader's language, the figure named in words. Its JSON
 * path is in `warning.path` (and in `dc-load`'s detail) for whoever fixes the data.
 */
export function describeWarning(warning: AccountWarning, locale: Locale): string {
  const words = MESSAGES[locale];
  return words.checkLine(
    words.checkRule[warning.check],
    placeOf(warning.path, locale),
    formatExact(warning.expected, locale),
    formatExact(warning.found, locale),
  );
}
