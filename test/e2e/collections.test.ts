/**
 * The collections bundle (dist/disclosure-charts.collections.min.js) as a site loads it: by a
 * script tag, under the strict Content-Security-Policy with Trusted Types the README asks sites
 * to allow, and beside the one-report bundle.
 */
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRICT_CSP, start, watch, type Session } from './browser.js';

let session: Session;
beforeAll(async () => {
  session = await start({ headers: (path): Record<string, string> => (path.startsWith('/test/e2e/pages/csp/') ? { 'Content-Security-Policy': STRICT_CSP } : {}) });
});
afterAll(() => session.close());

/** The one console message the trend of Pingtan should give: its log of the three cross-year mismatches. */
const CROSS_YEAR = /^warning: disclosure-charts: figures that do not add up/;
const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

describe('the collections bundle under a strict Content-Security-Policy with Trusted Types', () => {
  it('draws both elements, the trend from a collection of URLs, and shows tooltips, with no violation and no error', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1024, height: 900 } });
    const messages = watch(page);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const response = await page.goto(`${session.url}/test/e2e/pages/csp/collections.html`);
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
    const trend = page.locator('disclosure-trend');
    const compare = page.locator('disclosure-compare:not([lang])');
    const english = page.locator('disclosure-compare[lang=en]');
    for (const el of [trend, compare, english]) await el.locator('[part~=mark]').first().waitFor();
    // Each report of the collection was fetched from beside the collection, not the page.
    for (let year = 2019; year <= 2025; year++) expect(fetched).toContain(`/data/collections/pingtan/${year}.json`);
    expect(await trend.locator('[data-chart=requests]').count()).toBe(7);
    expect(await trend.locator('[part=notice] li').count()).toBe(3);
    // Hover a mark of each: the tooltip is placed through the CSSOM, which the policy allows.
    await trend.locator('[data-chart=requests][data-index="4"]').hover();
    await expect(trend.locator('[part~=tooltip]').textContent()).resolves.toContain('2023年');
    expect(await trend.locator('[part~=tooltip]').evaluate((el) => (el as HTMLElement).style.top)).toMatch(/^\d+px$/);
    await compare.locator('[data-chart=ranks]').nth(5).hover();
    await expect(compare.locator('[part~=tooltip]').textContent()).resolves.toContain('示例县总工会');
    // The controls work under the policy: all 60 agencies, then ranked by disclosure rate.
    await compare.locator('button[part=more]').click();
    await expect.poll(() => compare.locator('[data-chart=ranks]').count()).toBe(60);
    await compare.locator('input[value=disclosureRate]').check();
    await expect.poll(() => compare.locator('[data-chart=ranks]').first().getAttribute('aria-label')).toMatch(/公开率/);
    await expect(english.locator('[part=title]').textContent()).resolves.toBe('Information requests compared across agencies');
    expect(await violations(page)).toEqual([]);
    expect(messages.filter((m) => !CROSS_YEAR.test(m))).toEqual([]);
    expect(messages.filter((m) => CROSS_YEAR.test(m))).toHaveLength(1);
    await page.close();
  });
});

describe('the collections bundle beside disclosure-charts.min.js', () => {
  const PAGE = '/test/e2e/pages/csp/collections-beside.html';

  /** Checks each bundle's elements are its own, and that every element on the page draws. */
  async function expectBothDrawn(page: Page) {
    const defined = await page.evaluate(() => {
      const w = window as unknown as Record<string, Record<string, unknown> | undefined>;
      return {
        trend: customElements.get('disclosure-trend') === w.DisclosureCollections?.DisclosureTrend,
        compare: customElements.get('disclosure-compare') === w.DisclosureCollections?.DisclosureCompare,
        outcomes: customElements.get('disclosure-outcomes') === w.DisclosureCharts?.DisclosureOutcomes,
      };
    });
    expect(defined).toEqual({ trend: true, compare: true, outcomes: true });
    for (const tag of ['disclosure-outcomes', 'disclosure-compare', 'disclosure-trend']) await page.locator(`${tag} [part~=mark]`).first().waitFor();
    await expect(page.locator('disclosure-outcomes [part~=summary]').textContent()).resolves.toContain('公开率76.7%');
  }

  /** Opens the page with this policy header in place of the one it is served with (none: no header). */
  async function open(policy?: string) {
    const page = await session.browser.newPage();
    await page.route(`**${PAGE}`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-security-policy'];
      if (policy) headers['content-security-policy'] = policy;
      await route.fulfill({ response, headers });
    });
    const messages = watch(page);
    const response = await page.goto(`${session.url}${PAGE}`);
    expect(response?.headers()['content-security-policy']).toBe(policy);
    return { page, messages };
  }

  it('defines both tags and its global; every element draws, with no error (no CSP)', async () => {
    const { page, messages } = await open();
    await expectBothDrawn(page);
    expect(messages).toEqual([]);
    await page.close();
  });

  it("loads under the strict CSP with 'allow-duplicates', as the README says for two bundles on one page", async () => {
    // Each bundle carries its own Lit, and each Lit creates its Trusted Types policy, `lit-html`.
    const { page, messages } = await open(`${STRICT_CSP} 'allow-duplicates'`);
    await expectBothDrawn(page);
    expect(await violations(page)).toEqual([]);
    expect(messages).toEqual([]);
    await page.close();
  });

  it("without 'allow-duplicates' the second bundle's policy is refused: the first bundle's widgets still draw", async () => {
    const { page, messages } = await open(STRICT_CSP);
    await page.locator('disclosure-outcomes [part~=mark]').first().waitFor();
    expect(await page.evaluate(() => customElements.get('disclosure-trend'))).toBeUndefined();
    expect(messages.some((m) => m.includes('lit-html'))).toBe(true);
    await page.close();
  });
});
