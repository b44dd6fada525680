import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only the parts the console draws: bars, lines, axes, legend, tooltip, on canvas. Canvas, not
// SVG: the console's CSP has no 'unsafe-inline' styles, and ECharts' SVG renderer writes style attributes.
use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { init };
