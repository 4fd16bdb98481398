/**
 * `disclosure-charts parse <files…> --out dir/`, run as a user runs it (after `npm run build`),
 * and the worker pool under it (src/batch.ts), with a worker script of the test's own.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonNames, parseFiles, progressLine, reportFiles, summaryCsv, type Outcome } from '../../src/batch.js';
import type { Truth } from '../corpus/form.js';
import { APPLICANT_HEADER } from '../corpus/form.js';
import type { Layout } from '../corpus/layout.js';
import {
  NATIONAL_HEADINGS,
  SECTION_KEYS,
  applicationGrid,
  introProse,
  otherProse,
  overviewProse,
  problemsProse,
  proactiveGrid,
  reviewGrid,
  signature,
  titles,
  type Grid,
} from '../corpus/layouts/html-kit/kit.js';

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });

const truth = (id: string) => (JSON.parse(readFileSync(new URL(`../corpus/truths/${id}.json`, import.meta.url), 'utf8')) as { report: Truth }).report;
const layout = async (id: string) => ((await import(`../corpus/layouts/${id}.ts`)) as { layout: Layout }).layout;

/** The figures of sections 二, 三 and 四 a report has: every number there, counted from the truth. */
const figureCount = (report: Truth) => {
  const count = (value: unknown): number =>
    typeof value === 'number' ? 1 : value && typeof value === 'object' ? Object.values(value).reduce<number>((n, v) => n + count(v), 0) : 0;
  return count(report.proactive) + count(report.applications) + count(report.reviewLitigation);
};

