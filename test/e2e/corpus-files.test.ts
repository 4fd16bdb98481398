/**
 * The Word and PDF corpus: every file layout (test/corpus/files/layouts/) of every real
 * report's figures, made as the agencies publish them (a .docx built with `docx`, a PDF
 * printed by Chromium), parses to exactly its truth, as test/unit/corpus.test.ts requires of
 * the HTML and text layouts. The files stay in `defaultCorpusDir` (logged) for batch runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/file.js';
import { nodeReaders } from '../../src/parse/node.js';
import { fixRadicals, pageRules, type PdfJs } from '../../src/parse/pdf.js';
import { chromiumArgs, chromiumPath } from '../chromium.js';
import { corpusFigures, figureMap, withoutPaths } from '../corpus/figures.js';
import type { Truth } from '../corpus/form.js';
import type { Layout } from '../corpus/layout.js';
import { titles } from '../corpus/layouts/html-kit/kit.js';
import { corpusFileName, corpusTruths, defaultCorpusDir, fileLayouts, generateCorpusFiles, type CorpusFile } from '../corpus/files/generate.js';

const truths = corpusTruths();
const layouts = await fileLayouts();
const dir = process.env.CORPUS_FILES_DIR || defaultCorpusDir;

let browser: Browser;
const files = new Map<string, CorpusFile>();
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  for (const file of await generateCorpusFiles(dir, { browser })) files.set(file.name, file);
  console.info(`corpus files: ${files.size} in ${dir}`);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  const line = (kind: string) => {
    const [read, all] = tally.filter((t) => t.kind === kind).reduce(([r, a], t) => [r + t.read, a + t.all], [0, 0]);
    return `${kind} ${read}/${all}`;
  };
  if (tally.length) console.info(`figures read: ${line('docx')}, ${line('pdf')}`);
});

/** How many of the truth's figures each file gave back exactly (the file's figures read / figures in the truth). */
const tally: { kind: string; read: number; all: number }[] = [];

async function parsed(name: string) {
  const file = files.get(name);
  if (!file) throw new Error(`${name} was not generated`);
  return parseFile(name, new Uint8Array(await readFile(file.path)), nodeReaders());
}

describe('the Word and PDF corpus', () => {
  it('has Word and PDF layouts, each printing both formats or the 2019 one, over truths of both formats', () => {
    expect(new Set(layouts.map((l) => l.kind))).toEqual(new Set(['docx', 'pdf']));
    expect(layouts.filter((l) => l.kind === 'docx').every((l) => l.formats.includes('2021') && l.formats.includes('2019'))).toBe(true);
    expect(layouts.filter((l) => l.kind === 'pdf' && l.formats.includes('2019')).length).toBeGreaterThanOrEqual(2);
    expect(new Set(truths.map((t) => t.report.format))).toEqual(new Set(['2021', '2019']));
    expect(files.size).toBe(layouts.reduce((n, l) => n + truths.filter((t) => l.formats.includes(t.report.format)).length, 0));
  });

  for (const layout of layouts)
    describe(`${layout.id}: ${layout.description}`, () => {
      for (const truth of truths.filter((t) => layout.formats.includes(t.report.format))) {
        const name = corpusFileName(layout, truth.id);
        it(`parses ${name} to exactly its figures`, async () => {
          const file = files.get(name)!;
          let result;
          try {
            result = await parsed(name);
          } catch (error) {
            tally.push({ kind: layout.kind, read: 0, all: figureMap(truth.report).size });
            throw error;
          }
          const { report, issues } = result;
          const got = figureMap(report);
          const want = figureMap(truth.report);
          tally.push({ kind: layout.kind, read: [...want].filter(([path, value]) => got.get(path) === value).length, all: want.size });
          expect(issues.map((i) => i.path).sort()).toEqual(file.unreadable);
          expect(corpusFigures(report)).toEqual(corpusFigures(withoutPaths(truth.report, file.unreadable)));
        });
      }
    });
});

// ---------------------------------------------------------------------------------------------
// The files are what their layouts say they are (else the parse tests above prove less).

/** The largest truth: its application table is taller than a page in every layout. */
const BIG = 'huaian-city-2024';
/** A truth with small figures, so narrow columns are narrower than two characters. */
const SMALL = 'pingtan-zone-2022';

