#!/usr/bin/env node
/// <reference types="node" />
/**
 * The command line: `disclosure-charts parse <file>` turns a published report (an HTML page,
 * text, a Word .docx or a PDF) into the report JSON; `parse <files or folders> --out dir/` does
 * the same for many files on worker threads, with a summary CSV; `disclosure-charts check
 * <file.json>` validates a report and runs the accounting checks, for a site's own CI.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_EXTENSIONS, jsonNames, parseFiles, progressLine, reportFiles, summaryCsv, summaryRow } from './batch.js';
import { resolveLocale, type Locale } from './i18n/messages.js';
import { FileError, type FileResult } from './parse/file.js';
import { parseReportFile } from './parse/node.js';
import { checkAccounts, describeWarning } from './report/checks.js';
import { collectionItems, describeCrossYear, validateCollection } from './report/collection.js';
import type { Report } from './report/types.js';
import { parseReport, validateReport } from './report/validate.js';

const USAGE = `usage:
  disclosure-charts parse <report>                     print the report JSON; the format, notes and what could not be read go to stderr
  disclosure-charts parse <reports or folders…> --out <dir>
                                                       write one JSON per report into <dir>, and <dir>/summary.csv (a row per
                                                       file: agency, year, format, kind, cells read, issues, error); folders
                                                       are searched for ${REPORT_EXTENSIONS.join(' ')} files
  disclosure-charts check <report.json> [--strict]   validate and run the accounting checks
  disclosure-charts collect <files or folders…> [--strict]
                                                       print one collection (a JSON array of reports, by agency and year) of the
                                                       report JSON files (.json) and report files found, parsing the latter; the
                                                       cross-year checks and any file that could not be read go to stderr
  a report is an .html/.htm page, .txt or .md text, a Word .docx or a PDF with a text layer
options:
  --out <dir>   parse: the folder for the JSON files and summary.csv (created if need be)
  --lang en     messages in English (default: zh-CN, or the LANG environment)
  --strict      check, collect: exit 1 when the accounting (collect: cross-year) checks fail, not only on errors
exit codes: 0 fine; 1 invalid report (or, with --strict, failed checks; or, with --out or collect, a file that could not be read);
            2 usage or unreadable file`;

/** Flags that take a value (`--out dir` or `--out=dir`). */
const VALUED = ['--lang', '--out'];

function readArguments(argv: string[]) {
  const positional: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const joined = /^(--[a-z]+)=(.*)$/.exec(arg);
    if (joined && VALUED.includes(joined[1]!)) values.set(joined[1]!, joined[2]!);
    else if (VALUED.includes(arg)) values.set(arg, argv[++i] ?? '');
    else if (arg.startsWith('--')) flags.add(arg);
    else positional.push(arg);
  }
  return { positional, flags, values };
}

/** The report JSON as `parse` prints it and `parse --out` writes it. */
const reportJson = (report: FileResult['report']) => `${JSON.stringify(report, null, 2)}\n`;

const isFsError = (error: unknown): error is Error => error instanceof Error && 'code' in error;

async function parseOne(file: string): Promise<number> {
  let result: FileResult;
  try {
    result = await parseReportFile(file);
  } catch (error) {
    // An unreadable file (FileError) or path (ENOENT …) is the user's to fix; anything else is a bug and is thrown.
    if (!(error instanceof FileError) && !isFsError(error)) throw error;
    console.error(error.message.startsWith(file) ? error.message : `${file}: ${error.message}`);
    return 2;
  }
  const { report, issues, notes } = result;
  process.stdout.write(reportJson(report));
  for (const note of notes) console.error(`note: ${note.path} — ${note.message}`);
  for (const issue of issues) {
    const where = [issue.row, issue.column].filter(Boolean).join(' · ');
    console.error(`${issue.kind}: ${issue.path}${where ? ` (${where})` : ''} — ${issue.why}${issue.seen ? `; seen: ${issue.seen}` : ''}`);
  }
  if (issues.length) console.error(`${issues.length} field(s) to fill in by hand; the JSON above leaves them out.`);
  return 0;
}