/** A Word file of the national form: title, the six sections' prose, the three tables with their merged cells, signature. */
async function wordReport(report: Truth): Promise<Buffer> {
  const paragraph = (text: string) => new Paragraph({ text });
  const table = (grid: Grid) =>
    new Table({
      rows: grid.map(
        (row) => new TableRow({ children: row.map((c) => new TableCell({ children: [paragraph(c.text)], columnSpan: c.colspan ?? 1, rowSpan: c.rowspan ?? 1 })) }),
      ),
    });
  const prose: Partial<Record<string, string[]>> = { overview: overviewProse(report), problems: problemsProse(), other: otherProse(report) };
  const tables: Partial<Record<string, Grid>> = {
    proactive: proactiveGrid(report),
    applications: applicationGrid(report, { corner: APPLICANT_HEADER.corner }),
    review: reviewGrid(report),
  };
  const children: (Paragraph | Table)[] = [paragraph(titles.agencyFirst(report)), paragraph(introProse(report))];
  for (const key of SECTION_KEYS) {
    children.push(paragraph(NATIONAL_HEADINGS[key]));
    for (const text of prose[key] ?? []) children.push(paragraph(text));
    const grid = tables[key];
    if (grid) children.push(table(grid));
  }
  children.push(...signature(report).map(paragraph));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** An input of the batch: a report, or a file that cannot be read. */
interface Input {
  name: string;
  /** The truth whose figures the file prints; none for a file that cannot be read. */
  truth?: Truth;
  kind?: string;
  /** What the CSV's error says, in words a user would look for. */
  error?: RegExp;
}

/** summary.csv (after its BOM) as rows of fields, by RFC 4180: quoted fields, "" for a quote, CRLF after every row. */
function csvRows(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted && c === '"' && csv[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\r')) field += c;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (csv[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

const jsonName = (name: string) => name.replace(/\.[a-z]+$/, '.json');

describe('disclosure-charts parse <files…> --out <dir>', { timeout: 60_000 }, () => {
  let dir: string;
  let inputs: Input[];
  /** The batch of every input, run once: its output folder and what the command printed. */
  let out: string;
  let batch: ReturnType<typeof run>;
  const path = (name: string) => join(dir, 'in', name);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dc-batch-'));
    mkdirSync(join(dir, 'in'));
    const huaian = truth('huaian-city-2024');
    const pingtan = truth('pingtan-zone-2019');
    const html = (await layout('html-word-paste')).render(huaian);
    const text = (await layout('text-2019')).render(pingtan);
    // Layouts that print every figure of these truths: nothing is unreadable, so every figure counts.
    expect([html.unreadable ?? [], text.unreadable ?? []]).toEqual([[], []]);
    writeFileSync(path('huaian-2024.html'), html.source);
    writeFileSync(path('empty.txt'), '');
    writeFileSync(path('pingtan-2019.txt'), text.source);
    // An OLE compound file (Word 97–2003) starts with these eight bytes.
    writeFileSync(path('old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0)]));
    writeFileSync(path('broken.pdf'), Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37 + 11) % 256)));
    inputs = [
      { name: 'huaian-2024.html', truth: huaian, kind: 'html' },
      { name: 'empty.txt', error: /the file is empty/ },
      { name: 'pingtan-2019.txt', truth: pingtan, kind: 'text' },
      { name: 'old.doc', error: /Word 97–2003 \(\.doc\).*save it as \.docx/ },
      { name: 'broken.pdf', error: /not a PDF file/ },
      { name: 'missing.txt', error: /ENOENT: no such file/ },
    ];
    out = join(dir, 'out');
    // An earlier run's JSON of a file that now cannot be read must not be left for a reader to take.
    mkdirSync(out);
    writeFileSync(join(out, 'empty.json'), '{"agency":{"name":"an earlier run"}}');
    batch = run('parse', ...inputs.map((i) => path(i.name)), '--out', out);
  }, 120_000);

  it('writes one JSON per readable file, the same as parse <file> prints, and none for the rest (an earlier one removed)', () => {
    expect(batch.stdout).toBe('');
    const good = inputs.filter((i) => i.truth);
    expect(readdirSync(out).sort()).toEqual([...good.map((i) => jsonName(i.name)), 'summary.csv'].sort());
    for (const input of good) {
      const single = run('parse', path(input.name));
      expect(single.status).toBe(0);
      expect(readFileSync(join(out, jsonName(input.name)), 'utf8')).toBe(single.stdout);
    }
  });

  it('writes summary.csv: a row per input in their order, figures counted, the reason a file could not be read', () => {
    const bytes = readFileSync(join(out, 'summary.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(bytes.subarray(3).toString('utf8'));
    expect(rows[0]).toEqual(['file', 'agency', 'year', 'format', 'kind', 'cells', 'issues', 'error']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(inputs.map((i) => path(i.name)));
    for (const [i, input] of inputs.entries()) {
      const [, agency, year, format, kind, cells, issues, error] = rows[i + 1]!;
      if (input.truth)
        expect({ agency, year, format, kind, cells, issues, error }).toEqual({
          agency: input.truth.agency.name,
          year: String(input.truth.year),
          format: input.truth.format,
          kind: input.kind,
          cells: String(figureCount(input.truth)),
          issues: '0',
          error: '',
        });
      else {
        expect([agency, year, format, kind, cells, issues]).toEqual(['', '', '', '', '', '']);
        expect(error).toMatch(input.error!);
      }
    }
  });

  it('in a pipe: no progress, one summary line on stderr; exit 1 when a file could not be read', () => {
    const good = inputs.filter((i) => i.truth);
    const cells = good.reduce((n, i) => n + figureCount(i.truth!), 0);
    expect(batch.stderr).toBe(`${good.length} of ${inputs.length} file(s) read, ${inputs.length - good.length} could not be read; ${cells} cell(s) read, 0 issue(s); ${join(out, 'summary.csv')}\n`);
    expect(batch.status).toBe(1);
  });

  it('exits 0 when every file was read, and reads a folder by its report files', () => {
    const folder = join(dir, 'folder');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    writeFileSync(join(folder, 'sub', 'report.txt'), readFileSync(path('pingtan-2019.txt')));
    writeFileSync(join(folder, 'report.htm'), readFileSync(path('huaian-2024.html')));
    writeFileSync(join(folder, 'notes.json'), '{}');
    const folderOut = join(dir, 'out-folder');
    const result = run('parse', folder, '--out', folderOut);
    expect(result.status).toBe(0);
    const rows = csvRows(readFileSync(join(folderOut, 'summary.csv')).subarray(3).toString('utf8'));
    expect(rows.slice(1).map((r) => r[0])).toEqual([join(folder, 'report.htm'), join(folder, 'sub', 'report.txt')]);
    // Both are report.*: the clash is told apart by the parent folder.
    expect(readdirSync(folderOut).sort()).toEqual(['folder-report.json', 'sub-report.json', 'summary.csv']);
  });

  it.skipIf(spawnSync('script', ['--version']).status !== 0)('at a terminal, draws progress on stderr and clears it before the summary', () => {
    const command = [process.execPath, cli, 'parse', ...inputs.map((i) => path(i.name)), '--out', join(dir, 'out-tty')].map((a) => `'${a}'`).join(' ');
    // script(1) runs the command on a pseudo-terminal, so stderr is a TTY.
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    const total = inputs.length;
    expect(result.stdout).toContain(`\r\x1b[K[--------------------] 0/${total}`);
    expect(result.stdout).toMatch(new RegExp(`\\r\\x1b\\[K\\[#{20}\\] ${total}/${total} \\S+`));
    expect(result.stdout).toMatch(/\r\x1b\[K\d+ of \d+ file\(s\) read/);
  });

  it('says how to use it', () => {
    expect(run('parse', path('huaian-2024.html'), path('pingtan-2019.txt')).status).toBe(2);
    expect(run('parse', join(dir, 'in')).stderr).toContain('need --out');
    expect(run('parse', path('huaian-2024.html'), '--out').status).toBe(2);
  });
});

describe('disclosure-charts parse <report.docx> --out <dir>', { timeout: 60_000 }, () => {
  it('reads a Word file on a worker as parse <file> does, every figure of the truth', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dc-batch-docx-'));
    const hongze = truth('hongze-district-2023');
    writeFileSync(join(dir, 'hongze-2023.docx'), await wordReport(hongze));
    const result = run('parse', join(dir, 'hongze-2023.docx'), '--out', join(dir, 'out'));
    const single = run('parse', join(dir, 'hongze-2023.docx'));
    expect([result.status, single.stderr.split('\n')[0]]).toEqual([0, expect.stringMatching(/^note: format/)]);
    expect(readFileSync(join(dir, 'out', 'hongze-2023.json'), 'utf8')).toBe(single.stdout);
    const report = JSON.parse(single.stdout);
    expect([report.proactive, report.applications, report.reviewLitigation]).toEqual([hongze.proactive, hongze.applications, hongze.reviewLitigation]);
  });
});

describe('reportFiles(inputs)', () => {
  it('keeps files as given and lists a folder’s report files, sorted, skipping lock and dot files', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'dc-files-'));
    mkdirSync(join(folder, 'b'));
    for (const name of ['b/z.pdf', 'a.DOCX', 'c.wps', 'd.doc', 'e.md', 'f.json', '~$a.docx', '._e.pdf', 'g.png']) writeFileSync(join(folder, name), 'x');
    expect(await reportFiles(['given.json', folder, join(folder, 'e.md')])).toEqual([
      'given.json',
      join(folder, 'a.DOCX'),
      join(folder, 'b', 'z.pdf'),
      join(folder, 'c.wps'),
      join(folder, 'd.doc'),
      join(folder, 'e.md'),
    ]);
  });
});

