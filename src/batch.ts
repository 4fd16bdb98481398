/// <reference types="node" />
/**
 * Many report files at once, for `disclosure-charts parse … --out dir/`: the inputs expanded to
 * report files, a pool of worker threads that parses them, the JSON file names and the summary
 * CSV. The pool is apart from the command line so it can be tested with a worker of its own.
 */
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileProblem, FileResult } from './parse/file.js';

/** The extensions a folder's report files have; .doc and .wps are kept so their row says why not. */
export const REPORT_EXTENSIONS = ['.html', '.htm', '.txt', '.md', '.docx', '.pdf', '.doc', '.wps'];

/** What the pool sends a worker: one file to parse. */
export interface Job {
  index: number;
  file: string;
}

/** What a worker answers: the parse, or why the file could not be read. */
export type Answer = { index: number; result: FileResult } | { index: number; error: string; problem?: FileProblem };

/** One file's outcome. `problem` is the `FileError` code when the reader named one. */
export type Outcome = { file: string; result: FileResult } | { file: string; error: string; problem?: FileProblem };

/**
 * The files to read: files as given, and each folder's report files (by extension, in every
 * subfolder) sorted by path so two runs list them alike. A path given twice is read once. A
 * path that does not exist is kept: its row says so.
 */
export async function reportFiles(inputs: string[], extensions: readonly string[] = REPORT_EXTENSIONS): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string) => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      // Dot-files include the ._name.pdf copies macOS leaves on a USB stick; ~$name.docx is
      // Word's lock file beside an open document. Neither is a report.
      if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (extensions.includes(extname(entry.name).toLowerCase())) files.push(path);
    }
  };
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) await walk(input);
    else files.push(input);
  }
  const seen = new Set<string>();
  return files.filter((file) => !seen.has(resolve(file)) && !!seen.add(resolve(file)));
}

/**
 * A JSON file name for each input, distinct even on a case-insensitive disk: the base name;
 * where two clash, the parent folder's name before it (`hongze-2023.json`); where that still
 * clashes, the extension kept (`hongze-2023.pdf.json`); past that, a number in input order.
 */
export function jsonNames(files: string[]): string[] {
  const choices = files.map((file) => {
    const ext = extname(file);
    const base = basename(file, ext);
    const parent = basename(dirname(resolve(file)));
    return [base, `${parent}-${base}`, `${parent}-${base}${ext}`];
  });
  const level = files.map(() => 0);
  const key = (name: string) => name.toLowerCase();
  for (;;) {
    const names = choices.map((c, i) => key(c[level[i]!]!));
    const clashing = names.flatMap((name, i) => (names.indexOf(name) !== names.lastIndexOf(name) && level[i]! < 2 ? [i] : []));
    if (!clashing.length) break;
    for (const i of clashing) level[i]!++;
  }
  const names = choices.map((c, i) => c[level[i]!]!);
  const taken = new Set(names.map(key));
  const given = new Set<string>();
  return names.map((name) => {
    let unique = name;
    // A numbered name never takes another file's own name.
    for (let n = 2; given.has(key(unique)) || (unique !== name && taken.has(key(unique))); n++) unique = `${name}-${n}`;
    given.add(key(unique));
    return `${unique}.json`;
  });
}

export interface PoolOptions {
  /** How many worker threads; by default one per core. Never more than there are files. */
  workers?: number;
  /** The worker script, speaking `Job` and `Answer` messages; by default batch-worker.js. */
  worker?: URL;
  /** How long one file may take before its worker is stopped and the file named as too slow (default 2 minutes). */
  timeoutMs?: number;
  /** Called as each file is done (in the order they finish), with its index in `files` and how many are done. */
  onDone?: (outcome: Outcome, index: number, done: number) => void;
}

const message = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * Parses the files on a pool of worker threads and gives their outcomes in the order of
 * `files`. A worker reads file after file (so mammoth and pdf.js load once per worker). One
 * file never stops the others: an unreadable file or a parser exception comes back as that
 * file's error, and a worker that dies (an uncaught error, an exit, running out of memory) is
 * recorded as the error of the file it was reading and replaced by a new one.
 */
