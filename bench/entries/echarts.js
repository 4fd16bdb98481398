// ECharts, tree-shaken to what the benchmark pages draw (bar, pie, log axis) with the SVG
// renderer, as its documentation recommends for the smallest bundle.
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, SVGRenderer]);
window.echarts = echarts;
