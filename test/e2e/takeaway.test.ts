/**
 * What readers take away: the data as CSV, the chart as SVG and PNG, from a menu they reach
 * by keyboard; and the printed page.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, watch, type Session } from './browser.js';

let session: Session;
beforeAll(async () => {
  session = await start();
});
afterAll(() => session.close());

const TAGS = ['disclosure-outcomes', 'site-traffic', 'review-litigation', 'enforcement-counts'] as const;

async function openBundlePage() {
  const context = await session.browser.newContext({ acceptDownloads: true, viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const messages = watch(page);
  await page.goto(`${session.url}/test/e2e/pages/bundle.html`);
  for (const tag of TAGS) await page.locator(`body > ${tag} [part~=mark]`).first().waitFor();
  return { context, page, messages };
}

/** Opens a widget's download menu and chooses a format, by keyboard only. */
async function downloadByKeyboard(page: Page, tag: string, nth: number) {
  await page.locator(`body > ${tag} [part~=downloads] summary`).focus();
  await page.keyboard.press('Enter');
  for (let i = 0; i <= nth; i++) await page.keyboard.press('Tab');
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return { name: file.suggestedFilename(), body: await readFile((await file.path())!) };
}

describe('downloads', () => {
  it('the data as CSV: UTF-8 with a BOM, the national form’s names, every figure once', async () => {
    const { context, page, messages } = await openBundlePage();
    const { name, body } = await downloadByKeyboard(page, 'disclosure-outcomes', 0);
    expect(name).toBe('东莞市人力资源和社会保障局-2023-applications.csv');
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('项目,项目,项目,申请人情况,申请人情况,申请人情况,申请人情况,申请人情况,申请人情况,申请人情况');
    expect(lines[2]).toBe('项目,项目,项目,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计');
    expect(lines).toContain('一、本年新收政府信息公开申请数量,一、本年新收政府信息公开申请数量,一、本年新收政府信息公开申请数量,71,2,0,0,0,0,73');
    expect(lines).toContain('三、本年度办理结果,（四）无法提供,1. 本机关不掌握相关政府信息,9,0,0,0,0,0,9');
    const traffic = await downloadByKeyboard(page, 'site-traffic', 0);
    expect(traffic.name).toBe('东莞市人力资源和社会保障局-2023-platforms.csv');
    expect(traffic.body.toString('utf8')).toContain('类别,政务动态,522');
    const enforcement = (await downloadByKeyboard(page, 'enforcement-counts', 0)).body.toString('utf8');
    // A value spanning three columns is written once.
    expect(enforcement).toContain('行政处罚,278,,');
    expect(messages).toEqual([]);
    await context.close();
  });

  it('the chart as a standalone SVG with its colours and words', async () => {
    const { context, page } = await openBundlePage();
    const { name, body } = await downloadByKeyboard(page, 'disclosure-outcomes', 1);
    expect(name).toBe('东莞市人力资源和社会保障局-2023-applications.svg');
    const svg = body.toString('utf8');
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('政府信息公开申请办理情况');
    expect(svg).toContain('予以公开');
    expect(svg).toContain('56件 · 76.7%');
    expect(svg).toContain('fill="rgb(29, 95, 168)"');
    expect(svg).not.toMatch(/class=|data-chart|tabindex/);
    // It opens as an image on its own.
    const viewer = await context.newPage();
    await viewer.setContent(`<img id="i" src="data:image/svg+xml;base64,${body.toString('base64')}">`);
    expect(await viewer.evaluate(() => new Promise((r) => { const i = document.getElementById('i') as HTMLImageElement; i.decode().then(() => r(i.naturalWidth), () => r(0)); }))).toBeGreaterThan(300);
    await context.close();
  });

  it('the chart as a PNG', async () => {
    const { context, page } = await openBundlePage();
    const { name, body } = await downloadByKeyboard(page, 'review-litigation', 2);
    expect(name).toBe('东莞市人力资源和社会保障局-2023-reviewLitigation.png');
    expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = body.readUInt32BE(16);
    const height = body.readUInt32BE(20);
    expect(width).toBeGreaterThan(600);
    expect(height).toBeGreaterThan(150);
    await context.close();
  });

  it('hide-downloads removes the menu', async () => {
    const { context, page } = await openBundlePage();
    await page.evaluate(() => document.querySelector('body > site-traffic')!.setAttribute('hide-downloads', ''));
    await expect.poll(() => page.locator('body > site-traffic [part~=downloads]').count()).toBe(0);
    expect(await page.locator('body > disclosure-outcomes [part~=downloads]').count()).toBe(1);
    await context.close();
  });
});

describe('print', () => {
  it('prints every chart in black and white with its title, summary and table, and no controls', async () => {
    const { context, page, messages } = await openBundlePage();
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const seen = await page.evaluate((tags) =>
      tags.map((tag) => {
        const root = document.querySelector(`body > ${tag}`)!.shadowRoot!;
        const shown = (el: Element | null) => !!el && el.checkVisibility();
        return {
          tag,
          title: shown(root.querySelector('[part~=title]')),
          summary: shown(root.querySelector('[part~=summary]')),
          table: !!root.querySelector('table') && shown(root.querySelector('table')),
          controls: [...root.querySelectorAll('summary, button, [part~=downloads]')].some(shown),
          marks: root.querySelectorAll('[part~=mark]').length,
          colours: [...new Set([...root.querySelectorAll('[part~=mark]')].map((m) => getComputedStyle(m).fill))],
          charts: root.querySelectorAll('.chart').length,
          whole: [...root.querySelectorAll('.chart')].every((c) => getComputedStyle(c).breakInside === 'avoid'),
        };
      }),
    TAGS);
    for (const s of seen) {
      expect(s, s.tag).toMatchObject({ title: true, table: true, controls: false, whole: true });
      // Every widget draws charts with marks for the Dongguan report, and prints them too.
      expect(s.charts, s.tag).toBeGreaterThan(0);
      expect(s.marks, s.tag).toBeGreaterThan(0);
      for (const colour of s.colours) expect(['rgb(34, 34, 34)', 'rgb(187, 187, 187)', 'rgb(255, 255, 255)'], `${s.tag} ${colour}`).toContain(colour);
    }
    expect(seen.filter((s) => s.summary).length).toBe(4);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => page.locator('body > site-traffic table').count()).toBe(0);
    expect(messages).toEqual([]);
    await context.close();
  });
});
