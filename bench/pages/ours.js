import { frame, loadReport, publish, until } from './common.js';

const widgets = [...document.querySelectorAll('[data-bench]')];
const drawn = () => widgets.every((w) => w.shadowRoot?.querySelector('[part~=mark]'));
const report = await loadReport('/data/dongguan-hrss-2023.json');
for (const w of widgets) w.report = report;
await until(drawn);
publish(performance.now(), async () => {
  const next = await loadReport('/data/fixtures/busy-agency.json');
  const start = performance.now();
  for (const w of widgets) w.report = next;
  await Promise.all(widgets.map((w) => w.updateComplete));
  await frame();
  return performance.now() - start;
});
