import { GROUP_NAMES, frame, loadReport, publish, series, until } from './common.js';

const boxes = [...document.querySelectorAll('[data-bench]')];
const charts = [];
const base = { animation: false, tooltip: {}, grid: { containLabel: true, left: 8, right: 40, top: 30, bottom: 8 } };

function options(kind, s) {
  switch (kind) {
    case 'outcomes':
      return { ...base, title: { text: '办理结果' }, xAxis: { type: 'value' }, yAxis: { type: 'category', data: [...GROUP_NAMES, '结转下年度'], inverse: true }, series: [{ type: 'bar', data: s.groups, label: { show: true, position: 'right' } }] };
    case 'reasons':
      return { ...base, title: { text: '原因' }, xAxis: { type: 'value' }, yAxis: { type: 'category', data: s.reasons.map((r) => r.name), inverse: true }, series: [{ type: 'bar', data: s.reasons.map((r) => r.value), label: { show: true, position: 'right' } }] };
    case 'followers':
    case 'posts':
      return { ...base, title: { text: kind }, xAxis: { type: 'value' }, yAxis: { type: 'category', data: s[kind].map((r) => r.name) }, series: [{ type: 'bar', data: s[kind].map((r) => r.value), label: { show: true, position: 'right' } }] };
    case 'applicants':
      return { animation: false, tooltip: {}, title: { text: '申请人' }, series: [{ type: 'pie', radius: ['40%', '70%'], data: s.applicants.map((value, i) => ({ value, name: `类${i}` })) }] };
    case 'categories':
      return { animation: false, tooltip: {}, legend: { bottom: 0 }, title: { text: '发布信息' }, series: [{ type: 'pie', data: s.categories }] };
    case 'review':
      return { ...base, title: { text: '行政复议和行政诉讼' }, legend: {}, xAxis: { type: 'value' }, yAxis: { type: 'category', data: ['复议', '直接起诉', '复议后起诉'] }, series: s.review.map((data, i) => ({ type: 'bar', stack: 'r', name: `结果${i}`, data })) };
    case 'decisions':
      return { ...base, title: { text: '处理决定' }, xAxis: { type: 'log' }, yAxis: { type: 'category', data: ['许可', '处罚', '强制'] }, series: [{ type: 'bar', data: s.decisions, label: { show: true, position: 'right' } }] };
  }
}

function draw(report) {
  const s = series(report);
  boxes.forEach((box, i) => {
    charts[i] ??= window.echarts.init(box, null, { renderer: 'svg' });
    charts[i].setOption(options(box.dataset.bench, s), true);
  });
}
const drawn = () => boxes.every((b) => b.querySelector('svg path'));

draw(await loadReport('/data/dongguan-hrss-2023.json'));
await until(drawn);
publish(performance.now(), async () => {
  const next = await loadReport('/data/fixtures/busy-agency.json');
  const start = performance.now();
  draw(next);
  await frame();
  return performance.now() - start;
});
