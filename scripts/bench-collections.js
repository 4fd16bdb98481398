// npm run bench, part 4: the collection elements and the poster. The collections and poster
// bundles' sizes against their budgets (bench/bench.config.json), and in Debian's Chromium how long a 15-year
// <disclosure-trend> and a 60-agency <disclosure-compare> take to draw, each against one
// <disclosure-outcomes> of the Dongguan report drawn on the same page in the same runs: from
// the element given its data to its marks drawn and a frame painted. Interleaved runs, medians;
// the bar is under twice the time of the one widget. Needs `npm run build` first.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { serve } from './serve.js';

const config = JSON.parse(readFileSync(new URL('../bench/bench.config.json', import.meta.url), 'utf8'));
const gz = (path) => gzipSync(readFileSync(new URL(`../${path}`, import.meta.url)), { level: 9 }).length;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const RATIO = 2;
let failed = false;

for (const [name, file, budget] of [
  ['collections', 'dist/disclosure-charts.collections.min.js', config.collectionsBudgetKB],
  ['poster', 'dist/disclosure-charts.poster.min.js', config.posterBudgetKB],
]) {
  const bytes = gz(file);
  console.log(`${name} bundle: ${(bytes / 1024).toFixed(1)} KB gzip (budget ${budget} KB)`);
  if (bytes > budget * 1024) {
    console.error(`${name} bundle budget exceeded: ${(bytes / 1024).toFixed(1)} KB > ${budget} KB`);
    failed = true;
  }
}

const { server, url } = await serve({
  route(address, _request, response) {
    if (address.pathname !== '/bench-collections.html') return false;
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
      <script src="/dist/disclosure-charts.min.js"></script><script src="/dist/disclosure-charts.collections.min.js"></script>
      <style>body{margin:0;width:${config.viewport.width}px}</style></head><body></body></html>`);
    return true;
  },
});
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const page = await browser.newPage({ viewport: config.viewport });
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
await page.goto(`${url}/bench-collections.html`);
await page.evaluate(async () => {
  const json = (path) => fetch(path).then((r) => r.json());
  const data = {
    'disclosure-outcomes': ['report', await json('/data/dongguan-hrss-2023.json')],
    'disclosure-trend': ['reports', await json('/data/fixtures/trend-15-years.json')],
    'disclosure-compare': ['reports', await json('/data/fixtures/county-departments-60.json')],
  };
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  // One element drawn from nothing: created, given its data, attached; done when its marks are there and painted.
  window.draw = async (tag) => {
    document.body.replaceChildren();
    await frame();
    const start = performance.now();
    const element = document.createElement(tag);
    element[data[tag][0]] = data[tag][1];
    document.body.append(element);
    while (!element.shadowRoot?.querySelector('[part~=mark]')) await new Promise((resolve) => requestAnimationFrame(resolve));
    await element.updateComplete;
    await frame();
    return performance.now() - start;
  };
});
const TAGS = ['disclosure-outcomes', 'disclosure-trend', 'disclosure-compare'];
const times = Object.fromEntries(TAGS.map((t) => [t, []]));
// Warm up once each, then rotate the order every round.
for (const tag of TAGS) await page.evaluate((t) => window.draw(t), tag);
for (let round = 0; round < RUNS; round++)
  for (let i = 0; i < TAGS.length; i++) {
    const tag = TAGS[(i + round) % TAGS.length];
    times[tag].push(await page.evaluate((t) => window.draw(t), tag));
  }
await browser.close();
server.close();
if (errors.length) {
  console.error(`page errors: ${errors.join('; ')}`);
  failed = true;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const base = median(times['disclosure-outcomes']);
console.log(`one <disclosure-outcomes> (Dongguan): ${base.toFixed(1)} ms (median of ${RUNS})`);
for (const [tag, what] of [
  ['disclosure-trend', '15-year <disclosure-trend>'],
  ['disclosure-compare', '60-agency <disclosure-compare>'],
]) {
  const m = median(times[tag]);
  const ratio = m / base;
  console.log(`${what}: ${m.toFixed(1)} ms (median of ${RUNS}, min ${Math.min(...times[tag]).toFixed(1)}, max ${Math.max(...times[tag]).toFixed(1)}); ${ratio.toFixed(2)}× one <disclosure-outcomes> (bar: under ${RATIO}×)`);
  if (ratio >= RATIO) {
    console.error(`${what} takes ${ratio.toFixed(2)}× one <disclosure-outcomes>, not under ${RATIO}×`);
    failed = true;
  }
}
if (failed) process.exit(1);
