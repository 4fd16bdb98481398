/** Playwright on Debian's Chromium, for tests of built pages served over HTTP. */
import { chromium, type Browser, type Page } from 'playwright';
import { serve } from '../../scripts/serve.js';
import { chromiumArgs, chromiumPath } from '../chromium.js';

/** The policy the README asks sites to allow us under: nothing inline, no eval, Trusted Types. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export interface Session {
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

export async function start(options: Parameters<typeof serve>[0] = {}): Promise<Session> {
  const { server, url } = await serve(options);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  return {
    browser,
    url,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/** Collects console errors, warnings and uncaught exceptions of a page. */
export function watch(page: Page) {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  return messages;
}
