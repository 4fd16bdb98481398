/**
 * The poster bundle (dist/disclosure-charts.poster.min.js) as a site loads it: by a script tag,
 * under the strict Content-Security-Policy with Trusted Types the README asks sites to allow.
 * Its exports are drawn on a canvas from the poster's shapes: no blob: image, no inline style.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRICT_CSP, start, watch, type Session } from './browser.js';

let session: Session;
beforeAll(async () => {
  session = await start({ headers: (path): Record<string, string> => (path.startsWith('/test/e2e/pages/csp/') ? { 'Content-Security-Policy': STRICT_CSP } : {}) });
});
afterAll(() => session.close());

const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
/** A PNG's width and height, from its IHDR chunk (bytes 16–23, big-endian). */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

/** The poster `index` on the page exported by toPNG(width): its size, and the colour of the pixel (4, 4). */
const exported = (page: Page, index: number, width: 750 | 1080) =>
  page.evaluate(
    async ({ index, width }) => {
      const el = document.querySelectorAll('disclosure-poster')[index] as HTMLElement & { toPNG(width: number): Promise<Blob | null> };
      const png = await el.toPNG(width);
      if (!png) return null;
      const bitmap = await createImageBitmap(png);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const [r, g, b] = ctx.getImageData(4, 4, 1, 1).data;
      return { type: png.type, width: bitmap.width, height: bitmap.height, corner: `rgb(${r}, ${g}, ${b})` };
    },
    { index, width },
  );

describe('the poster bundle under a strict Content-Security-Policy with Trusted Types', () => {
  it('draws both posters and exports a PNG 1080 px wide, in the agency’s colour, with no violation and no error', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1024, height: 900 } });
    const messages = watch(page);
    const response = await page.goto(`${session.url}/test/e2e/pages/csp/poster.html`);
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
    const [zh, en] = [page.locator('disclosure-poster').nth(0), page.locator('disclosure-poster').nth(1)];
    for (const el of [zh, en]) await el.locator('svg[part~=poster] text').first().waitFor();
    expect(await page.evaluate(() => customElements.get('disclosure-poster') === (window as unknown as { DisclosurePoster: { DisclosurePoster: unknown } }).DisclosurePoster.DisclosurePoster)).toBe(true);
    await expect(zh.locator('[part=title]').textContent()).resolves.toBe('一图读懂');
    await expect(en.locator('[part=title]').textContent()).resolves.toBe('The year at a glance');
    await expect(zh.locator('svg[part~=poster]').getAttribute('aria-label')).resolves.toBe('东莞市人力资源和社会保障局 2023年政府信息公开工作年度报告');
    expect(await en.locator('svg[part~=poster] text').allTextContents()).toContain('Licensing, penalties and coercion');

    const png = await exported(page, 0, 1080);
    expect(png).toMatchObject({ type: 'image/png', width: 1080 });
    expect(png!.height).toBeGreaterThan(1080);
    // The title band in the default light accent (#a8262d), then in the site's own, set through the CSSOM.
    expect(png!.corner).toBe('rgb(168, 38, 45)');
    await zh.evaluate((el) => (el as HTMLElement).style.setProperty('--dc-accent', '#00579d'));
    expect((await exported(page, 0, 1080))!.corner).toBe('rgb(0, 87, 157)');
    // The dark English poster: the dark theme's accent (#ff8f87).
    expect(await exported(page, 1, 750)).toMatchObject({ type: 'image/png', width: 750, corner: 'rgb(255, 143, 135)' });

    expect(await violations(page)).toEqual([]);
    expect(messages).toEqual([]);
    await page.close();
  });

  it('saves the PNG 1080 from the download menu, by keyboard, with no violation', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1024, height: 900 }, acceptDownloads: true });
    const messages = watch(page);
    await page.goto(`${session.url}/test/e2e/pages/csp/poster.html`);
    const zh = page.locator('disclosure-poster').nth(0);
    await zh.locator('svg[part~=poster] text').first().waitFor();
    await zh.locator('[part=downloads] > summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent)).resolves.toBe('图片 1080 像素宽（PNG）');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('东莞市人力资源和社会保障局-2023-poster-1080.png');
    expect(pngSize(await readFile(await download.path())).width).toBe(1080);
    expect(await violations(page)).toEqual([]);
    expect(messages).toEqual([]);
    await page.close();
  });
});