interface Run {
  str: string;
  x: number;
  y: number;
}
/** A PDF's pages as pdf.js reads them: text runs (with positions) and the rules drawn. */
async function pdfPages(name: string): Promise<{ runs: Run[]; rules: number; text: string }[]> {
  const readers = nodeReaders();
  const pdfjs = (await readers.pdfjs!()) as PdfJs & { getDocument(source: Record<string, unknown>): { promise: Promise<any>; destroy(): Promise<void> } };
  const task = pdfjs.getDocument({ data: new Uint8Array(await readFile(files.get(name)!.path)), isEvalSupported: false, disableFontFace: true, verbosity: 0, ...readers.pdfOptions });
  const doc = await task.promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const runs = ((await page.getTextContent()).items as { str: string; transform: number[] }[])
      .filter((i) => i.str?.trim())
      .map((i) => ({ str: fixRadicals(i.str.normalize('NFKC')), x: i.transform[4]!, y: i.transform[5]! }));
    const rules = pageRules(await page.getOperatorList(), pdfjs.OPS).length;
    pages.push({ runs, rules, text: runs.map((r) => r.str).join('') });
  }
  await task.destroy();
  return pages;
}

describe('the files look as their layouts say', () => {
  it('pdf-word-export: the application table runs over a page break with its three header rows printed again', async () => {
    const pages = await pdfPages(`pdf-word-export--${BIG}.pdf`);
    const withHeader = pages.filter((p) => p.text.includes('申请人情况') && p.text.includes('法人或其他组织'));
    expect(withHeader.length).toBeGreaterThanOrEqual(2);
    const first = pages.findIndex((p) => p.text.includes('予以公开'));
    const last = pages.findIndex((p) => p.text.includes('结转下年度继续办理'));
    expect(last).toBeGreaterThan(first);
    // The second page of the table starts with the header, not with a row.
    expect(pages[last]!.text.indexOf('申请人情况')).toBeLessThan(pages[last]!.text.search(/\d/));
  });

  it('pdf-running-head: every page has the running head and a "- n -" page number', async () => {
    const truth = truths.find((t) => t.id === BIG)!.report;
    const pages = await pdfPages(`pdf-running-head--${BIG}.pdf`);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      expect(page.text).toContain(titles.yearFirst(truth));
      expect(page.runs.map((r) => r.str).join(' ')).toMatch(new RegExp(`-\\s*${i + 1}\\s*-`));
    });
  });

  it('pdf-header-one-char: organisation headers print one character per line', async () => {
    const pages = await pdfPages(`pdf-header-one-char--${SMALL}.pdf`);
    const runs = pages.flatMap((p) => p.runs);
    // 社会公益组织 stacked: each character its own run, in one column, one under the other.
    const column = [...'社会公益组织'].map((ch) => runs.filter((r) => r.str === ch));
    const stacked = column[0]!.some((top) => column.every((rs, i) => rs.some((r) => Math.abs(r.x - top.x) < 2 && top.y - r.y > i * 8 - 1 && top.y - r.y < i * 16 + 1)));
    expect(stacked).toBe(true);
  });

  it('pdf-borderless: no page draws a rule', async () => {
    const pages = await pdfPages(`pdf-borderless--${BIG}.pdf`);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.map((p) => p.rules)).toEqual(pages.map(() => 0));
  });

  it('docx-national-form merges its label cells and docx-wps-plain merges none', async () => {
    const html = async (name: string) => (await mammoth.convertToHtml({ buffer: await readFile(files.get(name)!.path) })).value;
    const national = await html(`docx-national-form--${BIG}.docx`);
    expect(national).toMatch(/<td rowspan="22"[^>]*><p>三、本年度办理结果<\/p>/);
    expect(national).toMatch(/<td rowspan="8"[^>]*><p>（三）不予公开<\/p>/);
    expect(national).toMatch(/<th colspan="7"[^>]*><p>申请人情况<\/p>/);
    const plain = await html(`docx-wps-plain--${BIG}.docx`);
    expect(plain).toContain('三、本年度办理结果');
    expect(plain).not.toMatch(/rowspan|colspan="[2-9]/);
  });
});

