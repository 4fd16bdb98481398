import { GROUP_NAMES, frame, loadReport, publish, series, until } from './common.js';

const boxes = [...document.querySelectorAll('[data-bench]')];
const charts = [];
const plugins = (text) => ({ title: { display: true, text } });

function config(kind, s) {
  switch (kind) {
    case 'outcomes':
      return { type: 'bar', data: { labels: [...GROUP_NAMES, '结转下年度'], datasets: [{ data: s.groups }] }, options: { animation: false, indexAxis: 'y', plugins: plugins('办理结果') } };
    case 'reasons':
      return { type: 'bar', data: { labels: s.reasons.map((r) => r.name), datasets: [{ data: s.reasons.map((r) => r.value) }] }, options: { animation: false, indexAxis: 'y', plugins: plugins('原因') } };
    case 'followers':
    case 'posts':
      return { type: 'bar', data: { labels: s[kind].map((r) => r.name), datasets: [{ data: s[kind].map((r) => r.value) }] }, options: { animation: false, indexAxis: 'y', plugins: plugins(kind) } };
    case 'applicants':
      return { type: 'doughnut', data: { labels: s.applicants.map((_, i) => `类${i}`), datasets: [{ data: s.applicants }] }, options: { animation: false, plugins: plugins('申请人') } };
    case 'categories':
      return { type: 'doughnut', data: { labels: s.categories.map((c) => c.name), datasets: [{ data: s.categories.map((c) => c.value) }] }, options: { animation: false, plugins: plugins('发布信息') } };
    case 'review':
      return { type: 'bar', data: { labels: ['复议', '直接起诉', '复议后起诉'], datasets: s.review.map((data, i) => ({ label: `结果${i}`, data })) }, options: { animation: false, indexAxis: 'y', scales: { x: { stacked: true }, y: { stacked: true } }, plugins: plugins('行政复议和行政诉讼') } };
    case 'decisions':
      return { type: 'bar', data: { labels: ['许可', '处罚', '强制'], datasets: [{ data: s.decisions }] }, options: { animation: false, indexAxis: 'y', scales: { x: { type: 'logarithmic' } }, plugins: plugins('处理决定') } };
  }
}

function draw(report) {
  const s = series(report);
  boxes.forEach((box, i) => {
    const c = config(box.dataset.bench, s);
    if (charts[i]) {
      charts[i].data = c.data;
      charts[i].update('none');
    } else {
      charts[i] = new window.Chart(box.querySelector('canvas'), c);
    }
  });
}
const drawn = () => charts.length === boxes.length;

draw(await loadReport('/data/dongguan-hrss-2023.json'));
await until(drawn);
publish(performance.now(), async () => {
  const next = await loadReport('/data/fixtures/busy-agency.json');
  const start = performance.now();
  draw(next);
  await frame();
  return performance.now() - start;
});
