/**
 * Display modes a reader's system sets, emulated by Playwright in Chromium on the demo page
 * (the built script-tag bundle): Windows high contrast (forced colours) and reduced motion.
 */
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, watch, type Session } from './browser.js';

let session: Session;
beforeAll(async () => {
  session = await start();
});
afterAll(() => session.close());

const TAGS = ['disclosure-outcomes', 'site-traffic', 'review-litigation', 'enforcement-counts'];

async function openDemo(page: Page) {
  await page.goto(`${session.url}/demo/`);
  for (const tag of TAGS) await page.locator(`${tag} [part~=mark]`).first().waitFor();
}

/** For every mark of every widget: its size, fill and stroke, and whether it is an open mark. */
const readMarks = (page: Page) =>
  page.evaluate((tags) => {
    return tags.flatMap((tag) => {
      const el = document.querySelector(tag)!;
      return [...el.shadowRoot!.querySelectorAll('[part~=mark]')].map((mark) => {
        const box = mark.getBoundingClientRect();
        const style = getComputedStyle(mark);
        return {
          tag,
          // Drawn open, as an outline (CHART-DESIGN.md): the carried-forward bar, which is not an
          // outcome yet, and a dot at zero.
          open: mark.matches('.k-carried-forward, .dot.zero'),
          width: box.width,
          height: box.height,
          fill: style.fill,
          stroke: style.stroke,
          strokeWidth: style.strokeWidth,
          animation: style.animationName,
        };
      });
    });
  }, TAGS);

describe('forced colours (Windows high contrast)', () => {
  it('draws every mark in CanvasText on the Canvas colour behind it, open marks as CanvasText outlines', async () => {
    const page = await session.browser.newPage({ forcedColors: 'active', viewport: { width: 1024, height: 800 } });
    const messages = watch(page);
    await openDemo(page);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    // The two system colours as this browser resolves them, and the colour each widget paints behind its marks.
    const { canvas, canvasText, behind } = await page.evaluate((tags) => {
      const probe = document.body.appendChild(document.createElement('div'));
      probe.style.cssText = 'forced-color-adjust: none; color: CanvasText; background-color: Canvas';
      const { color, backgroundColor } = getComputedStyle(probe);
      probe.remove();
      return { canvasText: color, canvas: backgroundColor, behind: tags.map((tag) => getComputedStyle(document.querySelector(tag)!).backgroundColor) };
    }, TAGS);
    expect(canvasText).not.toBe(canvas);
    expect(behind).toEqual(TAGS.map(() => canvas));
    const marks = await readMarks(page);
    // Every widget on the demo page draws the Dongguan report, which has marks in each, and one
    // request carried forward to next year: one open bar, and no dot at zero.
    for (const tag of TAGS) expect(marks.filter((m) => m.tag === tag).length, tag).toBeGreaterThan(0);
    expect(marks.filter((m) => m.open).length).toBe(1);
    for (const mark of marks) {
      expect(mark.width, mark.tag).toBeGreaterThan(0);
      expect(mark.height, mark.tag).toBeGreaterThan(0);
      const drawn = mark.open
        ? { fill: canvas, stroke: canvasText, strokeWidth: '2px' }
        : { fill: canvasText, stroke: canvas, strokeWidth: '1px' };
      expect({ fill: mark.fill, stroke: mark.stroke, strokeWidth: mark.strokeWidth }, `${mark.tag}${mark.open ? ' (open)' : ''}`).toEqual(drawn);
    }
    expect(messages).toEqual([]);
    await page.close();
  });
});

describe('reduced motion', () => {
  it('draws marks without animation when the reader asks for less motion', async () => {
    const page = await session.browser.newPage({ reducedMotion: 'reduce' });
    await openDemo(page);
    const marks = await readMarks(page);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.animation === 'none')).toBe(true);
    await page.close();
  });

  it('lets bars grow into place otherwise', async () => {
    const page = await session.browser.newPage({ reducedMotion: 'no-preference' });
    await openDemo(page);
    const marks = await readMarks(page);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((m) => m.animation !== 'none').length).toBe(marks.length);
    await page.close();
  });
});
