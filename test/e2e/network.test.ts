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

/** A promise with its resolve function, for the server to tell a test where it is. */
function signal() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
const signals = new Map<string, ReturnType<typeof signal>>();
/** The signal called `name`: made by whichever of the server and the test asks first. */
const named = (name: string) => signals.get(name) ?? signals.set(name, signal()).get(name)!;

/** Resolves once the server has sent its answer to the request with `?id=<id>`. */
const answered = (id: string) => named(`answered ${id}`).promise;
/** Lets the server answer the request to `/net/held?id=<id>`. */
const release = (id: string) => named(`release ${id}`).resolve();

let session: Session;
beforeAll(async () => {
  session = await start({
    route: async (url, _request, response) => {
      if (!url.pathname.startsWith('/net/')) return false;
      const json = { 'Content-Type': 'application/json; charset=utf-8' };
      const id = url.searchParams.get('id');
      switch (url.pathname) {
        case '/net/slow':
          await sleep(Number(url.searchParams.get('ms') ?? 500));
          response.writeHead(200, json).end(url.searchParams.get('report') === 'busy' ? BUSY : DONGGUAN);
          if (id) named(`answered ${id}`).resolve();
          return true;
        case '/net/held':
          // As slow as the test needs: answered when the test releases it, not after a guessed time.
          await named(`release ${id}`).promise;
          response.writeHead(200, json).end(DONGGUAN);
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

/**
 * Wraps the page's fetch so the test can wait until the page is done with the answer to a URL:
 * its body read to the end, or the request failed (aborted). `settled(page, part)` then waits
 * for that, for one turn of the event loop (what the element does with an answer it has read
 * takes only microtasks) and for the element's pending update.
 */
async function trackFetches(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { fetched: { url: string; done: Promise<string> }[] };
    w.fetched = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      let done!: (how: string) => void;
      w.fetched.push({ url: String(input instanceof Request ? input.url : input), done: new Promise((r) => (done = r)) });
      return original(input, init).then(
        (response) => {
          // The same answer, with word of when its body has been read to the end.
          const { readable, writable } = new TransformStream({ flush: () => done('read') });
          response.body!.pipeTo(writable).catch(() => done('failed'));
          return new Response(readable, { status: response.status, statusText: response.statusText, headers: response.headers });
        },
        (error) => {
          done('failed');
          throw error;
        },
      );
    };
  });
}

const settled = (page: Page, part: string) =>
  page.evaluate(async (part) => {
    const w = window as unknown as { fetched: { url: string; done: Promise<string> }[] };
    const fetched = w.fetched.filter((f) => f.url.includes(part));
    if (fetched.length !== 1) throw new Error(`${fetched.length} fetches of ${part}`);
    const how = await fetched[0]!.done;
    await new Promise((r) => setTimeout(r));
    await (document.querySelector('#host disclosure-outcomes') as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    return how;
  }, part);

async function newPage() {
  const page = await session.browser.newPage();
  const messages = watch(page);
  await page.goto(`${session.url}/test/e2e/pages/blank.html`);
  return { page, messages };
}

describe('src over the network', () => {
  it('shows the loading state with aria-busy while a slow answer comes, then the chart', async () => {
    const { page } = await newPage();
    const el = await load(page, '/net/held?id=first');
    await el.locator('[part~=loading]').waitFor();
    expect(await el.locator('figure').getAttribute('aria-busy')).toBe('true');
    release('first');
    await el.locator('[part~=mark]').first().waitFor();
    expect(await el.locator('[part~=loading]').count()).toBe(0);
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
    await trackFetches(page);
    const el = await load(page, '/net/slow?ms=1200&report=busy&id=old');
    await el.locator('[part~=loading]').waitFor();
    await page.evaluate(() => document.querySelector('#host disclosure-outcomes')!.setAttribute('src', '/net/slow?ms=100'));
    await el.locator('[part~=mark]').first().waitFor();
    expect(await el.locator('[part~=subtitle]').textContent()).toBe('东莞市人力资源和社会保障局 · 2023年');
    // The first, slower answer (another agency's report) has been sent, and the page is done
    // with it: read, or its request aborted.
    await answered('old');
    expect(['read', 'failed']).toContain(await settled(page, 'id=old'));
    expect(await el.locator('[part~=subtitle]').textContent()).toBe('东莞市人力资源和社会保障局 · 2023年');
    expect(await events(page)).toEqual(['dc-load']);
    expect(messages).toEqual([]);
    await page.close();
  });
});
