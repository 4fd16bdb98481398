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

function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/** Waits for the report and each widget inside it to finish drawing. */
async function settle(el: Widget) {
  for (let i = 0; i < 2; i++) {
    await el.updateComplete;
    const inner = [...shadow(el).querySelectorAll('site-traffic, enforcement-counts, disclosure-outcomes, review-litigation')] as Widget[];
    await Promise.all(inner.map((w) => w.updateComplete));
    await new Promise(requestAnimationFrame);
  }
}

function expectSound(el: Widget, report: unknown) {
  for (const node of deepElements(shadow(el)))
    if (node instanceof SVGElement)
      for (const attr of node.attributes)
        if (/NaN|Infinity/.test(attr.value)) throw new Error(`<${node.localName} ${attr.name}="${attr.value}">`);
  const error = shadow(el).querySelector('[part=error]');
  // No report at all (the whole document replaced by undefined) is the no-input state.
  if (report === undefined) return expect(shadow(el).querySelector('[part=empty]')?.textContent).toBe('无数据');
  if (error) expect(error.textContent).toMatch(/[A-Za-z_$][\w$]*(\.|\[|：)|报告根对象|the report/);
  else expect(shadow(el).querySelectorAll('[part=section]').length).toBe(6);
}

failOnPageErrors();

vi.setConfig({ testTimeout: 120_000 });

describe('generated reports in the browser', () => {
  it('mutated reports draw or explain themselves, with no NaN in the SVG', async () => {
    const el = mount<Widget>('<disclosure-report></disclosure-report>', 700);
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutatedReport(dongguan), mutatedReport(busy)), async (report) => {
        el.report = report;
        await settle(el);
        expectSound(el, report);
        runs++;
      }),
      { numRuns: 150 },
    );
    expect(runs).toBe(150);
  });

  it('valid reports of any size draw with no NaN in the SVG', async () => {
    const el = mount<Widget>('<disclosure-report></disclosure-report>', 360);
    await fc.assert(
      fc.asyncProperty(validReport, async (report) => {
        el.report = report;
        await settle(el);
        expectSound(el, report);
        expect(shadow(el).querySelector('[part=error]')).toBeNull();
      }),
      { numRuns: 100 },
    );
  });
});
