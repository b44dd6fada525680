import { performance } from 'node:perf_hooks';

/** Runs tasks with at most `limit` in flight; returns each task's latency in ms, in finishing order. */
export async function pooled(tasks: readonly (() => Promise<void>)[], limit: number): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const task = tasks[next++];
      const start = performance.now();
      await task?.();
      latencies.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: limit }, lane));
  return latencies;
}
