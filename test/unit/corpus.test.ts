/**
 * The development corpus: every layout (test/corpus/layouts/) of every real report's figures
 * (test/corpus/truths/) parses to exactly its truth. A figure that the parser cannot read
 * without guessing must be named in an issue, with the path the layout says, and left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportHtml, parseReportText } from '../../src/parse/parse.js';
import type { Truth } from '../corpus/form.js';
import type { Layout } from '../corpus/layout.js';
import { corpusFigures, withoutPaths } from '../corpus/figures.js';

const dir = (name: string) => new URL(`../corpus/${name}/`, import.meta.url);
const truths = readdirSync(dir('truths'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ id: f.replace(/\.json$/, ''), ...(JSON.parse(readFileSync(new URL(f, dir('truths')), 'utf8')) as { report: Truth }) }));
const layouts: Layout[] = await Promise.all(
  readdirSync(dir('layouts'))
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map(async (f) => ((await import(new URL(f, dir('layouts')).href)) as { layout: Layout }).layout),
);

describe('the corpus', () => {
  it('has at least 20 layouts and 10 real reports of both formats', () => {
    expect(layouts.length).toBeGreaterThanOrEqual(20);
    expect(truths.length).toBeGreaterThanOrEqual(10);
    expect(new Set(truths.map((t) => t.report.format))).toEqual(new Set(['2021', '2019']));
  });

  for (const layout of layouts)
    describe(`${layout.id}: ${layout.description}`, () => {
      for (const truth of truths.filter((t) => layout.formats.includes(t.report.format)))
        it(`parses ${truth.id} to exactly its figures`, () => {
          const rendered = layout.render(truth.report);
          const { report, issues } = layout.kind === 'html' ? parseReportHtml(rendered.source) : parseReportText(rendered.source);
          // A section the truth does not have is not printed, and so is named as missing.
          const absent = (['proactive', 'applications', 'reviewLitigation'] as const).filter((k) => truth.report[k] === undefined);
          const unreadable = [...new Set([...(rendered.unreadable ?? []), ...absent])].sort();
          expect(issues.map((i) => i.path).sort()).toEqual(unreadable);
          expect(corpusFigures(report)).toEqual(corpusFigures(withoutPaths(truth.report, unreadable)));
        });
    });
});