export function parseFiles(files: string[], options: PoolOptions = {}): Promise<Outcome[]> {
  const script = options.worker ?? new URL('./batch-worker.js', import.meta.url);
  const size = Math.max(1, Math.min(options.workers ?? availableParallelism(), files.length));
  const outcomes: Outcome[] = [];
  let next = 0;
  let done = 0;
  return new Promise((resolvePool) => {
    if (!files.length) return resolvePool(outcomes);
    const finish = (index: number, outcome: Outcome) => {
      outcomes[index] = outcome;
      // Counted apart from the call: the arguments of `onDone?.()` are not evaluated when there is no onDone.
      done++;
      options.onDone?.(outcome, index, done);
      if (done === files.length) resolvePool(outcomes);
    };
    const timeoutMs = options.timeoutMs ?? 120_000;
    const spawn = () => {
      // A file that needs more memory than this stops its worker, not the whole batch.
      const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: 1536 } });
      let current: number | undefined;
      let crash: unknown;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const feed = () => {
        clearTimeout(timer);
        if (next < files.length) {
          current = next++;
          worker.postMessage({ index: current, file: files[current]! } satisfies Job);
          // A file that never finishes (a reader caught in a loop) is stopped with its worker.
          timer = setTimeout(() => {
            crash = new Error(`stopped after ${timeoutMs / 1000} s`);
            void worker.terminate();
          }, timeoutMs);
        } else {
          current = undefined;
          void worker.terminate();
        }
      };
      worker.on('message', (answer: Answer) => {
        if (current === undefined) return;
        const file = files[current]!;
        finish(current, 'result' in answer ? { file, result: answer.result } : { file, error: answer.error, ...(answer.problem ? { problem: answer.problem } : {}) });
        feed();
      });
      worker.on('error', (error) => {
        crash = error;
      });
      worker.on('exit', (code) => {
        clearTimeout(timer);
        if (current === undefined) return;
        const index = current;
        current = undefined;
        finish(index, { file: files[index]!, error: `the reader crashed on this file (${crash === undefined ? `worker exit code ${code}` : message(crash)})` });
        if (next < files.length) spawn();
      });
      feed();
    };
    for (let i = 0; i < size; i++) spawn();
  });
}

/** How many figures a report has in sections 二, 三 and 四: its numeric leaves there. */
export function countFigures(report: Record<string, unknown>): number {
  const count = (value: unknown): number =>
    typeof value === 'number' ? 1 : value && typeof value === 'object' ? Object.values(value).reduce<number>((n, v) => n + count(v), 0) : 0;
  return count(report.proactive) + count(report.applications) + count(report.reviewLitigation);
}

export const SUMMARY_COLUMNS = ['file', 'agency', 'year', 'format', 'kind', 'cells', 'issues', 'error'] as const;
export type SummaryRow = Record<(typeof SUMMARY_COLUMNS)[number], string | number | undefined>;

/** A file's row of summary.csv; a file that could not be read has only its name and error. */
export function summaryRow(outcome: Outcome): SummaryRow {
  if ('error' in outcome) return { file: outcome.file, agency: undefined, year: undefined, format: undefined, kind: undefined, cells: undefined, issues: undefined, error: outcome.error };
  const { report, kind, issues } = outcome.result;
  const agency = report.agency as { name?: string } | undefined;
  return {
    file: outcome.file,
    agency: agency?.name,
    year: report.year as number | undefined,
    format: report.format as string | undefined,
    kind,
    cells: countFigures(report),
    issues: issues.length,
    error: undefined,
  };
}

const field = (value: string | number | undefined) => {
  let text = value === undefined ? '' : String(value);
  // Text from a document that starts like a formula (=, +, -, @) would run as one in Excel.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The rows as CSV (RFC 4180: CRLF line ends, a field with a comma, quote or line break in
 * quotes). A byte-order mark first: without it Excel on a Chinese Windows reads the file as
 * GBK and the agency names come out garbled.
 */
export const summaryCsv = (rows: SummaryRow[]) =>
  `\ufeff${[SUMMARY_COLUMNS.join(','), ...rows.map((row) => SUMMARY_COLUMNS.map((c) => field(row[c])).join(','))].join('\r\n')}\r\n`;

/** Columns a character takes in a terminal: two for CJK and full-width forms (file names are often Chinese). */
const columnsOf = (char: string) => (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1);

/**
 * `[#####-----] 12/40 name.pdf`, cut to fit a terminal `columns` wide: a line that wraps
 * cannot be redrawn in place with \r.
 */
export function progressLine(done: number, total: number, file: string, columns = 80): string {
  const width = 20;
  const filled = total ? Math.round((done / total) * width) : width;
  const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}${file ? ` ${basename(file)}` : ''}`;
  let used = 0;
  let cut = '';
  for (const char of line) {
    used += columnsOf(char);
    if (used > columns - 1) break;
    cut += char;
  }
  return cut;
}
