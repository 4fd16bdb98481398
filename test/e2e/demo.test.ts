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

describe('the demo pages of the collection elements and the poster', () => {
  for (const [path, tag, count] of [
    ['trend.html', 'disclosure-trend', 2],
    ['compare.html', 'disclosure-compare', 2],
    ['poster.html', 'disclosure-poster', 2],
  ] as const)
    for (const lang of ['zh-CN', 'en'])
      it(`${path} draws its ${count} <${tag}> in ${lang} at 375 px, within the width`, async () => {
        const page = await session.browser.newPage({ viewport: { width: 375, height: 900 } });
        const messages = watch(page);
        await page.goto(`${session.url}/demo/${path}${lang === 'en' ? '?lang=en' : ''}`);
        // The poster has no marks to walk: it is drawn when its <svg> is.
        for (let i = 0; i < count; i++) await page.locator(tag).nth(i).locator(tag === 'disclosure-poster' ? 'svg[part~=poster]' : '[part~=mark]').first().waitFor();
        const widths = await page.evaluate((t) => [...document.querySelectorAll(t)].map((e) => e.shadowRoot!.querySelector('figure')!.scrollWidth), tag);
        for (const width of widths) expect(width).toBeLessThanOrEqual(375);
        expect(await page.locator(tag).first().locator('[part~=title]').textContent()).toBe(
          lang === 'en'
            ? { 'disclosure-trend': 'Information requests over the years', 'disclosure-compare': 'Information requests compared across agencies', 'disclosure-poster': 'The year at a glance' }[tag]
            : { 'disclosure-trend': '历年政府信息公开申请办理情况', 'disclosure-compare': '各机关政府信息公开申请办理情况比较', 'disclosure-poster': '一图读懂' }[tag],
        );
        // The one message: 平潭's real reports, whose stock of documents does not follow from year to year.
        expect(messages).toEqual(tag === 'disclosure-trend' ? ['warning: disclosure-charts: figures that do not add up [Object, Object, Object]'] : []);
        await page.close();
      });
});
