import type { FiguresReply } from '../../platform/protocol/figures.js';
import { tokenColor, type ChartOption } from '../charts/Chart.js';

const palette = () => [tokenColor('blue'), tokenColor('green'), tokenColor('amber'), tokenColor('red'), tokenColor('ink-soft')];

/** Every day of the range, so a day without cases shows as one, not as a gap closed up. */
function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let at = Date.parse(from); at <= Date.parse(to); at += 86_400_000) days.push(new Date(at).toISOString().slice(0, 10));
  return days;
}

/** Cases per day, a stacked bar per region. */
export function casesByDayChart(figures: FiguresReply): ChartOption {
  const days = daysOf(figures.from, figures.to);
  const regions = [...new Set(figures.casesPerDay.map((r) => r.regionCode))].sort();
  const count = (day: string, region: string) => figures.casesPerDay.filter((r) => r.day === day && r.regionCode === region).reduce((sum, r) => sum + r.count, 0);
  return {
    color: palette(),
    tooltip: { trigger: 'axis' },
    legend: { data: regions, top: 0 },
    grid: { left: 48, right: 24, top: 48, bottom: 32 },
    xAxis: { type: 'category', data: days.map((d) => d.slice(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: regions.map((region) => ({ type: 'bar', name: region, stack: 'cases', data: days.map((day) => count(day, region)) })),
  };
}

/** Cases per item over the range, the most asked first. */
export function itemTotals(figures: FiguresReply): { name: string; count: number }[] {
  const totals = new Map<string, number>();
  for (const row of figures.casesPerDay) totals.set(row.itemName, (totals.get(row.itemName) ?? 0) + row.count);
  return [...totals].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count);
}

export function casesByItemChart(items: { name: string; count: number }[]): ChartOption {
  const shown = items.slice(0, 15).reverse();
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 240, right: 24, top: 16, bottom: 32 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((i) => i.name) },
    series: [{ type: 'bar', data: shown.map((i) => i.count), color: tokenColor('blue') }],
  };
}
