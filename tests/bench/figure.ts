/** One measured figure beside what it is compared with: a physical limit or a peer in the same run. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline: { name: string; value: number };
  /** value / baseline.value */
  ratio: number;
}

export function figure(name: string, value: number, unit: string, baselineName: string, baselineValue: number): Figure {
  return { name, value: round(value), unit, baseline: { name: baselineName, value: round(baselineValue) }, ratio: round(value / baselineValue) };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [f.name, `${f.value} ${f.unit}`, `${f.baseline.name}: ${f.baseline.value} ${f.unit}`, `×${f.ratio}`]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')).join('\n');
}
