/**
 * Every CMS page of the corpus (test/corpus/layouts/html-*.ts) printed to PDF by Chromium, as
 * a webmaster saving the site's page does: read through the PDF reader, no figure may differ
 * from the page's. These pages were not made for print (borderless tables, captions, Word's
 * per-cell borders, rows cut by the page break), so a figure the reader cannot place may be
 * named in an issue, but never written wrong. The Word and PDF layouts made for this
 * (corpus-files.test.ts) must parse exactly; these must parse honestly.
 */
import { readdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/file.js';
import { nodeReaders } from '../../src/parse/node.js';
import { chromiumArgs, chromiumPath } from '../chromium.js';
import { figureMap } from '../corpus/figures.js';
import { corpusTruths } from '../corpus/files/generate.js';
import type { Layout } from '../corpus/layout.js';

const layouts = await Promise.all(
  readdirSync(new URL('../corpus/layouts/', import.meta.url))
    .filter((f) => f.startsWith('html-') && f.endsWith('.ts'))
    .sort()
    .map(async (f) => ((await import(new URL(`../corpus/layouts/${f}`, import.meta.url).href)) as { layout: Layout }).layout),
);
const truths = corpusTruths().filter((t) => t.report.applications);


let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});
const read: [number, number][] = [];
afterAll(async () => {
  await browser?.close();
  const [got, all] = read.reduce(([g, a], [x, y]) => [g + x, a + y], [0, 0]);
  console.info(`printed CMS pages: ${got}/${all} figures read, none wrong`);
});

describe('a CMS page printed to PDF', () => {
  layouts.forEach((layout, i) => {
    // One real report per format the layout prints, the reports taken in turn.
    const pairs = layout.formats.map((format) => {
      const fits = truths.filter((t) => t.report.format === format);
      return fits[i % fits.length]!;
    });
    for (const truth of pairs)
      it(`${layout.id} × ${truth.id}: every figure read is the page's`, async () => {
        const page = await browser.newPage();
        await page.setContent(layout.render(truth.report).source);
        const bytes = new Uint8Array(await page.pdf({ format: 'A4' }));
        await page.close();
        const { report, issues } = await parseFile(`${layout.id}.pdf`, bytes, nodeReaders());
        const want = figureMap(truth.report);
        const got = figureMap(report);
        expect(got.size).toBeGreaterThan(0);
        const wrong = [...got].filter(([path, value]) => want.get(path) !== value);
        expect(wrong).toEqual([]);
        // What was not read is named: every figure of the page is either read or under an issue's path.
        const unnamed = [...want.keys()].filter((path) => !got.has(path) && !issues.some((issue) => path === issue.path || path.startsWith(`${issue.path}.`)));
        expect(unnamed).toEqual([]);
        read.push([got.size, want.size]);
      });
  });
});
