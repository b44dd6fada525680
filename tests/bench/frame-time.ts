/** The browser's own frame time in the same page: intervals between animation frames. */
export function frameIntervals(count: number): Promise<number[]> {
  const { requestAnimationFrame } = globalThis as unknown as { requestAnimationFrame(step: (now: number) => void): number };
  return new Promise((resolve) => {
    const intervals: number[] = [];
    let last: number | undefined;
    const step = (now: number): void => {
      if (last !== undefined) intervals.push(now - last);
      last = now;
      if (intervals.length < count) requestAnimationFrame(step);
      else resolve(intervals);
    };
    requestAnimationFrame(step);
  });
}
