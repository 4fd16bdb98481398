import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, watch, type Session } from './browser.js';

let session: Session;
beforeAll(async () => {
  session = await start();
});
afterAll(() => session.close());

describe('the script-tag bundle (dist/disclosure-charts.min.js)', () => {
  it('draws <disclosure-outcomes src> on a plain HTML page', async () => {
    const page = await session.browser.newPage();
    const messages = watch(page);
    await page.goto(`${session.url}/test/e2e/pages/bundle.html`);
    const bars = page.locator('disclosure-outcomes svg rect.bar');
    await bars.first().waitFor();
    expect(await bars.count()).toBeGreaterThanOrEqual(5);
    await expect(page.locator('disclosure-outcomes [part~=summary]').textContent()).resolves.toContain('公开率 76.7%');
    // The fallback paragraph is hidden once the element runs.
    expect(await page.locator('disclosure-outcomes > p').isVisible()).toBe(false);
    expect(messages).toEqual([]);
    await page.close();
  });

  it('exposes the classes on a global for pages without modules', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.url}/test/e2e/pages/bundle.html`);
    const names = await page.evaluate(() => Object.keys((window as any).DisclosureCharts).sort());
    expect(names).toContain('DisclosureOutcomes');
    expect(names).toContain('validateReport');
    await page.close();
  });
});

describe('the demo page (npm start)', () => {
  it('shows the Dongguan report in both languages', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1024, height: 800 } });
    const messages = watch(page);
    await page.goto(`${session.url}/`);
    expect(page.url()).toBe(`${session.url}/demo/`);
    const widgets = page.locator('disclosure-outcomes');
    await widgets.nth(1).locator('svg').first().waitFor();
    await expect(widgets.nth(0).locator('[part~=title]').textContent()).resolves.toBe('政府信息公开申请办理情况');
    await expect(widgets.nth(1).locator('[part~=title]').textContent()).resolves.toBe('Requests for government information');
    expect(messages).toEqual([]);
    await page.close();
  });
});
