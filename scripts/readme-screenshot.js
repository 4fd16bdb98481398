// Makes the README's pictures (docs/*.png): the Chinese widgets of the demo page, as drawn by
// the built script-tag bundle in Debian's Chromium. Run `npm run build` first.
import { chromium } from 'playwright';
import { serve } from './serve.js';

const { server, url } = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  // Reduced motion: the bars' grow-in animation would otherwise be caught half-way.
  const page = await browser.newPage({ viewport: { width: 760, height: 900 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  await page.goto(`${url}/demo/`);
  const shots = {
    'disclosure-outcomes': 'docs/screenshot.png',
    'site-traffic': 'docs/site-traffic.png',
    'enforcement-counts': 'docs/enforcement-counts.png',
    'review-litigation': 'docs/review-litigation.png',
  };
  for (const [tag, path] of Object.entries(shots)) {
    const widget = page.locator(tag).first();
    await widget.locator('svg').first().waitFor();
    await widget.screenshot({ path });
    console.log('wrote', path);
  }
} finally {
  await browser.close();
  server.close();
}
