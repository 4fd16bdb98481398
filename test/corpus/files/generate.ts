/**
 * Writes the Word and PDF corpus: every file layout (files/layouts/) of every truth whose
 * format it prints, as `<layout>--<truth>.docx|.pdf`, with what parsing each must give. PDFs
 * are printed by Debian's Chromium (never a downloaded browser), a few pages at a time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../chromium.js';
import type { Truth } from '../form.js';
import type { FileLayout } from './file-layout.js';

/** Where the corpus files go when the caller names no directory. */
export const defaultCorpusDir = join(tmpdir(), 'disclosure-charts-corpus-files');

const corpus = (name: string) => new URL(`../${name}/`, import.meta.url);

/** The truths (test/corpus/truths/*.json) by id, in name order. */
export const corpusTruths = (): { id: string; report: Truth }[] =>
  readdirSync(corpus('truths'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ id: f.replace(/\.json$/, ''), report: (JSON.parse(readFileSync(new URL(f, corpus('truths')), 'utf8')) as { report: Truth }).report }));

/** The file layouts (test/corpus/files/layouts/*.ts), in name order. */
export const fileLayouts = async (): Promise<FileLayout[]> =>
  Promise.all(
    readdirSync(new URL('./layouts/', import.meta.url))
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map(async (f) => ((await import(new URL(`./layouts/${f}`, import.meta.url).href)) as { layout: FileLayout }).layout),
  );

/** A generated file's name: `<layout>--<truth>.docx` or `.pdf`. */
export const corpusFileName = (layout: Pick<FileLayout, 'id' | 'kind'>, truth: string) => `${layout.id}--${truth}.${layout.kind}`;

export interface CorpusFile {
  /** `<layout>--<truth>.<ext>`. */
  name: string;
  path: string;
  layout: string;
  kind: FileLayout['kind'];
  /** The truth's id (its file name in test/corpus/truths/ without .json). */
  truth: string;
  /**
   * The paths the parse must name in its issues, and only these: the layout's unreadable
   * paths and each table section the truth does not have (it is not printed, so it is missing).
   */
  unreadable: string[];
}

export interface GenerateOptions {
  /** A browser to print with; without one, Chromium is launched and closed again. */
  browser?: Browser;
  /** How many pages print at once. */
  concurrency?: number;
  /** Only these layouts (by id). */
  layouts?: string[];
}

/** Writes every layout × truth file into `dir` and returns what each is and must parse to. */
export async function generateCorpusFiles(dir: string = defaultCorpusDir, options: GenerateOptions = {}): Promise<CorpusFile[]> {
  await mkdir(dir, { recursive: true });
  const truths = corpusTruths();
  const layouts = (await fileLayouts()).filter((l) => !options.layouts || options.layouts.includes(l.id));
  const jobs = layouts.flatMap((layout) => truths.filter((t) => layout.formats.includes(t.report.format)).map((truth) => ({ layout, truth })));
  const needsBrowser = jobs.some((j) => j.layout.kind === 'pdf');
  const browser = options.browser ?? (needsBrowser ? await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs }) : undefined);
  try {
    const context = needsBrowser ? await browser!.newContext() : undefined;
    const files: CorpusFile[] = [];
    let next = 0;
    const worker = async () => {
      const page = context && (await context.newPage());
      for (let job = jobs[next++]; job; job = jobs[next++]) {
        const { layout, truth } = job;
        let bytes: Uint8Array;
        let unreadable: string[] | undefined;
        if (layout.kind === 'docx') ({ bytes, unreadable } = await layout.render(truth.report));
        else {
          const made = layout.render(truth.report);
          unreadable = made.unreadable;
          await page!.setContent(made.html, { waitUntil: 'load' });
          await page!.evaluate(() => document.fonts.ready.then(() => undefined));
          bytes = await page!.pdf({ format: 'A4', ...made.print });
        }
        const name = corpusFileName(layout, truth.id);
        const path = join(dir, name);
        await writeFile(path, bytes);
        const absent = (['proactive', 'applications', 'reviewLitigation'] as const).filter((k) => truth.report[k] === undefined);
        files.push({ name, path, layout: layout.id, kind: layout.kind, truth: truth.id, unreadable: [...new Set([...(unreadable ?? []), ...absent])].sort() });
      }
      await page?.close();
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 3) }, worker));
    await context?.close();
    files.sort((a, b) => a.name.localeCompare(b.name));
    // The list beside the files, for a batch run that reads the directory without this module.
    await writeFile(join(dir, 'index.json'), `${JSON.stringify(files, null, 2)}\n`);
    return files;
  } finally {
    if (!options.browser) await browser?.close();
  }
}
