// npm run bench, part 1: how long the parser takes on a large report page in Node. The page is
// the seed report's text as a CMS page (tables with spans, <p><span> cells) inside 200 KB of
// site chrome (navigation, related links, footer), as government article pages are. Budget:
// under 50 ms a page (the median of 30 runs after 5 warm-ups). Needs `npm run build` first.
import { performance } from 'node:perf_hooks';
import { parseReportHtml } from '../dist/parse/index.js';
import { SEED, seedBody } from './seed-page.js';

const BUDGET_MS = Number(process.env.BENCH_PARSE_MS ?? 50);
const body = seedBody();
let chrome = '';
for (let i = 0; chrome.length < 200_000; i++)
  chrome += `<li><a href="/zwgk/${i}.html">第${i}条 关于做好2023年度相关工作的通知（${2023 - (i % 5)}-0${1 + (i % 9)}-1${i % 10}）</a></li>\n`;
const page = `<!doctype html><html><head><title>报告 - 某市人民政府网</title><style>body{font:14px SimSun}</style><script>var nav=1;</script></head>
<body><nav><ul>${chrome.slice(0, chrome.length / 2)}</ul></nav><div id="zoom" class="TRS_Editor">${body}</div><aside><ul>${chrome.slice(chrome.length / 2)}</ul></aside><footer>备案号 12345678</footer></body></html>`;

const check = parseReportHtml(page);
if (check.issues.length || check.report.applications?.received?.total !== SEED.received) {
  console.error('bench-parse: the page did not parse to the seed figures', check.issues);
  process.exit(1);
}
for (let i = 0; i < 5; i++) parseReportHtml(page);
const times = [];
for (let i = 0; i < 30; i++) {
  const start = performance.now();
  parseReportHtml(page);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[15];
console.log(`parse: ${(page.length / 1024).toFixed(0)} KB HTML page in ${median.toFixed(1)} ms (median of 30; min ${times[0].toFixed(1)}, max ${times.at(-1).toFixed(1)}); budget ${BUDGET_MS} ms`);
if (median > BUDGET_MS) {
  console.error(`parse budget exceeded: ${median.toFixed(1)} ms > ${BUDGET_MS} ms`);
  process.exit(1);
}
