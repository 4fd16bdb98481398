/**
 * fetchReportText over a real (loopback) HTTP server, in Node: what is accepted, what is
 * refused and why. (The browser tests and test/e2e/network.test.ts cover it in Chromium; this
 * lets mutation testing see it.)
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchReportText, LoadFailure } from '../../src/report/load.js';

let server: Server;
const held: (() => void)[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '';
    if (path === '/report.json') return response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end('{"年":2023}');
    if (path === '/plain.json') return response.writeHead(200, { 'Content-Type': 'text/plain' }).end('{}');
    if (path === '/untyped.json') return response.writeHead(200).end('{}');
    if (path === '/page.html') return response.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>');
    if (path === '/missing.json') return response.writeHead(404).end();
    if (path === '/declared-big.json') return response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '2000' }).end('x'.repeat(2000));
    if (path === '/streamed-big.json') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      for (let i = 0; i < 20; i++) response.write('x'.repeat(100));
      return response.end();
    }
    if (path === '/hang.json') return void held.push(() => response.end());
    response.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // fetchReportText resolves src against the page, as a browser does.
  (globalThis as { document?: unknown }).document = { baseURI: `http://127.0.0.1:${port}/reports/` };
});

afterAll(async () => {
  for (const end of held) end();
  delete (globalThis as { document?: unknown }).document;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const failure = (src: string, options = {}) => fetchReportText(src, options).then(() => undefined, (e: unknown) => e);

describe('fetchReportText', () => {
  it('reads JSON as UTF-8, by a URL relative to the page', async () => {
    expect(await fetchReportText('/report.json')).toBe('{"年":2023}');
  });

  it('takes text/plain and a body without a type, as servers send .json files', async () => {
    expect(await fetchReportText('/plain.json')).toBe('{}');
    expect(await fetchReportText('/untyped.json')).toBe('{}');
  });

  it('refuses an HTML page, naming its type', async () => {
    expect(await failure('/page.html')).toMatchObject({ url: '/page.html', problem: { reason: 'type', type: 'text/html' } });
  });

  it('names an HTTP error by its status', async () => {
    const e = await failure('/missing.json');
    expect(e).toBeInstanceOf(LoadFailure);
    expect(e).toMatchObject({ problem: { reason: 'http', status: 404 }, message: '/missing.json: http' });
  });

  it('refuses a body over maxBytes, whether declared or streamed, naming the limit', async () => {
    expect(await failure('/declared-big.json', { maxBytes: 1000 })).toMatchObject({ problem: { reason: 'tooLarge', limit: 1000 } });
    expect(await failure('/streamed-big.json', { maxBytes: 1000 })).toMatchObject({ problem: { reason: 'tooLarge', limit: 1000 } });
    // At the limit exactly, it is read.
    expect(await fetchReportText('/streamed-big.json', { maxBytes: 2000 })).toHaveLength(2000);
  });

  it('gives up after the time allowed, in seconds', async () => {
    expect(await failure('/hang.json', { timeout: 50 })).toMatchObject({ problem: { reason: 'timeout', seconds: 0.05 } });
  });

  it('rejects with the caller\'s own reason when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = failure('/hang.json', { signal: controller.signal });
    controller.abort('superseded');
    expect(await pending).toBe('superseded');
  });

  it('keeps the network error as the cause when there is no answer at all', async () => {
    const e = (await failure('http://127.0.0.1:9/report.json')) as LoadFailure;
    expect(e.problem).toEqual({ reason: 'network' });
    expect(e.cause).toBeInstanceOf(Error);
  });
});
