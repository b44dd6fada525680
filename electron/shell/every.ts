/** Runs `tick` every `ms` without keeping the process alive for it; returns how to stop. */
export function every(ms: number, tick: () => void): () => void {
  const timer = setInterval(tick, ms);
  timer.unref();
  return () => clearInterval(timer);
}
