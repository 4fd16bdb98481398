/**
 * The demo page, the first thing a webmaster sees: its grids leave no empty blocks at any width
 * (the widgets differ in height: the tallest stands beside two stacked ones).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, watch, type Session } from './browser.js';

let session: Session;
beforeAll(async () => {
  session = await start();
});
afterAll(() => session.close());

describe('the demo page', () => {
  for (const width of [375, 1280])
    it(`fills its grids with widgets at ${width} px: no empty blocks`, async () => {
      const page = await session.browser.newPage({ viewport: { width, height: 900 } });
      const messages = watch(page);
      await page.goto(`${session.url}/demo/`);
      for (const tag of ['disclosure-outcomes', 'site-traffic', 'enforcement-counts', 'review-litigation']) await page.locator(`main > .grid > ${tag} [part~=mark]`).first().waitFor();
      const filled = await page.evaluate(() =>
        [...document.querySelectorAll('main .grid')].map((grid) => {
          const box = grid.getBoundingClientRect();
          const area = [...grid.children].reduce((sum, child) => {
            const r = child.getBoundingClientRect();
            return sum + r.width * r.height;
          }, 0);
          return area / (box.width * box.height);
        }),
      );
      expect(filled).toHaveLength(2);
      for (const share of filled) expect(share).toBeGreaterThan(0.9);
      expect(messages).toEqual([]);
      await page.close();
    });
});
