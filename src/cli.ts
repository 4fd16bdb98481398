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
import { parseReport } from './report/validate.js';

const USAGE = `usage:
  disclosure-charts parse <report>                     print the report JSON; the format, notes and what could not be read go to stderr
  disclosure-charts parse <reports or folders…> --out <dir>
                                                       write one JSON per report into <dir>, and <dir>/summary.csv (a row per
                                                       file: agency, year, format, kind, cells read, issues, error); folders
                                                       are searched for ${REPORT_EXTENSIONS.join(' ')} files
  disclosure-charts check <report.json> [--strict]   validate and run the accounting checks
  a report is an .html/.htm page, .txt or .md text, a Word .docx or a PDF with a text layer
options:
  --out <dir>   parse: the folder for the JSON files and summary.csv (created if need be)
  --lang en     messages in English (default: zh-CN, or the LANG environment)
  --strict      check: exit 1 when the accounting checks fail, not only on errors
exit codes: 0 fine; 1 invalid report (or, with --strict, failed checks; or, with --out, a file that could not be read);
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

async function main(argv: string[]): Promise<number> {
  const { positional, flags, values } = readArguments(argv);
  const lang = values.get('--lang');
  const locale: Locale = resolveLocale(lang ?? (process.env.LANG?.startsWith('en') ? 'en' : 'zh-CN'));
  const [command, ...inputs] = positional;
  const out = values.get('--out');
  const usage = !command || !inputs.length || !['parse', 'check'].includes(command) || flags.has('--help') || out === '' || (command === 'check' && (inputs.length > 1 || out !== undefined));
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
