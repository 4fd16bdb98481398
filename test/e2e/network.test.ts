/**
 * Loading by `src` over a real (loopback) network: slow, hanging, failing, mistyped, broken
 * and oversized answers, and a `src` changed while a load is in flight.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, watch, type Session } from './browser.js';

const DONGGUAN = readFileSync(new URL('../../data/dongguan-hrss-2023.json', import.meta.url));
const BUSY = readFileSync(new URL('../../data/fixtures/busy-agency.json', import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let session: Session;
beforeAll(async () => {
  session = await start({
    route: async (url, _request, response) => {
      if (!url.pathname.startsWith('/net/')) return false;
      const json = { 'Content-Type': 'application/json; charset=utf-8' };
      switch (url.pathname) {
        case '/net/slow':
          await sleep(Number(url.searchParams.get('ms') ?? 500));
          response.writeHead(200, json).end(url.searchParams.get('report') === 'busy' ? BUSY : DONGGUAN);
          return true;
        case '/net/hang':
          response.writeHead(200, json); // headers, then nothing until the client gives up
          response.on('close', () => response.destroy());
          return true;
        case '/net/500':
          response.writeHead(500, { 'Content-Type': 'text/plain' }).end('Internal Server Error');
          return true;
        case '/net/html':
          response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>登录</title>');
          return true;
        case '/net/octet':
          response.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(DONGGUAN);
          return true;
        case '/net/invalid':
          response.writeHead(200, json).end('{"schemaVersion": 1,,}');
          return true;
        case '/net/big': {
          // 6 MB without Content-Length: the cap must stop reading, not the header.
          response.writeHead(200, json);
          const chunk = Buffer.alloc(64 * 1024, 0x20);
          for (let sent = 0; sent < 6 * 1024 * 1024 && !response.destroyed; sent += chunk.length) {
            if (!response.write(chunk)) await new Promise((r) => response.once('drain', r));
          }
          response.end();
          return true;
        }
        case '/net/big-declared':
          response.writeHead(200, { ...json, 'Content-Length': String(6 * 1024 * 1024) }).end(Buffer.alloc(6 * 1024 * 1024, 0x20));
          return true;
      }
      return false;
    },
  });
});
afterAll(() => session.close());

/** Mounts an element with `src` (and optional attributes) and records its events. */
async function load(page: Page, src: string, attributes = '') {
  await page.evaluate(
    ({ src, attributes }) => {
      document.body.insertAdjacentElement('beforeend', Object.assign(document.createElement('div'), { id: 'host' }));
      const host = document.getElementById('host')!;
      const el = document.createElement('disclosure-outcomes');
      for (const part of attributes.split(' ').filter(Boolean)) {
        const [name, value = ''] = part.split('=');
        el.setAttribute(name!, value);
      }
      const w = window as unknown as { events: string[] };
      w.events = [];
      el.addEventListener('dc-load', () => w.events.push('dc-load'));
      el.addEventListener('dc-error', (e) => w.events.push(`dc-error: ${(e as CustomEvent).detail.problems[0].message}`));
      el.setAttribute('src', src);
      host.append(el);
    },
    { src, attributes },
  );
  return page.locator('#host disclosure-outcomes');
}

const events = (page: Page) => page.evaluate(() => (window as unknown as { events: string[] }).events);

async function newPage() {
  const page = await session.browser.newPage();
  const messages = watch(page);
  await page.goto(`${session.url}/test/e2e/pages/blank.html`);
  return { page, messages };
}

describe('src over the network', () => {
  it('shows the loading state with aria-busy while a slow answer comes, then the chart', async () => {
    const { page } = await newPage();
    const el = await load(page, '/net/slow?ms=800');
    await el.locator('[part~=loading]').waitFor();
    expect(await el.locator('figure').getAttribute('aria-busy')).toBe('true');
    await el.locator('[part~=mark]').first().waitFor();
    expect(await el.locator('figure').getAttribute('aria-busy')).toBe('false');
    expect(await events(page)).toEqual(['dc-load']);
    await page.close();
  });

  it('gives up after `timeout` ms and says so', async () => {
    const { page } = await newPage();
    const el = await load(page, '/net/hang', 'timeout=600');
    await el.locator('[part~=error]').waitFor({ timeout: 5000 });
    expect(await el.locator('[part~=error]').textContent()).toContain('无法读取 /net/hang：0.6秒内未收到回应');
    expect(await events(page)).toEqual(['dc-error: 无法读取 /net/hang：0.6秒内未收到回应']);
    await page.close();
  });

  it.each([
    ['/net/500', '服务器返回 HTTP 500'],
    ['/net/no-such-file.json', '服务器返回 HTTP 404'],
    ['/net/html', '服务器返回的是 text/html，不是 JSON 数据'],
    ['/net/invalid', '不是有效的 JSON'],
    ['/net/big', '文件超过 5 MB 的上限'],
    ['/net/big-declared', '文件超过 5 MB 的上限'],
  ])('%s: an error that says why, and dc-error', async (src, why) => {
    const { page } = await newPage();
    const el = await load(page, src);
    await el.locator('[part~=error]').waitFor({ timeout: 10_000 });
    expect(await el.locator('[part~=error]').textContent()).toContain(why);
    const fired = await events(page);
    expect(fired).toHaveLength(1);
    expect(fired[0]).toContain(why);
    await page.close();
  });

  it('accepts JSON served as application/octet-stream, as many servers send .json', async () => {
    const { page } = await newPage();
    const el = await load(page, '/net/octet');
    await el.locator('[part~=mark]').first().waitFor();
    expect(await events(page)).toEqual(['dc-load']);
    await page.close();
  });

  it('never shows an old answer when src changes while it is in flight', async () => {
    const { page, messages } = await newPage();
    const el = await load(page, '/net/slow?ms=1200&report=busy');
    await el.locator('[part~=loading]').waitFor();
    await page.evaluate(() => document.querySelector('#host disclosure-outcomes')!.setAttribute('src', '/net/slow?ms=100'));
    await el.locator('[part~=mark]').first().waitFor();
    await sleep(1600); // the first, slower answer would have arrived by now
    expect(await el.locator('[part~=subtitle]').textContent()).toBe('东莞市人力资源和社会保障局 · 2023年');
    expect(await events(page)).toEqual(['dc-load']);
    expect(messages).toEqual([]);
    await page.close();
  });
});