async function parseMany(inputs: string[], out: string): Promise<number> {
  const files = await reportFiles(inputs);
  if (!files.length) {
    console.error(`no report files (${REPORT_EXTENSIONS.join(' ')}) in ${inputs.join(' ')}`);
    return 2;
  }
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    console.error(`${out}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const names = jsonNames(files);
  // Progress is for a person at a terminal; a pipe or a CI log gets only the summary line.
  const tty = process.stderr.isTTY;
  const draw = (done: number, file: string) => tty && process.stderr.write(`\r\x1b[K${progressLine(done, files.length, file, process.stderr.columns || 80)}`);
  draw(0, '');
  const outcomes = await parseFiles(files, {
    onDone(outcome, index, done) {
      const path = join(out, names[index]!);
      // A failed file leaves no JSON, not even one from an earlier run of the same folder.
      if ('result' in outcome) writeFileSync(path, reportJson(outcome.result.report));
      else rmSync(path, { force: true });
      draw(done, outcome.file);
    },
  });
  if (tty) process.stderr.write('\r\x1b[K');
  const rows = outcomes.map(summaryRow);
  writeFileSync(join(out, 'summary.csv'), summaryCsv(rows));
  const failed = rows.filter((row) => row.error !== undefined).length;
  const sum = (column: 'cells' | 'issues') => rows.reduce((n, row) => n + Number(row[column] ?? 0), 0);
  console.error(
    `${files.length - failed} of ${files.length} file(s) read, ${failed} could not be read; ${sum('cells')} cell(s) read, ${sum('issues')} issue(s); ${join(out, 'summary.csv')}`,
  );
  return failed ? 1 : 0;
}

/**
 * `collect`: the reports of the files and folders given, as one collection on stdout, sorted
 * by agency and year. A .json file is a report or a collection of reports; any other report
 * file is parsed (and what the parser could not read is left out, as `parse` leaves it). What
 * could not be read, and every failed cross-year check, goes to stderr.
 */
async function collect(inputs: string[], locale: Locale, strict: boolean): Promise<number> {
  const files = await reportFiles(inputs, ['.json', ...REPORT_EXTENSIONS]);
  if (!files.length) {
    console.error(`no report files (.json ${REPORT_EXTENSIONS.join(' ')}) in ${inputs.join(' ')}`);
    return 2;
  }
  const reports: Report[] = [];
  let failed = 0;
  const fail = (file: string, why: string) => {
    failed++;
    console.error(`✗ ${file}: ${why}`);
  };
  const json = files.filter((file) => file.toLowerCase().endsWith('.json'));
  for (const file of json) {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      fail(file, error instanceof Error ? error.message : String(error));
      continue;
    }
    // A report, or a collection of reports (URLs in it are not followed: give their files).
    const found = Array.isArray(value) || (typeof value === 'object' && value !== null && 'reports' in value) ? collectionItems(value, locale) : { items: [value] };
    for (const [i, item] of (found.items ?? []).entries()) {
      const result = validateReport(item, locale);
      const where = found.items!.length > 1 || Array.isArray(value) ? `${file}[${i}]` : file;
      if (result.ok) reports.push(result.report);
      else fail(where, result.problems.map((p) => p.message).join('; '));
    }
    if (found.problems) fail(file, found.problems[0]!.message);
  }
  const others = files.filter((file) => !file.toLowerCase().endsWith('.json'));
  if (others.length)
    for (const outcome of await parseFiles(others)) {
      if ('result' in outcome) {
        // What the parser read of a report that is not valid alone (its year unread) cannot join.
        const read = validateReport(outcome.result.report, locale);
        if (!read.ok) {
          fail(outcome.file, read.problems.map((p) => p.message).join('; '));
          continue;
        }
        reports.push(read.report);
        if (outcome.result.issues.length) console.error(`! ${outcome.file}: ${outcome.result.issues.length} field(s) could not be read and are left out`);
      } else fail(outcome.file, outcome.error);
    }
  reports.sort((a, b) => a.agency.name.localeCompare(b.agency.name, 'zh-CN') || a.year - b.year);
  const result = validateCollection(reports, locale);
  if (!result.ok) {
    for (const problem of result.problems) console.error(`✗ ${problem.message}`);
    return 1;
  }
  const { crossYear, checks } = result.collection;
  for (const warning of crossYear) console.error(`! ${describeCrossYear(warning, locale)} (${warning.year} ${warning.path} / ${warning.previousYear} ${warning.previousPath})`);
  process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  const agencies = new Set(reports.map((r) => r.agency.name)).size;
  const own = checks.filter((list) => list.length).length;
  console.error(
    locale === 'en'
      ? `${reports.length} report(s) of ${agencies} agenc${agencies === 1 ? 'y' : 'ies'}; ${crossYear.length ? `${crossYear.length} cross-year check(s) failed` : 'every cross-year check passes'}; ${own} report(s) with accounting checks that fail; ${failed} file(s) could not be read.`
      : `${reports.length} 份报告，${agencies} 个机关；${crossYear.length ? `${crossYear.length} 处跨年度数字不一致` : '跨年度核对全部相符'}；${own} 份报告内有勾稽关系不符；${failed} 个文件无法读取。`,
  );
  return failed || (strict && crossYear.length) ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const { positional, flags, values } = readArguments(argv);
  const lang = values.get('--lang');
  const locale: Locale = resolveLocale(lang ?? (process.env.LANG?.startsWith('en') ? 'en' : 'zh-CN'));
  const [command, ...inputs] = positional;
  const out = values.get('--out');
  const usage = !command || !inputs.length || !['parse', 'check', 'collect'].includes(command) || flags.has('--help') || out === '' || (command === 'check' && (inputs.length > 1 || out !== undefined));
  if (usage) {
    console.error(USAGE);
    return 2;
  }
  if (command === 'parse') {
    if (out !== undefined) return parseMany(inputs, out);
    const [file] = inputs;
    if (inputs.length > 1 || statSync(file!, { throwIfNoEntry: false })?.isDirectory()) {
      console.error(`several reports (or a folder) need --out <dir> for their JSON files\n${USAGE}`);
      return 2;
    }
    return parseOne(file!);
  }
  if (command === 'collect') return collect(inputs, locale, flags.has('--strict'));

  const file = inputs[0]!;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const result = parseReport(text, locale);
  if (!result.ok) {
    for (const problem of result.problems) console.log(`✗ ${problem.message}`);
    console.log(locale === 'en' ? `${result.problems.length} problem(s): not a valid report.` : `共 ${result.problems.length} 处错误：不是有效的报告。`);
    return 1;
  }
  const warnings = checkAccounts(result.report);
  for (const warning of warnings) console.log(`! ${describeWarning(warning, locale)} (${warning.path})`);
  const { agency, year } = result.report;
  console.log(
    locale === 'en'
      ? `✓ ${agency.name} ${year}: valid; ${warnings.length ? `${warnings.length} accounting check(s) failed` : 'every accounting check passes'}.`
      : `✓ ${agency.name} ${year}年：格式正确；${warnings.length ? `${warnings.length} 处勾稽关系不符` : '勾稽关系全部相符'}。`,
  );
  return warnings.length && flags.has('--strict') ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
