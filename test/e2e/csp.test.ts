import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRICT_CSP, start, watch, type Session } from './browser.js';

let session: Session;
beforeAll(async () => {
  session = await start({ headers: (path): Record<string, string> => (path.startsWith('/test/e2e/pages/csp/') ? { 'Content-Security-Policy': STRICT_CSP } : {}) });
});
afterAll(() => session.close());

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  it('draws every widget with no policy violation', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1024, height: 900 } });
    const messages = watch(page);
    const response = await page.goto(`${session.url}/test/e2e/pages/csp/`);
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
    for (const tag of ['disclosure-outcomes', 'site-traffic', 'review-litigation', 'enforcement-counts'])
      await page.locator(`body > ${tag} [part~=mark]`).first().waitFor();
    await page.locator('disclosure-report review-litigation [part~=mark]').first().waitFor();
    await page.locator('body > disclosure-outcomes[lang=en] [part~=error]').waitFor();
    // Hover and focus a mark: the tooltip is placed through the CSSOM, which the policy allows.
    await page.locator('body > disclosure-outcomes [data-chart=outcomes]').first().hover();
    await page.locator('body > disclosure-outcomes [part~=tooltip]').waitFor();
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(messages).toEqual([]);
    await page.close();
  });
});
