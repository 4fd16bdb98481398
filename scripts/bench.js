// npm run bench: our script-tag bundle against ECharts and Chart.js on the same pages, in
// Debian's Chromium through Playwright. Runs are interleaved (each round loads every library
// once, in a rotating order) and reported as medians with their spread; the table gives
// ratios peer / ours. Writes bench-results/results.json and exits non-zero when the bundle
// passes its size budget (bench/bench.config.json). Not part of npm test: timings belong in a
// report, not in a test that can flake.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { chromium } from 'playwright';
import { rollup } from 'rollup';
import { serve } from './serve.js';

const root = new URL('..', import.meta.url);
const at = (path) => new URL(path, root).pathname;
const config = JSON.parse(readFileSync(at('bench/bench.config.json'), 'utf8'));
const args = new Set(process.argv.slice(2));
const runs = Number(process.env.BENCH_RUNS ?? config.runs);
const LIBS = ['ours', 'echarts', 'chartjs'];
const NAMES = { ours: 'disclosure-charts', echarts: 'ECharts', chartjs: 'Chart.js' };
const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

// 1. Build: ours as the README does, the peers tree-shaken and minified the same way.
if (!args.has('--no-build')) execSync('npm run build', { cwd: at('.'), stdio: 'inherit' });
mkdirSync(at('bench-results/lib'), { recursive: true });
mkdirSync(at('bench-results/pages'), { recursive: true });
for (const lib of ['echarts', 'chartjs']) {
  const bundle = await rollup({
    input: at(`bench/entries/${lib}.js`),
    plugins: [
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      nodeResolve(),
      terser({ format: { comments: false }, compress: { passes: 2 } }),
    ],
    onwarn: () => {},
  });
  await bundle.write({ file: at(`bench-results/lib/${lib}.min.js`), format: 'iife' });
}
const LIB_FILES = {
  ours: 'dist/disclosure-charts.min.js',
  echarts: 'bench-results/lib/echarts.min.js',
  chartjs: 'bench-results/lib/chartjs.min.js',
};
const libBytes = Object.fromEntries(LIBS.map((lib) => [lib, gz(readFileSync(at(LIB_FILES[lib])))]));

