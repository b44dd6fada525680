import type { Point, Stroke } from '../../electron/core/handwriting/stroke-geometry.js';
import { prng } from './prng.js';

/**
 * Handwriting made from a character's medians, for tests and the bench, since no real handwriting
 * data set is here. The distortions are drawn from a seed, not from the templates: a slant, a
 * squash and a turn of the whole character, each stroke moved a little, wobbled, smoothed, cut
 * short or run over at its ends, sampled as a finger on glass is (a point every few pixels), and
 * sometimes two strokes run together (连笔), two neighbours written in the other order, or a short
 * stroke left out. What it does not capture: a person's own letter forms (a 草书-like shape, a
 * 口 written as a circle), strokes written backwards, a whole character written out of order,
 * strokes that are clearly wrong, or a second character begun in the same box.
 */
export interface Distortion {
  /** 0 gives the medians as they are, resampled; 1 the full set of distortions. */
  readonly amount: number;
  readonly seed: number;
}

const padSize = 1000;

export function syntheticWriting(medians: readonly Stroke[], { amount, seed }: Distortion): Stroke[] {
  const random = prng(seed);
  const spread = (width: number) => (random() * 2 - 1) * width * amount;
  const gauss = () => (random() + random() + random() - 1.5) * 0.8;
  const place = characterPlacement(spread);
  let strokes: Stroke[] = medians.map((stroke) => {
    const shift: Point = [spread(22), spread(22)];
    const ends = [spread(0.12), spread(0.12)] as const;
    const dense = densify(trimOrExtend(stroke, ends[0], ends[1]), 6);
    const wobbled = dense.map(([x, y]): Point => [x + shift[0] + gauss() * 14 * amount, y + shift[1] + gauss() * 14 * amount]);
    return smooth(wobbled).map(place);
  });
  strokes = dropShortStroke(strokes, random, 0.06 * amount);
  strokes = reorder(strokes, random, 0.08 * amount);
  return joinNeighbours(strokes, random, 0.1 * amount).map((stroke) => stroke.map(([x, y]): Point => [Math.round(clamp(x)), Math.round(clamp(y))]));
}

/** A slant, a squash and a turn of the whole character, and its size and place in the pad. */
function characterPlacement(spread: (width: number) => number): (p: Point) => Point {
  const turn = spread(0.14);
  const shear = spread(0.18);
  const [sx, sy] = [1 + spread(0.15), 1 + spread(0.15)];
  const size = 0.7 + spread(0.15);
  const [ox, oy] = [spread(60), spread(60)];
  const [cos, sin] = [Math.cos(turn), Math.sin(turn)];
  return ([x, y]) => {
    const [u, v] = [(x - 512) * sx + (y - 388) * shear, (y - 388) * sy];
    return [(u * cos - v * sin) * size + padSize / 2 + ox, (u * sin + v * cos) * size + padSize / 2 + oy];
  };
}

/** Moves each end along the stroke's first or last segment: negative cuts it short, positive runs over. */
function trimOrExtend(stroke: Stroke, atStart: number, atEnd: number): Stroke {
  if (stroke.length < 2) return stroke;
  const moved = (end: Point, inner: Point, by: number): Point => [end[0] + (end[0] - inner[0]) * by, end[1] + (end[1] - inner[1]) * by];
  const points = [...stroke];
  points[0] = moved(stroke[0] as Point, stroke[1] as Point, atStart);
  points[points.length - 1] = moved(stroke[stroke.length - 1] as Point, stroke[stroke.length - 2] as Point, atEnd);
  return points;
}

/** Points every `step` units, as pointer events arrive from a finger drawn at an even pace. */
function densify(stroke: Stroke, step: number): Point[] {
  const out: Point[] = [stroke[0] ?? [0, 0]];
  for (let i = 1; i < stroke.length; i++) {
    const [a, b] = [stroke[i - 1] as Point, stroke[i] as Point];
    const pieces = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / step));
    for (let k = 1; k <= pieces; k++) out.push([a[0] + ((b[0] - a[0]) * k) / pieces, a[1] + ((b[1] - a[1]) * k) / pieces]);
  }
  return out;
}

/** A five-point moving average: a hand's tremor is smooth, not salt and pepper. */
function smooth(points: readonly Point[]): Point[] {
  return points.map((_, i) => {
    const window = points.slice(Math.max(0, i - 2), i + 3);
    return [window.reduce((s, p) => s + p[0], 0) / window.length, window.reduce((s, p) => s + p[1], 0) / window.length];
  });
}

function dropShortStroke(strokes: Stroke[], random: () => number, p: number): Stroke[] {
  if (strokes.length < 4 || random() >= p) return strokes;
  const lengths = strokes.map((s) => Math.hypot((s[0]?.[0] ?? 0) - (s.at(-1)?.[0] ?? 0), (s[0]?.[1] ?? 0) - (s.at(-1)?.[1] ?? 0)));
  const shortest = lengths.indexOf(Math.min(...lengths));
  return strokes.filter((_, i) => i !== shortest);
}

function reorder(strokes: Stroke[], random: () => number, p: number): Stroke[] {
  const out = [...strokes];
  for (let i = 0; i + 1 < out.length; i++) {
    if (random() < p) [out[i], out[i + 1]] = [out[i + 1] as Stroke, out[i] as Stroke];
  }
  return out;
}

function joinNeighbours(strokes: Stroke[], random: () => number, p: number): Stroke[] {
  const out: Stroke[] = [];
  for (const stroke of strokes) {
    const last = out.at(-1);
    if (last && random() < p) out[out.length - 1] = [...last, ...stroke];
    else out.push(stroke);
  }
  return out;
}

function clamp(v: number): number {
  return Math.min(padSize, Math.max(0, v));
}
