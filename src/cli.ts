#!/usr/bin/env node
/// <reference types="node" />
/**
 * The command line: `disclosure-charts parse <file>` turns a published report (text copied
 * from a PDF or Word file, or an HTML page) into the report JSON; `disclosure-charts check
 * <file.json>` validates a report and runs the accounting checks, for a site's own CI.
 */
import { readFileSync } from 'node:fs';
import { resolveLocale, type Locale } from './i18n/messages.js';
import { parseReportHtml, parseReportSource, parseReportText } from './parse/parse.js';
import { checkAccounts, describeWarning } from './report/checks.js';
import { parseReport } from './report/validate.js';

const USAGE = `usage:
  disclosure-charts parse <report.html|.htm|.txt|.md>  print the report JSON; the format, notes and what could not be read go to stderr
  disclosure-charts check <report.json> [--strict]   validate and run the accounting checks
options:
  --lang en     messages in English (default: zh-CN, or the LANG environment)
  --strict      check: exit 1 when the accounting checks fail, not only on errors
exit codes: 0 fine; 1 invalid report (or, with --strict, failed checks); 2 usage or unreadable file`;

function main(argv: string[]): number {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const langAt = argv.indexOf('--lang');
  const locale: Locale = resolveLocale(langAt >= 0 ? argv[langAt + 1] : process.env.LANG?.startsWith('en') ? 'en' : 'zh-CN');
  const [command, file] = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--lang');
  if (!command || !file || !['parse', 'check'].includes(command) || flags.has('--help')) {
    console.error(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }

  if (command === 'parse') {
    const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
    const parse = ext === 'html' || ext === 'htm' ? parseReportHtml : ext === 'txt' || ext === 'md' ? parseReportText : parseReportSource;
    const { report, issues, notes } = parse(text);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    for (const note of notes) console.error(`note: ${note.path} — ${note.message}`);
    for (const issue of issues) {
      const where = [issue.row, issue.column].filter(Boolean).join(' · ');
      console.error(`${issue.kind}: ${issue.path}${where ? ` (${where})` : ''} — ${issue.why}${issue.seen ? `; seen: ${issue.seen}` : ''}`);
    }
    if (issues.length) console.error(`${issues.length} field(s) to fill in by hand; the JSON above leaves them out.`);
    return 0;
  }

  const result = parseReport(text, locale);
  if (!result.ok) {
    for (const problem of result.problems) console.log(`✗ ${problem.message}`);
    console.log(locale === 'en' ? `${result.problems.length} problem(s): not a valid report.` : `共 ${result.problems.length} 处错误：不是有效的报告。`);
    return 1;
  }
  const warnings = checkAccounts(result.report);
  for (const warning of warnings) console.log(`! ${describeWarning(warning, locale)}`);
  const { agency, year } = result.report;
  console.log(
    locale === 'en'
      ? `✓ ${agency.name} ${year}: valid; ${warnings.length ? `${warnings.length} accounting check(s) failed` : 'every accounting check passes'}.`
      : `✓ ${agency.name} ${year}年：格式正确；${warnings.length ? `${warnings.length} 处勾稽关系不符` : '勾稽关系全部相符'}。`,
  );
  return warnings.length && flags.has('--strict') ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
