/** A point of a stroke, in the canvas's own pixels. */
export interface Point {
  x: number;
  y: number;
}

/** Where a pointer event falls on the canvas, whatever size CSS draws the canvas at. */
export function canvasPoint(canvas: HTMLCanvasElement, event: { clientX: number; clientY: number }): Point {
  const box = canvas.getBoundingClientRect();
  return { x: ((event.clientX - box.left) * canvas.width) / box.width, y: ((event.clientY - box.top) * canvas.height) / box.height };
}

/**
 * A tap or a stray touch is not a signature: the strokes together must run at least this far
 * (in canvas pixels) before 确认 is offered.
 */
export const minimumInkLength = 120;

export function strokeLength(from: Point, to: Point): number {
  return Math.hypot(to.x - from.x, to.y - from.y);
}
