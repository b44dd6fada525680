import type { TerminalHistoryReply } from '../../platform/protocol/admin.js';
import { tokenColor, type ChartOption } from '../charts/Chart.js';

const hourMinute = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' });

/** Outbox depth and clock skew at each heartbeat of the last day, on their own axes. */
export function heartbeatChart(heartbeats: TerminalHistoryReply['heartbeats'], names: { outbox: string; skew: string }): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [names.outbox, names.skew], top: 0 },
    grid: { left: 48, right: 56, top: 64, bottom: 32 },
    xAxis: { type: 'category', data: heartbeats.map((h) => hourMinute.format(new Date(h.at))) },
    yAxis: [
      { type: 'value', name: names.outbox, minInterval: 1 },
      { type: 'value', name: names.skew },
    ],
    series: [
      { type: 'line', name: names.outbox, data: heartbeats.map((h) => h.outboxDepth), color: tokenColor('blue'), showSymbol: false },
      { type: 'line', name: names.skew, yAxisIndex: 1, data: heartbeats.map((h) => Math.round(h.skewSeconds)), color: tokenColor('amber'), showSymbol: false },
    ],
  };
}

/** Cases accepted on each Beijing day. */
export function casesChart(days: TerminalHistoryReply['casesPerDay'], name: string): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 24, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: days.map((d) => d.day.slice(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name, data: days.map((d) => d.count), color: tokenColor('green') }],
  };
}
