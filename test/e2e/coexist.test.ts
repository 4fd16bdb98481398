/**
 * Sharing a page: the bundle twice, the bundle beside the ES module build, a name the site
 * already uses, elements written before the script, and browsers without custom elements.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, watch, type Session } from './browser.js';

let session: Session;
beforeAll(async () => {
  // The ES module build as a site's bundler would ship it: its own copy of Lit and all.
  mkdirSync(new URL('../../test-results/', import.meta.url), { recursive: true });
  const entry = new URL('../../test-results/esm-entry.js', import.meta.url);
  writeFileSync(entry, "import { DisclosureOutcomes } from '../dist/index.js';\nwindow.esmClass = DisclosureOutcomes;\n");
  const bundle = await rollup({ input: entry.pathname, plugins: [nodeResolve({ exportConditions: ['production'] })], onwarn: () => {} });
  await bundle.write({ file: new URL('../../test-results/esm-app.js', import.meta.url).pathname, format: 'es' });
  session = await start();
});
afterAll(() => session.close());

const warningsOf = (messages: string[]) => messages.filter((m) => m.startsWith('warning:'));

describe('two copies on one page', () => {
  it('the bundle loaded twice: no error, one warning, the first definition kept', async () => {
    const page = await session.browser.newPage();
    const messages = watch(page);
    await page.goto(`${session.url}/test/e2e/pages/twice.html`);
    await page.locator('disclosure-outcomes [part~=mark]').first().waitFor();
    await page.locator('site-traffic [part~=mark]').first().waitFor();
    expect(messages.filter((m) => !m.startsWith('warning:'))).toEqual([]);
    expect(warningsOf(messages)).toEqual([
      'warning: disclosure-charts: <disclosure-outcomes>, <site-traffic>, <review-litigation>, <enforcement-counts>, <disclosure-report> already defined on this page; keeping the first definition.',
    ]);
    await page.close();
  });

  it('the bundle and the ES module build: no error, one warning, the bundle’s element draws', async () => {
    const page = await session.browser.newPage();
    const messages = watch(page);
    await page.goto(`${session.url}/test/e2e/pages/with-esm.html`);
    await page.waitForFunction(() => 'esmClass' in window);
    await page.locator('disclosure-outcomes [part~=mark]').first().waitFor();
    const kept = await page.evaluate(() => customElements.get('disclosure-outcomes') !== (window as any).esmClass);
    expect(kept).toBe(true);
    expect(messages.filter((m) => !m.startsWith('warning:'))).toEqual([]);
    expect(warningsOf(messages)).toEqual([
      'warning: disclosure-charts: <disclosure-outcomes>, <site-traffic>, <review-litigation>, <enforcement-counts>, <disclosure-report> already defined on this page; keeping the first definition.',
    ]);
    await page.close();
  });

  it('a name the site already defined stays the site’s; the others work', async () => {
    const page = await session.browser.newPage();
    const messages = watch(page);
    await page.goto(`${session.url}/test/e2e/pages/predefined.html`);
    await page.locator('disclosure-outcomes [part~=mark]').first().waitFor();
    expect(await page.locator('site-traffic').getAttribute('data-mine')).toBe('yes');
    expect(await page.locator('site-traffic').textContent()).toBe("the site's own element");
    expect(warningsOf(messages)).toEqual([
      'warning: disclosure-charts: <site-traffic> already defined on this page; keeping the first definition.',
    ]);
    expect(messages.filter((m) => !m.startsWith('warning:'))).toEqual([]);
    await page.close();
  });

  it('elements written before an async script upgrade when it arrives', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.url}/test/e2e/pages/twice.html`);
    await page.locator('disclosure-outcomes [part~=mark]').first().waitFor();
    expect(await page.locator('disclosure-outcomes .fallback').isVisible()).toBe(false);
    await page.close();
  });
});

describe('browsers without custom elements', () => {
  it('keep the fallback content visible and raise no error', async () => {
    const page = await session.browser.newPage();
    const messages = watch(page);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'customElements', { value: undefined, configurable: true });
    });
    await page.goto(`${session.url}/test/e2e/pages/fallback.html`);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => window.customElements)).toBeUndefined();
    expect(await page.locator('.fallback').isVisible()).toBe(true);
    expect(await page.locator('.fallback a').getAttribute('href')).toBe('/data/dongguan-hrss-2023.json');
    expect(messages).toEqual([]);
    await page.close();
  });
});