// ---------------------------------------------------------------------------------------------
// The whole corpus in one batch, as a webmaster would run it over a site's reports.

describe('parse <the whole corpus> --out', () => {
  it('reads every corpus file of every kind on worker threads into a JSON each and a summary row each, with every figure of its truth', async () => {
    // The HTML, text and Markdown layouts beside the Word and PDF files, in a folder of their own.
    const textLayouts = await Promise.all(
      readdirSync(new URL('../corpus/layouts/', import.meta.url))
        .filter((f) => f.endsWith('.ts'))
        .map(async (f) => ((await import(new URL(`../corpus/layouts/${f}`, import.meta.url).href)) as { layout: Layout }).layout),
    );
    const expected = new Map<string, { truth: Truth; unreadable: string[]; kind: string }>();
    const textDir = join(dir, 'text-layouts');
    mkdirSync(textDir, { recursive: true });
    for (const layout of textLayouts)
      for (const truth of truths.filter((t) => layout.formats.includes(t.report.format))) {
        const rendered = layout.render(truth.report);
        const name = `${layout.id}--${truth.id}.${layout.kind === 'text' ? 'txt' : layout.kind}`;
        writeFileSync(join(textDir, name), rendered.source);
        const absent = (['proactive', 'applications', 'reviewLitigation'] as const).filter((k) => truth.report[k] === undefined);
        expected.set(name, { truth: truth.report, unreadable: [...new Set([...(rendered.unreadable ?? []), ...absent])], kind: layout.kind === 'md' ? 'text' : layout.kind });
      }
    for (const file of files.values()) {
      expected.set(file.name, { truth: truths.find((t) => t.id === file.truth)!.report, unreadable: file.unreadable, kind: file.name.split('.').at(-1)! });
    }

    const out = join(dir, 'batch-out');
    rmSync(out, { recursive: true, force: true });
    const run = spawnSync(process.execPath, [fileURLToPath(new URL('../../dist/cli.js', import.meta.url)), 'parse', dir, '--out', out], { encoding: 'utf8' });
    expect(run.stderr).toMatch(/^\d+ of \d+ file\(s\) read, 0 could not be read/);
    expect(run.status).toBe(0);

    const [header, ...rows] = readFileSync(join(out, 'summary.csv'), 'utf8').replace(/^\ufeff/, '').trim().split('\r\n').map((line) => line.split(','));
    expect(header).toEqual(['file', 'agency', 'year', 'format', 'kind', 'cells', 'issues', 'error']);
    expect(rows).toHaveLength(expected.size);
    const byKind = new Map<string, [number, number]>();
    let checked = 0;
    for (const row of rows) {
      const name = basename(row[0]!);
      const want = expected.get(name);
      expect(row[7], name).toBe('');
      if (!want) throw new Error(`${name} is not a corpus file`);
      const cells = countNumbers(withoutPaths(want.truth, want.unreadable));
      expect([name, row[4], Number(row[5]), Number(row[6])]).toEqual([name, want.kind, cells, want.unreadable.length]);
      const json = JSON.parse(readFileSync(join(out, `${name.replace(/\.[a-z]+$/, '')}.json`), 'utf8'));
      expect(corpusFigures(json), name).toEqual(corpusFigures(withoutPaths(want.truth, want.unreadable)));
      const [read, all] = byKind.get(want.kind) ?? [0, 0];
      byKind.set(want.kind, [read + cells, all + countNumbers(want.truth)]);
      checked++;
    }
    expect(checked).toBe(expected.size);
    console.info(`batch over the corpus: ${rows.length} files; figures read by kind: ${[...byKind].map(([k, [r, a]]) => `${k} ${r}/${a}`).join(', ')}`);
  }, 240_000);
});

/** The figures of sections 二, 三 and 四: numeric leaves, as summary.csv counts them. */
function countNumbers(report: Truth): number {
  const count = (value: unknown): number => (typeof value === 'number' ? 1 : value && typeof value === 'object' ? Object.values(value).reduce<number>((n, v) => n + count(v), 0) : 0);
  return count(report.proactive) + count(report.applications) + count(report.reviewLitigation);
}
