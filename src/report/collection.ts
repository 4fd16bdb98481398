/**
 * Collections of reports (REPORT-FORMAT.md, "Collections"): several years of one agency, or
 * several agencies in one year. A collection is a JSON array of reports, or `{ "reports": [ … ] }`
 * whose items are reports or URLs of report files. Pure: values in, reports, problems and the
 * cross-year checks (check 6) out; fetching the URLs is the caller's (CollectionController, the
 * CLI).
 */
import { COLLECTION_WORDS } from '../i18n/collection.js';
import { MESSAGES, type Locale } from '../i18n/messages.js';
import { formatExact } from '../layout/format.js';
import { checkAccounts, type AccountWarning } from './checks.js';
import { cell } from './rows.js';
import type { Report, Row } from './types.js';
import { validateReport, type Problem } from './validate.js';
import { COLUMNS, type Column } from './vocabulary.js';

/** A collection, validated: its reports in the order given, each with its own failed checks. */
export interface Collection {
  reports: Report[];
  /** Checks 1–5 of each report, in the order of `reports`. */
  checks: AccountWarning[][];
  /** Check 6, between consecutive years of each agency. */
  crossYear: CrossYearWarning[];
}

/** Check 6: a figure of year N that does not follow from year N−1. */
export interface CrossYearWarning {
  check: 6;
  agency: string;
  /** Year N and the figure it gives. */
  year: number;
  path: string;
  found: number;
  /** Year N−1 and the figure that says what year N's should be. */
  previousYear: number;
  previousPath: string;
  expected: number;
}

/** The items of a collection document: the array, or the `reports` array of an object. */
export function collectionItems(input: unknown, locale: Locale): { items: unknown[]; problems?: undefined } | { items?: undefined; problems: Problem[] } {
  const words = MESSAGES[locale];
  const expected = COLLECTION_WORDS[locale].expected;
  const items = Array.isArray(input)
    ? input
    : typeof input === 'object' && input !== null && Object.hasOwn(input, 'reports') && Array.isArray((input as { reports: unknown }).reports)
      ? (input as { reports: unknown[] }).reports
      : undefined;
  if (!items) {
    const found = typeof input === 'object' && input ? '{…}' : JSON.stringify(input) ?? String(input);
    return { problems: [{ path: '', expected, found, message: words.problem(words.root, expected, found) }] };
  }
  return { items };
}

/** Validates every report of a collection; a problem's path says which item (`[2].year`, `reports[2].year`). */
export function validateCollection(items: readonly unknown[], locale: Locale, prefix = ''): { ok: true; collection: Collection; problems?: undefined } | { ok: false; collection?: undefined; problems: Problem[] } {
  const words = MESSAGES[locale];
  const reports: Report[] = [];
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    const result = validateReport(item, locale);
    const at = `${prefix}[${i}]`;
    if (result.ok) reports.push(result.report);
    else
      for (const p of result.problems) {
        const path = p.path ? `${at}${p.path.startsWith('[') ? '' : '.'}${p.path}` : at;
        problems.push({ ...p, path, message: words.problem(path, p.expected, p.found) });
      }
  });
  // Two reports of one agency for one year: which one is meant cannot be told.
  const seen = new Map<string, number>();
  reports.forEach((report, i) => {
    const key = `${report.agency.name}\n${report.year}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else {
      const message = COLLECTION_WORDS[locale].duplicateYear(report.agency.name, report.year, `${prefix}[${first}]`, `${prefix}[${i}]`);
      problems.push({ path: `${prefix}[${i}]`, expected: '', found: '', message });
    }
  });
  if (problems.length) return { ok: false, problems };
  return { ok: true, collection: { reports, checks: reports.map(checkAccounts), crossYear: crossYearChecks(reports) } };
}

/** The reports of each agency, by year. */
export function byAgency(reports: readonly Report[]): Map<string, Report[]> {
  const agencies = new Map<string, Report[]>();
  for (const report of reports) {
    const list = agencies.get(report.agency.name) ?? [];
    list.push(report);
    agencies.set(report.agency.name, list);
  }
  for (const list of agencies.values()) list.sort((a, b) => a.year - b.year);
  return agencies;
}

/**
 * Check 6, between each pair of consecutive years of one agency (a missing year is a gap: the
 * years either side of it are not compared):
 * - 上年结转 of year N equals 结转下年度 of year N−1, in total and in each applicant column;
 * - 行政规范性文件 现行有效 of year N equals that of N−1 plus those issued less those repealed in N.
 * A check runs only where both figures are given.
 */
export function crossYearChecks(reports: readonly Report[]): CrossYearWarning[] {
  const warnings: CrossYearWarning[] = [];
  for (const [agency, years] of byAgency(reports)) {
    for (let i = 1; i < years.length; i++) {
      const before = years[i - 1]!;
      const now = years[i]!;
      if (now.year !== before.year + 1) continue;
      const add = (path: string, found: number | undefined, previousPath: string, expected: number | undefined) => {
        if (found !== undefined && expected !== undefined && found !== expected)
          warnings.push({ check: 6, agency, year: now.year, path, found, previousYear: before.year, previousPath, expected });
      };
      const forward: Row | undefined = before.applications?.carriedForward;
      const over: Row | undefined = now.applications?.carriedOver;
      for (const column of COLUMNS) {
        // A row given as a total only has no applicant columns: `cell` gives none to compare.
        add(`applications.carriedOver.${column}`, cell(over, column), `applications.carriedForward.${column}`, cell(forward, column));
      }
      const docs = now.proactive?.normativeDocuments;
      const last = before.proactive?.normativeDocuments?.inForce;
      const expected =
        last !== undefined && docs?.issued !== undefined && docs.repealed !== undefined ? last + docs.issued - docs.repealed : undefined;
      add('proactive.normativeDocuments.inForce', docs?.inForce, 'proactive.normativeDocuments.inForce', expected);
    }
  }
  return warnings;
}

/** A cross-year warning as a sentence naming both years and both figures. */
export function describeCrossYear(warning: CrossYearWarning, locale: Locale): string {
  const words = MESSAGES[locale];
  const c = COLLECTION_WORDS[locale];
  const [, row, column] = warning.path.split('.');
  const what = row === 'carriedOver' ? c.carried(words.columns[column as Column]) : c.inForce;
  return c.crossLine(
    warning.agency,
    what,
    words.yearOf(warning.year),
    formatExact(warning.found, locale),
    words.yearOf(warning.previousYear),
    formatExact(warning.expected, locale),
  );
}
