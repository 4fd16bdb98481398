/** The builder page, driven as a webmaster would: paste, check, edit, copy. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '../parse-variants.js';
import { start, watch, type Session } from './browser.js';

let session: Session;
beforeAll(async () => {
  session = await start();
});
afterAll(() => session.close());

describe('the builder page', () => {
  it('goes from pasted report text to a working embed snippet', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1200, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    const messages = watch(page);
    await page.goto(`${session.url}/demo/builder.html`);

    await page.locator('#source').fill(SEED);
    await page.getByRole('button', { name: /解析/ }).click();
    await expect(page.locator('#issues').textContent()).resolves.toContain('全部数字已读取');

    // The figures, in the form, to check and edit.
    await expect(page.locator('input[name="applications.received.total"]').inputValue()).resolves.toBe('73');
    await expect(page.locator('input[name="proactive.licensing"]').inputValue()).resolves.toBe('1582');
    await expect(page.locator('input[name="agency.name"]').inputValue()).resolves.toBe('东莞市人力资源和社会保障局');
    await expect(page.locator('#checks').textContent()).resolves.toBe('格式正确，勾稽关系全部相符。');

    // The live widgets.
    await page.locator('#preview disclosure-outcomes [part~=mark]').first().waitFor();
    await expect(page.locator('#preview disclosure-outcomes [part~=summary]').textContent()).resolves.toContain('公开率 76.7%');

    // An edit that breaks the accounts is flagged at once, and redrawn.
    await page.locator('input[name="applications.outcomes.disclosed.total"]').fill('60');
    await expect(page.locator('#checks').textContent()).resolves.toContain('勾稽关系不符');
    await page.locator('input[name="applications.outcomes.disclosed.total"]').fill('56');
    await expect(page.locator('#checks').textContent()).resolves.toBe('格式正确，勾稽关系全部相符。');

    // Copy the JSON and the snippet.
    await page.locator('[data-copy=json]').click();
    const json = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    expect(json.applications.outcomes.disclosed.total).toBe(56);
    expect(json.platforms.website.breakdown).toHaveLength(3);
    await page.locator('[data-copy=snippet]').click();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toContain('<disclosure-report>');
    expect(snippet).toContain('<script type="application/json">');
    expect(snippet).toContain('<script src="/js/disclosure-charts.min.js" defer></script>');

    // The snippet works on a page of its own.
    const embed = await context.newPage();
    await embed.goto(`${session.url}/test/e2e/pages/blank.html`);
    await embed.evaluate((html) => {
      const template = document.createElement('template');
      template.setHTMLUnsafe(html.replace(/<script src=[^>]*><\/script>/, ''));
      document.body.append(template.content);
    }, snippet);
    await embed.locator('disclosure-report disclosure-outcomes [part~=mark]').first().waitFor();
    expect(messages).toEqual([]);
    await context.close();
  });

  it('lists what it could not read, for the reader to fill in', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.url}/demo/builder.html`);
    await page.locator('#source').fill(SEED.replace('行政处罚\t278', '行政处罚\t二七八'));
    await page.getByRole('button', { name: /解析/ }).click();
    await expect(page.locator('#issues').textContent()).resolves.toContain('行政处罚 · 本年处理决定数量（无法读取）：不是数字；原文：二七八');
    await expect(page.locator('input[name="proactive.penalties"]').inputValue()).resolves.toBe('');
    // The cell is marked, and its section says that a cell is to be filled in by hand.
    await expect(page.locator('input[name="proactive.penalties"]').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('fieldset', { hasText: '二、主动公开政府信息情况' }).locator('.issue').textContent()).resolves.toBe('1 处未能读取（已标出），请手工填写。');
    await page.locator('input[name="proactive.penalties"]').fill('278');
    await expect(page.locator('#json').inputValue()).resolves.toContain('"penalties": 278');
    await page.close();
  });

  it('says a section it could not read is to be filled in, and offers fields for categories and accounts', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.url}/demo/builder.html`);
    // Section 四's table cut out: its header words and figures gone.
    const start = SEED.indexOf('#### 四、');
    const end = SEED.indexOf('#### 五、');
    await page.locator('#source').fill(SEED.slice(0, start) + SEED.slice(end));
    await page.getByRole('button', { name: /解析/ }).click();
    await expect(page.locator('fieldset', { hasText: '四、行政复议、行政诉讼情况' }).locator('.issue').textContent()).resolves.toBe('未能读取，请手工填写。');
    await expect(page.locator('#issues').textContent()).resolves.toContain('四、行政复议、行政诉讼情况（未找到）：未找到此部分的表格');
    // The preview says the same, never that the report leaves the section out.
    const note = page.locator('#preview [data-section=reviewLitigation] .note');
    await expect(note.textContent()).resolves.toBe('未能从报告原文读取此部分，请手工填写。');
    // The website's categories and the account, read from the overview, are there to edit.
    await expect(page.locator('input[name="platforms.website.breakdown.1.label"]').inputValue()).resolves.toBe('公告');
    await page.locator('input[name="platforms.website.breakdown.1.count"]').fill('600');
    await expect(page.locator('#json').inputValue()).resolves.toContain('"count": 600');
    await expect(page.locator('input[name="platforms.newMedia.0.name"]').inputValue()).resolves.toBe('东莞人社');
    await page.getByRole('button', { name: '添加账号' }).click();
    await page.locator('input[name="platforms.newMedia.1.name"]').fill('东莞人社微博');
    await page.locator('select[name="platforms.newMedia.1.platform"]').selectOption('weibo');
    await expect(page.locator('#json').inputValue()).resolves.toContain('"platform": "weibo"');
    await page.close();
  });
});
