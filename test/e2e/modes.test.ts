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

/** For every mark of every widget: its size, fill and stroke, and the background behind it. */
const readMarks = (page: Page) =>
  page.evaluate((tags) => {
    return tags.flatMap((tag) => {
      const el = document.querySelector(tag)!;
      const background = getComputedStyle(el.shadowRoot!.querySelector('figure')!).backgroundColor;
      return [...el.shadowRoot!.querySelectorAll('[part~=mark]')].map((mark) => {
        const box = mark.getBoundingClientRect();
        const style = getComputedStyle(mark);
        return { tag, width: box.width, height: box.height, fill: style.fill, stroke: style.stroke, background, animation: style.animationName };
      });
    });
  }, TAGS);

describe('forced colours (Windows high contrast)', () => {
  it('keeps every mark visible, in a system colour that differs from the background', async () => {
    const page = await session.browser.newPage({ forcedColors: 'active', viewport: { width: 1024, height: 800 } });
    const messages = watch(page);
    await openDemo(page);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const marks = await readMarks(page);
    // The first widget of each kind on the demo page: 17 marks for the Dongguan report.
    expect(marks.length).toBeGreaterThanOrEqual(15);
    for (const mark of marks) {
      expect(mark.width, mark.tag).toBeGreaterThan(0);
      expect(mark.height, mark.tag).toBeGreaterThan(0);
      // Filled with CanvasText, or (open marks) outlined with it: never the Canvas colour alone.
      const drawn = mark.fill !== mark.background ? mark.fill : mark.stroke;
      expect(drawn, mark.tag).not.toBe(mark.background);
      expect(drawn, mark.tag).not.toBe('none');
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
    expect(marks.every((m) => m.animation === 'none')).toBe(true);
    await page.close();
  });

  it('lets bars grow into place otherwise', async () => {
    const page = await session.browser.newPage({ reducedMotion: 'no-preference' });
    await openDemo(page);
    const marks = await readMarks(page);
    expect(marks.filter((m) => m.animation !== 'none').length).toBe(marks.length);
    await page.close();
  });
});