describe('jsonNames(files)', () => {
  it('names each file by its base name, the parent folder added only where two clash', () => {
    expect(jsonNames(['a/2023.pdf', 'b/2023.docx', 'a/other.html'])).toEqual(['a-2023.json', 'b-2023.json', 'other.json']);
  });

  it('keeps the extension where the folder is the same too, names that differ only in case clashing as on a Windows disk', () => {
    expect(jsonNames(['x/r.pdf', 'x/R.docx', 'y/r.txt'])).toEqual(['x-r.pdf.json', 'x-R.docx.json', 'y-r.json']);
  });

  it('numbers what still clashes, in input order, never taking another file’s name', () => {
    expect(jsonNames(['x/r.pdf', 'X/r.pdf', 'x-r.pdf-2.txt'])).toEqual(['x-r.pdf.json', 'X-r.pdf-3.json', 'x-r.pdf-2.json']);
  });
});

describe('summaryCsv(rows)', () => {
  it('quotes fields with commas, quotes or line breaks (RFC 4180), CRLF line ends, a BOM first', () => {
    const row = { file: 'a,b.pdf', agency: '某"局"', year: 2023, format: '2021', kind: 'pdf', cells: 3, issues: 0, error: 'one\ntwo' };
    expect(summaryCsv([row])).toBe('\ufefffile,agency,year,format,kind,cells,issues,error\r\n"a,b.pdf","某""局""",2023,2021,pdf,3,0,"one\ntwo"\r\n');
  });
});

