// Chart.js, tree-shaken to what the benchmark pages draw (bar, doughnut, log scale).
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LogarithmicScale,
  Title,
  Tooltip,
} from 'chart.js';

Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Legend, LinearScale, LogarithmicScale, Title, Tooltip);
window.Chart = Chart;
