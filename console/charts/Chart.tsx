import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption, EChartsType } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';

export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** A colour of the design tokens (ui-shared/tokens.css), which ECharts cannot read from CSS itself. */
export function tokenColor(name: 'blue' | 'green' | 'amber' | 'red' | 'ink-soft'): string {
  return getComputedStyle(document.documentElement).getPropertyValue(`--${name}`).trim();
}

/**
 * One ECharts chart. A canvas says nothing to a screen reader: `label` does, and every chart's
 * numbers are also in a table or figure beside it. ECharts loads with the first chart, as a chunk
 * of its own: the fleet list, the page opened most, does not wait for it.
 */
export function Chart({ option, label, testId }: { option: ChartOption; label: string; testId: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    let chart: EChartsType | undefined;
    let gone = false;
    const resize = () => chart?.resize();
    void import('./echarts-parts.js').then(({ init }) => {
      if (gone || !box.current) return;
      chart = init(box.current, undefined, { renderer: 'canvas' });
      chart.setOption({ textStyle: { fontFamily: getComputedStyle(document.documentElement).fontFamily }, animation: false, ...option });
      window.addEventListener('resize', resize);
      setDrawn(true);
    });
    return () => {
      gone = true;
      window.removeEventListener('resize', resize);
      chart?.dispose();
    };
  }, [option]);
  return <div ref={box} className="chart" role="img" aria-label={label} data-testid={testId} data-drawn={drawn} />;
}
