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
    const bars = page.locator('body > disclosure-outcomes svg rect.bar');
    await bars.first().waitFor();
    expect(await bars.count()).toBeGreaterThanOrEqual(5);
    await expect(page.locator('body > disclosure-outcomes [part~=summary]').textContent()).resolves.toContain('公开率76.7%');
    // The fallback paragraph is hidden once the element runs.
    expect(await page.locator('disclosure-outcomes > p').isVisible()).toBe(false);
    expect(messages).toEqual([]);
    await page.close();
  });

  it.each([
    ['site-traffic', 'svg rect[part~=segment]', '303万次'],
    ['review-litigation', 'svg rect[part~=segment]', '结果维持'],
    ['enforcement-counts', 'svg circle[part~=dot]', '1,582件'],
    ['disclosure-report', 'disclosure-outcomes svg rect.bar', '三、收到和处理政府信息公开申请情况'],
  ])('draws <%s src> on the same page', async (tag, mark, words) => {
    const page = await session.browser.newPage();
    const messages = watch(page);
    await page.goto(`${session.url}/test/e2e/pages/bundle.html`);
    const el = page.locator(`body > ${tag}`);
    await el.locator(mark).first().waitFor();
    expect(await el.locator(`text=${words}`).count()).toBeGreaterThan(0);
    expect(await page.locator(`${tag} > p`).isVisible()).toBe(false);
    expect(messages).toEqual([]);
    await page.close();
  });

  it('exposes the classes on a global for pages without modules', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.url}/test/e2e/pages/bundle.html`);
    const names = await page.evaluate(() => Object.keys((window as any).DisclosureCharts).sort());
    for (const name of ['DisclosureOutcomes', 'SiteTraffic', 'ReviewLitigation', 'EnforcementCounts', 'DisclosureReport'])
      expect(names).toContain(name);
    expect(names).toContain('validateReport');
    await page.close();
  });
});

describe('the demo page (npm start)', () => {
  it('shows every widget on the Dongguan report in both languages', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1024, height: 800 } });
    const messages = watch(page);
    await page.goto(`${session.url}/`);
    expect(page.url()).toBe(`${session.url}/demo/`);
    const widgets = page.locator('.grid > *');
    expect(await widgets.count()).toBe(8);
    for (let i = 0; i < 8; i++) await widgets.nth(i).locator('svg').first().waitFor();
    await expect(widgets.nth(0).locator('[part~=title]').textContent()).resolves.toBe('政府信息公开申请办理情况');
    await expect(widgets.nth(4).locator('[part~=title]').textContent()).resolves.toBe('Requests for government information');
    expect(messages).toEqual([]);
    await page.close();
  });

  it('shows the whole report in one tag, in Chinese and English', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1024, height: 800 } });
    const messages = watch(page);
    await page.goto(`${session.url}/demo/report.html`);
    const report = page.locator('disclosure-report');
    await report.locator('review-litigation svg').first().waitFor();
    expect(await report.locator('[part~=section]').count()).toBe(6);
    await page.goto(`${session.url}/demo/report.html?lang=en`);
    await report.locator('review-litigation svg').first().waitFor();
    await expect(report.locator('[part~=title]').first().textContent()).resolves.toBe('Government information disclosure report 2023');
    expect(messages).toEqual([]);
    await page.close();
  });
});
