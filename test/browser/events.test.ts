/** What developers hear and can call: dc-select for a chosen mark, and the export methods. */
import { cdp, userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import dongguan from '../../data/dongguan-hrss-2023.json';
import busy from '../../data/fixtures/busy-agency.json';
import type { DcSelectEvent } from '../../src/events.js';
import '../../src/index.js';
import type { DisclosureOutcomes } from '../../src/index.js';
import { drawn, failOnPageErrors, mount, shadow } from './helpers.js';

type Widget = HTMLElement & { report?: unknown; updateComplete: Promise<boolean> };

/** Ends each test's listeners on the document. */
let listening = new AbortController();
afterEach(() => {
  listening.abort();
  listening = new AbortController();
});

async function mountWidget(tag: string, report: unknown = dongguan) {
  // Narrower than the test frame (414 px), so a click at a mark's centre lands on it.
  const before = mount<HTMLButtonElement>(`<button>before</button><${tag}></${tag}>`, 380);
  const el = before.nextElementSibling as Widget;
  el.report = structuredClone(report);
  await drawn(el);
  const heard: DcSelectEvent[] = [];
  document.addEventListener('dc-select', (e) => heard.push(e), { signal: listening.signal });
  return { before, el, heard };
}

/**
 * A finger's tap on the middle of a node, through Chromium's own input pipeline (CDP): the page
 * gets what a phone gives it, pointer events of type touch, then the click the tap makes.
 * Resolves with that click. The test page is a scaled iframe: the point is in the top page's pixels.
 */
async function tap(node: Element): Promise<PointerEvent> {
  node.scrollIntoView({ block: 'center' });
  const box = node.getBoundingClientRect();
  const frame = window.frameElement?.getBoundingClientRect() ?? new DOMRect(0, 0, innerWidth, innerHeight);
  const scale = frame.width / innerWidth;
  const x = frame.left + (box.left + box.width / 2) * scale;
  const y = frame.top + (box.top + box.height / 2) * scale;
  // Heard on the document: after the widget has handled it.
  const clicked = new Promise<PointerEvent>((resolve) => document.addEventListener('click', (e) => resolve(e as PointerEvent), { once: true }));
  await cdp().send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  await cdp().send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  return clicked;
}

failOnPageErrors();

describe('dc-select', () => {
  it('a click on a bar says which value it is, and bubbles out of the shadow root', async () => {
    const { el, heard } = await mountWidget('disclosure-outcomes');
    await userEvent.click(shadow(el).querySelector('[data-chart=outcomes][data-index="0"]')!);
    expect(heard).toHaveLength(1);
    expect(heard[0]!.bubbles && heard[0]!.composed).toBe(true);
    expect(heard[0]!.target).toBe(el);
    expect(heard[0]!.detail).toEqual({
      section: 'applications',
      row: 'outcomes.disclosed',
      column: 'total',
      path: 'applications.outcomes.disclosed.total',
      value: 56,
      label: '予以公开',
    });
  });

  it('Enter on a focused segment selects it', async () => {
    const { el, heard } = await mountWidget('disclosure-outcomes');
    (shadow(el).querySelector('[data-chart=applicants][data-index="0"]') as SVGElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(heard.map((e) => e.detail)).toEqual([
      {
        section: 'applications',
        row: 'received',
        column: 'naturalPerson',
        path: 'applications.received.naturalPerson',
        value: 71,
        label: '自然人',
      },
    ]);
  });

  it('a tap selects a reason and a review result, and shows what it is', async () => {
    const outcomes = await mountWidget('disclosure-outcomes');
    const reason = shadow(outcomes.el).querySelector('[data-chart=reasons][data-index="0"]')!;
    expect((await tap(reason)).pointerType).toBe('touch');
    expect(outcomes.heard.map((e) => e.detail)).toEqual([
      {
        section: 'applications',
        row: 'outcomes.unavailable.notHeld',
        column: 'total',
        path: 'applications.outcomes.unavailable.notHeld.total',
        value: 9,
        label: '本机关不掌握相关政府信息',
      },
    ]);
    // A finger has no hover: the tap shows the tooltip too.
    await outcomes.el.updateComplete;
    expect(shadow(outcomes.el).querySelector('[role=tooltip]')?.textContent?.trim()).toBe('本机关不掌握相关政府信息：9件，占12.3%');
    const review = await mountWidget('review-litigation');
    await tap(shadow(review.el).querySelector('[data-chart=review]')!);
    expect(review.heard.map((e) => e.detail)).toEqual([
      {
        section: 'reviewLitigation',
        row: 'review',
        column: 'upheld',
        path: 'reviewLitigation.review.upheld',
        value: 1,
        label: '行政复议 · 结果维持',
      },
    ]);
  });

  it('each widget names its values', async () => {
    const traffic = await mountWidget('site-traffic');
    await userEvent.click(shadow(traffic.el).querySelector('[data-chart=categories][data-index="1"]')!);
    expect(traffic.heard.map((e) => e.detail)).toEqual([
      {
        section: 'platforms',
        row: 'website.breakdown[1]',
        column: 'count',
        path: 'platforms.website.breakdown[1].count',
        value: 597,
        label: '公告',
      },
    ]);
    // Several accounts are drawn as marks, each metric its own (one account is a line of words).
    const accounts = await mountWidget('site-traffic', busy);
    await userEvent.click(shadow(accounts.el).querySelector('[data-chart=posts][data-index="1"]')!);
    await userEvent.click(shadow(accounts.el).querySelector('[data-chart=followers][data-index="2"]')!);
    expect(accounts.heard.map((e) => [e.detail.path, e.detail.value, e.detail.label])).toEqual([
      ['platforms.newMedia[1].posts', 3210, '示例人社发布'],
      ['platforms.newMedia[2].followers', 951000, '示例人社'],
    ]);
    const enforcement = await mountWidget('enforcement-counts');
    await userEvent.click(shadow(enforcement.el).querySelector('[data-chart=decisions][data-index="2"]')!);
    expect(enforcement.heard.map((e) => e.detail)).toEqual([
      { section: 'proactive', row: 'coercion', column: 'decisions', path: 'proactive.coercion', value: 63, label: '行政强制' },
    ]);
  });
});

describe('export methods', () => {
  it('give the data and the charts as soon as dc-load fires, and after the first updateComplete', async () => {
    const el = document.createElement('disclosure-outcomes') as unknown as DisclosureOutcomes;
    // At dc-load the charts are drawn at the widget's width.
    const atLoad = new Promise<[string, string]>((resolve) =>
      el.addEventListener('dc-load', () => resolve([el.toCSV(), el.toSVG()]), { once: true }),
    );
    el.report = structuredClone(dongguan);
    // The data is there the moment the report is set, before anything is drawn.
    mount('<div></div>', 380).append(el);
    expect(el.toCSV()).toContain('予以公开');
    await el.updateComplete;
    expect(el.toSVG()).toContain('予以公开');
    const [csv, svg] = await atLoad;
    expect(csv).toContain('予以公开');
    expect(svg).toContain('予以公开');
  });

  it('toCSV(), toSVG() and toPNG() give the data and the chart', async () => {
    const { el } = await mountWidget('disclosure-outcomes');
    const widget = el as unknown as DisclosureOutcomes;
    expect(widget.toCSV().startsWith('\ufeff项目,项目,项目,申请人情况')).toBe(true);
    expect(widget.toSVG()).toContain('予以公开');
    const png = await widget.toPNG();
    expect(png?.type).toBe('image/png');
    expect(png!.size).toBeGreaterThan(5000);
  });
});
