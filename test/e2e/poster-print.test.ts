/** The poster prints alone on one A4 page: its controls, summary and table are not printed. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, watch, type Session } from './browser.js';

let session: Session;
beforeAll(async () => {
  session = await start();
});
afterAll(() => session.close());

const pagesOf = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('<disclosure-poster> printed', () => {
  for (const src of ['/data/dongguan-hrss-2023.json', '/data/fixtures/busy-agency.json'])
    it(`fits one A4 page, the poster alone: ${src}`, async () => {
      const page = await session.browser.newPage({ viewport: { width: 900, height: 800 } });
      const messages = watch(page);
      // A page of the test server's own, so that the poster's report is fetched from its origin.
      await page.route('**/poster-print.html', (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script src="/dist/disclosure-charts.poster.min.js"></script></head>
            <body><disclosure-poster src="${src}"></disclosure-poster></body></html>`,
        }),
      );
      await page.goto(`${session.url}/poster-print.html`);
      await page.locator('disclosure-poster svg[part~=poster]').waitFor();
      // The table opens for print in every other widget; the poster prints the poster only.
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() => {
        const root = document.querySelector('disclosure-poster')!.shadowRoot!;
        const visible = (selector: string) => [...root.querySelectorAll(selector)].some((e) => (e as HTMLElement).getBoundingClientRect().height > 0);
        return { poster: visible('svg[part~=poster]'), table: visible('[part~=table-toggle]'), downloads: visible('[part~=downloads]'), summary: visible('[part~=summary]') };
      });
      expect(shown).toEqual({ poster: true, table: false, downloads: false, summary: false });
      expect(pagesOf(await page.pdf({ format: 'A4' }))).toBe(1);
      expect(messages).toEqual([]);
      await page.close();
    });
});
