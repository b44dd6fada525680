import { maxPoints, maxPointsPerStroke, maxStrokes, padUnits } from '../../api.js';

export type PadPoint = [number, number];

/** A finger sends a pointer event every pixel or two; one point every few is all the shape needs. */
const minStepPx = 4;

/**
 * The strokes written on the pad, in the canvas's CSS pixels as drawn, and as the core takes
 * them: 0–padUnits on the pad's longer side, within the request's bounds (extra points and
 * strokes are not kept, so a scribble never makes a request the core refuses).
 */
export class PadStrokes {
  private readonly strokes: PadPoint[][] = [];
  private points = 0;

  /** False when the pad is full (more strokes than any character has). */
  begin(point: PadPoint): boolean {
    if (this.strokes.length >= maxStrokes || this.points >= maxPoints) return false;
    this.strokes.push([point]);
    this.points++;
    return true;
  }

  /** The point the line is drawn from, or undefined when this one is too close or the stroke full. */
  extend(point: PadPoint): PadPoint | undefined {
    const stroke = this.strokes.at(-1);
    const last = stroke?.at(-1);
    if (!stroke || !last || stroke.length >= maxPointsPerStroke || this.points >= maxPoints) return undefined;
    if (Math.hypot(point[0] - last[0], point[1] - last[1]) < minStepPx) return undefined;
    stroke.push(point);
    this.points++;
    return last;
  }

  clear(): void {
    this.strokes.length = 0;
    this.points = 0;
  }

  /** For the core: scaled so the pad's longer side is padUnits. */
  scaled(width: number, height: number): PadPoint[][] {
    const scale = padUnits / Math.max(width, height, 1);
    const unit = (v: number) => Math.min(padUnits, Math.max(0, Math.round(v * scale)));
    return this.strokes.map((stroke) => stroke.map(([x, y]): PadPoint => [unit(x), unit(y)]));
  }
}
