// npm run bench, part 3: the page bundle (every widget and the page reader, for `from`). Its
// size against its budget (bench/bench.config.json, 45 KB gzip; the widgets alone keep their
// 35 KB), and in Debian's Chromium what reading the page costs: the reader on a report page
// in 200 KB of site HTML (budget 30 ms) and on a page that is not a report (budget 2 ms),
// medians of 15 reads after 3 warm-ups. Needs `npm run build` first.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { serve } from './serve.js';
import { SEED, seedBody } from './seed-page.js';

const config = JSON.parse(readFileSync(new URL('../bench/bench.config.json', import.meta.url), 'utf8'));
const gz = (path) => gzipSync(readFileSync(new URL(`../${path}`, import.meta.url)), { level: 9 }).length;
const READ_MS = Number(process.env.BENCH_READ_MS ?? 30);
const SKIP_MS = Number(process.env.BENCH_SKIP_MS ?? 2);
let failed = false;

const page = gz('dist/disclosure-charts.page.min.js');
const plain = gz('dist/disclosure-charts.min.js');
console.log(`page bundle: ${(page / 1024).toFixed(1)} KB gzip (budget ${config.pageBudgetKB} KB); widgets alone ${(plain / 1024).toFixed(1)} KB (budget ${config.budgetKB} KB)`);
if (page > config.pageBudgetKB * 1024) {
  console.error(`page bundle budget exceeded: ${(page / 1024).toFixed(1)} KB > ${config.pageBudgetKB} KB`);
  failed = true;
}

// A government article page: navigation and related links around the article, 200 KB in all.
const links = [];
for (let i = 0, size = 0; size < 200_000; i++) {
  links.push(`<li><a href="/zwgk/${i}.html">第${i}条 关于做好2023年度相关工作的通知</a></li>`);
  size += links.at(-1).length;
}
const half = links.length / 2;
// An older CMS has no nav or aside: its menus are divs, and reading the body reads them all.
const shell = (article, menu = 'nav', side = 'aside') => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>年度报告</title></head>
<body><${menu}><ul>${links.slice(0, half).join('\n')}</ul></${menu}><div id="zoom">${article}</div><${side}><ul>${links.slice(half).join('\n')}</ul></${side}>
<script src="/dist/disclosure-charts.page.min.js"></script></body></html>`;
const notice = '<h1>关于开展2024年度安全生产检查的通知</h1><p>各有关单位：</p><table><tr><td>单位</td><td>时间</td></tr><tr><td>一组</td><td>3月</td></tr></table>';
const pages = { '/report.html': shell(seedBody()), '/old-cms.html': shell(seedBody(), 'div', 'div'), '/notice.html': shell(notice, 'div', 'div') };

const { server, url } = await serve({
  route(requestUrl, _request, response) {
    const body = pages[requestUrl.pathname];
    if (!body) return false;
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(body);
    return true;
  },
});
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  for (const [path, from, budget, what] of [
    ['/report.html', '#zoom', READ_MS, 'a report page (200 KB of HTML), from="#zoom"'],
    ['/report.html', '', READ_MS, 'the same page, from="" (its main content: the body less nav and aside)'],
    ['/old-cms.html', '', READ_MS, 'a report page whose menus are divs, from="" (all 200 KB read)'],
    ['/notice.html', '', SKIP_MS, 'a page that is not a report (200 KB), from=""'],
  ]) {
    const tab = await browser.newPage();
    await tab.goto(url + path);
    const result = await tab.evaluate((from) => {
      const host = document.createElement('div');
      const times = [];
      let read;
      for (let i = 0; i < 18; i++) {
        const start = performance.now();
        read = window.DisclosureCharts.readPageReport(from, host);
        if (i >= 3) times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      return { median: times[7], min: times[0], max: times.at(-1), received: read?.report?.applications?.received?.total, agency: read?.report?.agency?.name };
    }, from);
    await tab.close();
    if (path !== '/notice.html' && (result.received !== SEED.received || result.agency !== SEED.agency)) {
      console.error('bench-page: the report page did not read to the seed figures', result);
      failed = true;
    }
    if (path === '/notice.html' && result.received !== undefined) {
      console.error('bench-page: the notice was read as a report', result);
      failed = true;
    }
    console.log(`from: ${what} read in ${result.median.toFixed(2)} ms (median of 15; min ${result.min.toFixed(2)}, max ${result.max.toFixed(2)}); budget ${budget} ms`);
    if (result.median > budget) {
      console.error(`from budget exceeded: ${result.median.toFixed(2)} ms > ${budget} ms`);
      failed = true;
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (failed) process.exit(1);