describe('summaryCsv(rows) and formulas', () => {
  it('keeps a text that starts like a formula (=, +, -, @) from running as one in Excel', () => {
    const row = { file: '=cmd.pdf', agency: '@某局', year: 2023, format: '2021', kind: 'pdf', cells: 3, issues: 0, error: '-1' };
    expect(summaryCsv([row]).split('\r\n')[1]).toBe("'=cmd.pdf,'@某局,2023,2021,pdf,3,0,'-1");
  });
});

describe('progressLine(done, total, file, columns)', () => {
  it('fills the bar in proportion and names the file', () => {
    expect(progressLine(12, 40, 'dir/name.pdf')).toBe('[######--------------] 12/40 name.pdf');
  });

  it('fits a narrow terminal, counting a Chinese character as two columns', () => {
    // 39 columns (one is left for the cursor): 洪泽区 takes six, so 报告.pdf does not fit.
    expect(progressLine(1, 2, '洪泽区2023年报告.pdf', 40)).toBe('[##########----------] 1/2 洪泽区2023年');
  });
});

/**
 * A worker of the test's own, speaking the pool's messages: a file named *exit* ends its
 * thread, *throw* throws out of the handler, *slow* answers late, *loop* never answers; every other file is "read",
 * and the answer says which thread read it.
 */
const TEST_WORKER = `
import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', ({ index, file }) => {
  if (file.includes('exit')) process.exit(3);
  if (file.includes('throw')) throw new TypeError('cannot read ' + file);
  const answer = () => parentPort.postMessage({ index, result: { kind: 'text', report: { thread: threadId }, issues: [], notes: [] } });
  if (file.includes('slow')) setTimeout(answer, 200);
  else if (file.includes('loop')) for (;;);
  else answer();
});
`;

describe('parseFiles(files, options)', { timeout: 15_000 }, () => {
  let worker: URL;
  beforeAll(() => {
    const folder = mkdtempSync(join(tmpdir(), 'dc-pool-'));
    writeFileSync(join(folder, 'worker.mjs'), TEST_WORKER);
    worker = new URL(`file://${join(folder, 'worker.mjs')}`);
  });

  it('goes on past a worker that exits or throws, recording it as that file’s error', async () => {
    const files = ['a.txt', 'exit.txt', 'b.txt', 'throw.txt', 'c.txt', 'exit-again.txt', 'd.txt'];
    const outcomes = await parseFiles(files, { worker, workers: 2 });
    expect(outcomes.map((o) => o.file)).toEqual(files);
    expect(outcomes.map((o) => ('error' in o ? o.error : 'read'))).toEqual([
      'read',
      'the reader crashed on this file (worker exit code 3)',
      'read',
      'the reader crashed on this file (TypeError: cannot read throw.txt)',
      'read',
      'the reader crashed on this file (worker exit code 3)',
      'read',
    ]);
  });

  it('stops a file that takes longer than the timeout, with its worker, and goes on', async () => {
    const outcomes = await parseFiles(['loop.txt', 'a.txt', 'b.txt'], { worker, workers: 1, timeoutMs: 500 });
    expect(outcomes.map((o) => ('error' in o ? o.error : 'read'))).toEqual(['the reader crashed on this file (Error: stopped after 0.5 s)', 'read', 'read']);
  });

  it('keeps each worker for file after file', async () => {
    const files = ['a', 'b', 'c', 'd', 'e', 'f'];
    const outcomes = await parseFiles(files, { worker, workers: 2 });
    const threads = new Set(outcomes.map((o) => ('result' in o ? o.result.report.thread : undefined)));
    expect(threads.has(undefined)).toBe(false);
    expect(threads.size).toBeLessThanOrEqual(2);
  });

  it('gives the outcomes in the order of the files, not the order they finish', async () => {
    const finished: string[] = [];
    const outcomes: Outcome[] = await parseFiles(['slow', 'quick-1', 'quick-2'], { worker, workers: 2, onDone: (o) => finished.push(o.file) });
    expect(finished).toEqual(['quick-1', 'quick-2', 'slow']);
    expect(outcomes.map((o) => o.file)).toEqual(['slow', 'quick-1', 'quick-2']);
  });
});
