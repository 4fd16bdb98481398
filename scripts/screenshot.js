// Screenshots of a page in Debian's Chromium, for looking at what we draw:
//   node scripts/screenshot.js <path-under-root> <out.png> [width] [top height]
import { chromium } from 'playwright';
import { serve } from './serve.js';

const [path = '/demo/', out = 'screenshot.png', width = '960', top = '0', height] = process.argv.slice(2);
const { server, url } = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 800 } });
  page.on('console', (message) => console.log(`[${message.type()}]`, message.text()));
  page.on('pageerror', (error) => console.log('[pageerror]', error.message));
  await page.goto(url + path);
  await page.waitForTimeout(800);
  const clip = height ? { x: 0, y: Number(top), width: Number(width), height: Number(height) } : undefined;
  await page.screenshot({ path: out, fullPage: true, clip });
  console.log('wrote', out);
} finally {
  await browser.close();
  server.close();
}
