// npm run bench, part 2: report files. (1) A 30-page PDF with a text layer, printed by
// Chromium from the seed report with a long account of the year's work: read and parsed in
// under 2 s (the median of 5 runs after a warm-up; the first, cold run is shown too).
// (2) 1,000 HTML report pages parsed by the command line's batch (`parse … --out`) on worker
// threads: under a minute on this machine's cores. Needs `npm run build` first.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright';
import { parseFile } from '../dist/parse/file.js';
import { nodeReaders } from '../dist/parse/node.js';
import { SEED, seedBody } from './seed-page.js';

const PDF_BUDGET_MS = Number(process.env.BENCH_PDF_MS ?? 2000);
const BATCH_BUDGET_S = Number(process.env.BENCH_BATCH_S ?? 60);
const PAGES = 30;
const REPORTS = Number(process.env.BENCH_BATCH_FILES ?? 1000);
let failed = false;

// ------------------------------------------------------------------------------------------
// (1) A 30-page PDF

/** Paragraphs of a long account of work, words of this project's own, numbered so none repeats. */
const account = (n) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p style="text-indent:2em">（${i + 1}）本机关第${i + 1}项工作的进展：按照年度计划，完成了相关制度的梳理和修订，组织专题培训${(i % 7) + 1}次，` +
      `对照标准目录逐项核对公开内容，及时更新栏目信息，并对群众反映较多的问题进行了集中答复。下一阶段将继续巩固成果，查找不足，推动工作常态化、制度化。</p>`,
  ).join('\n');

async function printPdf(paragraphs) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await browser.newPage();
    const body = seedBody().replace(/(<p[^>]*><span>（二）加强信息发布规范管理)/, `${account(paragraphs)}\n$1`);
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
        body { font: 10.5pt/1.6 "Noto Serif CJK SC", serif; } table { border-collapse: collapse; width: 100%; }
        td { border: 1px solid #000; padding: 2px 4px; font-size: 9pt; } p { margin: 0 0 4px; }
      </style></head><body>${body}</body></html>`,
    );
    return new Uint8Array(await page.pdf({ format: 'A4', margin: { top: '2.5cm', bottom: '2.5cm', left: '2.8cm', right: '2.6cm' } }));
  } finally {
    await browser.close();
  }
}

const readers = nodeReaders();
let pdf;
let pages = 0;
// About eleven paragraphs fill a page; print more until the file has 30 pages.
for (let paragraphs = PAGES * 11; pages < PAGES; paragraphs += 40) {
  pdf = await printPdf(paragraphs);
  const pdfjs = await readers.pdfjs();
  const file = await pdfjs.getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  pages = file.numPages;
  await file.destroy();
}

// BENCH_PDF_OUT=file keeps the PDF, to profile or look at.
if (process.env.BENCH_PDF_OUT) writeFileSync(process.env.BENCH_PDF_OUT, pdf);

const parsePdf = async () => {
  const start = performance.now();
  const result = await parseFile('bench.pdf', pdf.slice(), readers);
  return { ms: performance.now() - start, result };
};
const cold = await parsePdf();
if (cold.result.report.agency?.name !== SEED.agency || cold.result.report.applications?.received?.total !== SEED.received || cold.result.issues.length) {
  console.error('bench-files: the PDF did not parse to the seed figures', cold.result.issues);
  process.exit(1);
}
const times = [];
for (let i = 0; i < 5; i++) times.push((await parsePdf()).ms);
times.sort((a, b) => a - b);
console.log(`pdf: ${pages}-page PDF (${(pdf.length / 1024).toFixed(0)} KB) read and parsed in ${times[2].toFixed(0)} ms (median of 5; cold ${cold.ms.toFixed(0)} ms); budget ${PDF_BUDGET_MS} ms`);
if (times[2] > PDF_BUDGET_MS) {
  console.error(`pdf budget exceeded: ${times[2].toFixed(0)} ms > ${PDF_BUDGET_MS} ms`);
  failed = true;
}

// ------------------------------------------------------------------------------------------
// (2) 1,000 HTML reports in one batch

const dir = mkdtempSync(join(tmpdir(), 'dc-bench-batch-'));
try {
  const body = seedBody();
  const files = [];
  for (let i = 0; i < REPORTS; i++) {
    // Each page its own agency (a county's departments over the years), the same tables.
    const agency = `某县第${i + 1}局`;
    const file = join(dir, `report-${String(i).padStart(4, '0')}.html`);
    writeFileSync(file, `<!doctype html><html><head><meta charset="utf-8"><title>${agency}</title></head><body><div id="zoom">${body.replaceAll(SEED.agency, agency)}</div></body></html>`);
    files.push(file);
  }
  const out = join(dir, 'out');
  const start = performance.now();
  execFileSync(process.execPath, [new URL('../dist/cli.js', import.meta.url).pathname, 'parse', dir, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = (performance.now() - start) / 1000;
  const rows = readFileSync(join(out, 'summary.csv'), 'utf8').trim().split('\n').slice(1);
  const unread = rows.filter((row) => !row.includes(',2023,'));
  console.log(`batch: ${REPORTS} HTML reports in ${seconds.toFixed(1)} s on ${availableParallelism()} cores (${(seconds * 1000 / REPORTS).toFixed(1)} ms a report); budget ${BATCH_BUDGET_S} s`);
  if (rows.length !== REPORTS || unread.length) {
    console.error(`bench-files: the batch summary has ${rows.length} rows, ${unread.length} without the report's year`);
    failed = true;
  }
  if (seconds > BATCH_BUDGET_S) {
    console.error(`batch budget exceeded: ${seconds.toFixed(1)} s > ${BATCH_BUDGET_S} s`);
    failed = true;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed) process.exit(1);
