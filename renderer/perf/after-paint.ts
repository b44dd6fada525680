/**
 * Runs `run` once the frame being drawn has been painted (a timer set in requestAnimationFrame
 * fires after it): for work that must not hold up the first screen, since the page has no JIT
 * and parsing a chunk before the paint delays it. Returns a cancel.
 */
export function afterPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
