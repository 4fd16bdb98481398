/**
 * Generated reports mounted in the real element: the whole report (every widget inside
 * <disclosure-report>). Whatever the input, the page sees no error, no SVG attribute holds
 * NaN or Infinity, and the reader gets either the charts or a message naming the path.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import busy from '../../data/fixtures/busy-agency.json';
import dongguan from '../../data/dongguan-hrss-2023.json';
import '../../src/index.js';
import { mutatedReport, validReport } from '../mutations.js';
import { failOnPageErrors, mount, shadow } from './helpers.js';

// Generated reports rarely add up, and each widget says so in the console: expected here.
beforeAll(() => void vi.spyOn(console, 'warn').mockImplementation(() => {}));
afterAll(() => vi.mocked(console.warn).mockRestore());

type Widget = HTMLElement & { report?: unknown; updateComplete: Promise<boolean> };
type Tag = 'site-traffic' | 'enforcement-counts' | 'disclosure-outcomes' | 'review-litigation';
// The generated report, as far as these tests read it.
type Numbers = Record<string, unknown>;
type Report = {
  applications?: Numbers;
  proactive?: Numbers;
  reviewLitigation?: Record<string, Numbers | undefined>;
  platforms?: { website?: { breakdown?: { count: unknown }[] }; newMedia?: Numbers[] };
};

const TAGS: Tag[] = ['site-traffic', 'enforcement-counts', 'disclosure-outcomes', 'review-litigation'];

function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

const sectionWidgets = (el: Widget) => [...shadow(el).querySelectorAll<Widget>(TAGS.join(', '))];

/**
 * Waits until the widget has drawn what it was given last. One drawn before updates at once;
 * a new one draws once it knows its width: then it shows one of `shown`.
 */
async function drawnNow(widget: Widget, shown: string) {
  await widget.updateComplete;
  await vi.waitFor(() => expect(shadow(widget).querySelector(shown)).not.toBeNull(), { timeout: 5000 });
  await widget.updateComplete;
}

/** Waits until the report, then each section widget inside it, has drawn the report just set. */
async function settle(el: Widget) {
  await drawnNow(el, '[part=section], [part=empty], [part=error]');
  // A section widget shows its chart (with its table), a statement, or an error.
  for (const widget of sectionWidgets(el)) await drawnNow(widget, '[part=table-toggle], [part=empty], [part=error]');
}

const positive = (value: unknown) => typeof value === 'number' && value > 0;

/**
 * The marks each chart must have, read from the report: the charts whose marks stand one
 * for one for rows of the national form or figures of the report.
 */
function expectedMarks(report: Report): Record<Tag, Record<string, number>> {
  const marks: Record<Tag, Record<string, number>> = {
    'site-traffic': {},
    'enforcement-counts': {},
    'disclosure-outcomes': {},
    'review-litigation': {},
  };
  // The form's six kinds of outcome, （一） to （六）, and 结转下年度: a bar each, given or not.
  if (report.applications) marks['disclosure-outcomes'].outcomes = 7;
  // A dot for each kind of decision the report gives.
  const decisions = ['licensing', 'penalties', 'coercion'].filter((k) => report.proactive?.[k] !== undefined);
  marks['enforcement-counts'].decisions = decisions.length;
  // A segment for each result with cases, in each kind of case.
  for (const block of ['review', 'directSuit', 'suitAfterReview']) {
    const cases = report.reviewLitigation?.[block];
    marks['review-litigation'][block] = ['upheld', 'corrected', 'other', 'pending'].filter((r) => positive(cases?.[r])).length;
  }
  // A segment for each category with items; a bar per account for each figure any account gives
  // (one account is a line of words).
  const traffic = marks['site-traffic'];
  traffic.categories = (report.platforms?.website?.breakdown ?? []).filter((c) => positive(c.count)).length;
  const accounts = report.platforms?.newMedia ?? [];
  for (const metric of ['followers', 'posts'])
    traffic[metric] = accounts.length > 1 && accounts.some((a) => a[metric] !== undefined) ? accounts.length : 0;
  return marks;
}

/** Charts checked, across a run, with marks in them: proof the property saw charts at all. */
let chartsSeen: Record<string, number> = {};

function expectSound(el: Widget, report: unknown) {
  for (const node of deepElements(shadow(el)))
    if (node instanceof SVGElement)
      for (const attr of node.attributes)
        if (/NaN|Infinity/.test(attr.value)) throw new Error(`<${node.localName} ${attr.name}="${attr.value}">`);
  const error = shadow(el).querySelector('[part=error]');
  // No report at all (the whole document replaced by undefined) is the no-input state.
  if (report === undefined) return expect(shadow(el).querySelector('[part=empty]')?.textContent).toBe('无数据');
  if (error) return expect(error.textContent).toMatch(/[A-Za-z_$][\w$]*(\.|\[|：)|报告根对象|the report/);
  expect(shadow(el).querySelectorAll('[part=section]').length).toBe(6);
  // The report is valid, so each section widget draws its chart, or says in a sentence that
  // there is nothing to draw; never an error (a layout that throws puts one in its place).
  const expected = expectedMarks(report as Report);
  for (const widget of sectionWidgets(el)) {
    const tag = widget.localName as Tag;
    const root = shadow(widget);
    expect(root.querySelector('[part=error]')?.textContent, tag).toBeUndefined();
    if (root.querySelector('[part=empty]')) continue;
    for (const [chart, count] of Object.entries(expected[tag])) {
      expect(root.querySelectorAll(`svg [data-chart="${chart}"][data-index]`).length, `${tag}: marks of ${chart}`).toBe(count);
      if (count) chartsSeen[chart] = (chartsSeen[chart] ?? 0) + 1;
    }
  }
}

failOnPageErrors();

vi.setConfig({ testTimeout: 120_000 });

describe('generated reports in the browser', () => {
  it('mutated reports draw or explain themselves, with no NaN in the SVG', async () => {
    const el = mount<Widget>('<disclosure-report></disclosure-report>', 700);
    let runs = 0;
    chartsSeen = {};
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutatedReport(dongguan), mutatedReport(busy)), async (report) => {
        el.report = report;
        await settle(el);
        expectSound(el, report);
        runs++;
      }),
      // The two reports themselves first: most mutations are refused, and some charts must be checked.
      { numRuns: 150, examples: [[dongguan], [busy]] },
    );
    expect(runs).toBe(150);
    expect(chartsSeen.outcomes).toBeGreaterThanOrEqual(2);
  });

  it('valid reports of any size draw with no NaN in the SVG', async () => {
    const el = mount<Widget>('<disclosure-report></disclosure-report>', 360);
    chartsSeen = {};
    await fc.assert(
      fc.asyncProperty(validReport, async (report) => {
        el.report = report;
        await settle(el);
        expectSound(el, report);
        expect(shadow(el).querySelector('[part=error]')).toBeNull();
      }),
      { numRuns: 100 },
    );
    // Every widget's charts were drawn in some of the reports, and their marks counted.
    for (const chart of ['outcomes', 'decisions', 'review', 'directSuit', 'suitAfterReview', 'categories', 'followers', 'posts'])
      expect(chartsSeen[chart], chart).toBeGreaterThan(20);
  });
});