// 2. Pages: the charts of the four section widgets, and many copies of <disclosure-outcomes>'s
// three charts (outcome bars, reason bars, applicant bar). Peers draw the same charts.
const REPORT_CHARTS = ['outcomes', 'reasons', 'applicants', 'categories', 'followers', 'posts', 'review', 'decisions'];
const WIDGET_CHARTS = ['outcomes', 'reasons', 'applicants'];
const OUR_TAGS = ['disclosure-outcomes', 'site-traffic', 'review-litigation', 'enforcement-counts'];
function page(lib, scenario) {
  const count = scenario === 'many' ? config.manyWidgets : undefined;
  const width = scenario === 'many' ? 400 : 600;
  let body;
  if (lib === 'ours') {
    const tags = count ? Array(count).fill('disclosure-outcomes') : OUR_TAGS;
    body = tags.map((t) => `<div class="box"><${t} data-bench></${t}></div>`).join('\n');
  } else {
    const kinds = count ? Array.from({ length: count }, () => WIDGET_CHARTS).flat() : REPORT_CHARTS;
    const inner = lib === 'chartjs' ? '<canvas></canvas>' : '';
    body = kinds.map((k) => `<div class="box chart" data-bench="${k}">${inner}</div>`).join('\n');
  }
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${lib} ${scenario}</title>
<link rel="icon" href="/demo/favicon.svg"><link rel="stylesheet" href="/bench/pages/bench.css">
<script src="/${LIB_FILES[lib]}"></script></head>
<body>${body}
<script type="module" src="/bench/pages/${lib}.js"></script></body></html>`;
}
for (const lib of LIBS)
  for (const scenario of ['report', 'many'])
    writeFileSync(
      at(`bench-results/pages/${lib}-${scenario}.html`),
      page(lib, scenario).replace('<body>', scenario === 'many' ? '<body class="many">' : '<body>'),
    );

// 3. Measure.
const { server, url } = await serve();
const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

async function measure(lib, scenario) {
  const context = await browser.newContext({ viewport: config.viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let pageBytes = 0;
  const bodies = [];
  page.on('response', (response) => bodies.push(response.body().then((b) => (pageBytes += gz(b))).catch(() => {})));
  await page.goto(`${url}/bench-results/pages/${lib}-${scenario}.html`);
  await page.waitForFunction(() => window.bench, null, { timeout: 60_000, polling: 50 });
  const { drawnAt, longTasks } = await page.evaluate(() => ({ drawnAt: window.bench.drawnAt, longTasks: window.bench.longTasks }));
  const redraw = await page.evaluate(() => window.bench.redraw());
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await Promise.all(bodies);
  await context.close();
  if (errors.length) throw new Error(`${lib} ${scenario}: ${errors.join('; ')}`);
  return {
    drawn: drawnAt,
    redraw,
    heap: usedSize,
    longTaskCount: longTasks.length,
    longTaskTime: longTasks.reduce((a, b) => a + b, 0),
    pageBytes,
  };
}

const samples = {};
for (let round = 0; round < runs; round++) {
  const order = LIBS.map((_, i) => LIBS[(i + round) % LIBS.length]);
  for (const scenario of ['report', 'many'])
    for (const lib of order) {
      const key = `${lib}/${scenario}`;
      (samples[key] ??= []).push(await measure(lib, scenario));
    }
  process.stdout.write(`round ${round + 1}/${runs} done\n`);
}
const chromiumVersion = browser.version();
await browser.close();
server.close();

// 4. Report.
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
const results = {};
for (const [key, list] of Object.entries(samples)) {
  results[key] = Object.fromEntries(Object.keys(list[0]).map((metric) => [metric, stats(list.map((s) => s[metric]))]));
}

const METRICS = [
  ['library', 'library JS, gzip', (lib) => ({ median: libBytes[lib], min: libBytes[lib], max: libBytes[lib] }), 'KB'],
  ['page', 'whole report page, gzip', (lib) => results[`${lib}/report`].pageBytes, 'KB'],
  ['drawn', 'report page: navigation → all charts drawn', (lib) => results[`${lib}/report`].drawn, 'ms'],
  ['many', `${config.manyWidgets} widgets (${config.manyWidgets * 3} charts): navigation → all drawn`, (lib) => results[`${lib}/many`].drawn, 'ms'],
  ['redraw', 'report page: redraw after the report changes', (lib) => results[`${lib}/report`].redraw, 'ms'],
  ['manyRedraw', `${config.manyWidgets} widgets: redraw`, (lib) => results[`${lib}/many`].redraw, 'ms'],
  ['heap', `${config.manyWidgets} widgets: JS heap after GC`, (lib) => results[`${lib}/many`].heap, 'MB'],
  ['longTasks', `${config.manyWidgets} widgets: long-task time`, (lib) => results[`${lib}/many`].longTaskTime, 'ms'],
];
const fmt = (value, unit) =>
  unit === 'KB' ? `${(value / 1024).toFixed(1)} KB` : unit === 'MB' ? `${(value / 1024 / 1024).toFixed(1)} MB` : `${Math.round(value)} ms`;
const spread = (s, unit) => (unit === 'KB' ? '' : ` (${fmt(s.min, unit).replace(/ \w+$/, '')}–${fmt(s.max, unit)})`);

const table = [];
const header = ['metric', ...LIBS.map((l) => NAMES[l]), ...LIBS.slice(1).map((l) => `${NAMES[l]} / ours`)];
for (const [id, label, get, unit] of METRICS) {
  const ours = get('ours');
  table.push({
    id,
    label,
    unit,
    values: Object.fromEntries(LIBS.map((lib) => [lib, get(lib)])),
    ratios: Object.fromEntries(LIBS.slice(1).map((lib) => [lib, ours.median ? get(lib).median / ours.median : null])),
  });
}
const rows = table.map((row) => [
  row.label,
  ...LIBS.map((lib) => fmt(row.values[lib].median, row.unit) + spread(row.values[lib], row.unit)),
  ...LIBS.slice(1).map((lib) => (row.ratios[lib] === null ? '—' : `${row.ratios[lib].toFixed(1)}×`)),
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
const printed = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');

const machine = {
  cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
  memory: `${Math.round(os.totalmem() / 1024 ** 3)} GiB`,
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  chromium: chromiumVersion,
};
console.log(`\n${printed}\n`);
console.log(`median of ${runs} interleaved runs (min–max); ratios are peer median / ours; ${machine.cpus}, ${machine.memory}, Chromium ${chromiumVersion}`);

const budget = Number(process.env.BENCH_BUDGET_KB ?? config.budgetKB) * 1024;
const within = libBytes.ours <= budget;
writeFileSync(
  at('bench-results/results.json'),
  JSON.stringify({ date: new Date().toISOString(), machine, runs, config, budget: { bytes: budget, ours: libBytes.ours, within }, table, samples }, null, 2),
);
console.log('wrote bench-results/results.json');
if (!within) {
  console.error(`size budget exceeded: ${(libBytes.ours / 1024).toFixed(1)} KB gzip > ${budget / 1024} KB (bench/bench.config.json)`);
  process.exit(1);
}
console.log(`size budget: ${(libBytes.ours / 1024).toFixed(1)} KB gzip ≤ ${budget / 1024} KB`);
