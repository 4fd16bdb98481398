// Vue 3: bind the report as a DOM property (`.prop`), listen to the events with `@`, and tell
// Vue which tags are custom elements. With single-file components, put `isCustomElement` in
// the Vue plugin's `template.compilerOptions` instead (see the README).
import { createApp, ref } from 'vue';
import 'disclosure-charts';
import type { DcSelectEvent, Report } from 'disclosure-charts';

const TAGS = ['disclosure-outcomes', 'site-traffic', 'review-litigation', 'enforcement-counts', 'disclosure-report'];

const app = createApp({
  setup() {
    const report = ref<Report>();
    const selected = ref('');
    const year = ref(2023);
    const load = async () => {
      report.value = await (await fetch('/data/dongguan-hrss-2023.json')).json();
    };
    void load();
    const onSelect = (event: DcSelectEvent) => {
      selected.value = `${event.detail.label}: ${event.detail.value}`;
    };
    const onLoad = () => {
      year.value = report.value?.year ?? year.value;
    };
    return { report, selected, onSelect, onLoad, year };
  },
  template: `
    <h1>{{ year }} 年度报告</h1>
    <disclosure-outcomes v-if="report" :report.prop="report" @dc-select="onSelect" @dc-load="onLoad"></disclosure-outcomes>
    <p id="selected">{{ selected }}</p>`,
});
app.config.compilerOptions.isCustomElement = (tag) => TAGS.includes(tag);
app.mount('#app');
