/**
 * The README's recipes, built and run: Vue 3 and React 19 apps built with Vite against the
 * package's ES module build, and a plain CMS template with the script-tag bundle.
 */
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, watch, type Session } from './browser.js';

const at = (path: string) => new URL(`../../${path}`, import.meta.url).pathname;

async function buildExample(name: 'vue' | 'react') {
  await build({
    root: at(`examples/${name}`),
    base: `/test-results/examples/${name}/`,
    logLevel: 'warn',
    configFile: false,
    resolve: {
      // As if installed from npm: the package's built ES modules.
      alias: { 'disclosure-charts': at('dist/index.js'), ...(name === 'vue' ? { vue: 'vue/dist/vue.esm-bundler.js' } : {}) },
    },
    define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    build: { outDir: at(`test-results/examples/${name}`), emptyOutDir: true, minify: true },
  });
}

let session: Session;
beforeAll(async () => {
  await buildExample('vue');
  await buildExample('react');
  session = await start();
}, 120_000);
afterAll(() => session?.close());

describe.each(['vue', 'react'] as const)('the %s recipe', (name) => {
  it('passes the report as a property, draws, and hears dc-select', async () => {
    const page = await session.browser.newPage();
    const messages = watch(page);
    await page.goto(`${session.url}/test-results/examples/${name}/index.html`);
    const bar = page.locator('disclosure-outcomes [data-chart=outcomes]').first();
    await bar.waitFor();
    // The report arrived as an object, not as a string attribute.
    expect(await page.evaluate(() => typeof (document.querySelector('disclosure-outcomes') as { report?: unknown }).report)).toBe('object');
    expect(await page.locator('disclosure-outcomes').getAttribute('report')).toBeNull();
    await bar.click();
    await expect.poll(() => page.locator('#selected').textContent()).toBe('予以公开: 56');
    if (name === 'vue') expect(await page.locator('h1').textContent()).toBe('2023 年度报告');
    expect(messages.filter((m) => !m.includes('Lit is in dev mode'))).toEqual([]);
    await page.close();
  });
});

describe('the CMS template recipe', () => {
  it('draws from src and from inline JSON with the script-tag bundle', async () => {
    const page = await session.browser.newPage();
    const messages = watch(page);
    await page.goto(`${session.url}/examples/cms/index.html`);
    await page.locator('disclosure-outcomes [part~=mark]').first().waitFor();
    await page.locator('review-litigation [part~=mark]').first().waitFor();
    expect(await page.locator('disclosure-outcomes > p').isVisible()).toBe(false);
    expect(messages).toEqual([]);
    await page.close();
  });
});
