import { affine, homography, project, type Point, type Quad } from './homography.js';

/**
 * A 2D canvas draws only affine maps, and the page runs without a JIT (and so without
 * WebAssembly: OpenCV.js cannot load), so the perspective is undone the way texture mappers did
 * before GPUs: the upright page is cut in a grid of triangles, and each is drawn from its place in
 * the photo with the affine map of its three corners. The canvas does the pixels; the script does
 * a few hundred small solves.
 */
const grid = 12;
/** Each triangle is drawn a hair larger than itself, so no seam of background shows between them. */
const overlap = 0.6;

function sideLength(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** The upright page's size in photo pixels: the mean of opposite sides, at most `maxSide` long. */
export function uprightSize([tl, tr, br, bl]: Quad, maxSide: number): { width: number; height: number } {
  const width = (sideLength(tl, tr) + sideLength(bl, br)) / 2;
  const height = (sideLength(tl, bl) + sideLength(tr, br)) / 2;
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** The triangle grown away from its centre by `by` pixels, so neighbours overlap. */
function grown(triangle: readonly [Point, Point, Point], by: number): [Point, Point, Point] {
  const cx = (triangle[0].x + triangle[1].x + triangle[2].x) / 3;
  const cy = (triangle[0].y + triangle[1].y + triangle[2].y) / 3;
  const out = (p: Point): Point => {
    const d = Math.hypot(p.x - cx, p.y - cy) || 1;
    return { x: p.x + ((p.x - cx) / d) * by, y: p.y + ((p.y - cy) / d) * by };
  };
  return [out(triangle[0]), out(triangle[1]), out(triangle[2])];
}

function drawTriangle(context: CanvasRenderingContext2D, photo: CanvasImageSource, inPhoto: readonly [Point, Point, Point], onPage: readonly [Point, Point, Point]): void {
  const map = affine(inPhoto, onPage);
  if (!map) return;
  const clip = grown(onPage, overlap);
  context.save();
  context.beginPath();
  context.moveTo(clip[0].x, clip[0].y);
  context.lineTo(clip[1].x, clip[1].y);
  context.lineTo(clip[2].x, clip[2].y);
  context.closePath();
  context.clip();
  context.setTransform(...map);
  context.drawImage(photo, 0, 0);
  context.restore();
}

/** The page at `corners` of the photo, drawn upright and cropped onto a new canvas. */
export function warpPage(photo: CanvasImageSource, corners: Quad, size: { width: number; height: number }): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [size.width, size.height];
  const context = canvas.getContext('2d');
  const toPhoto = homography(
    [
      { x: 0, y: 0 },
      { x: size.width, y: 0 },
      { x: size.width, y: size.height },
      { x: 0, y: size.height },
    ],
    corners,
  );
  if (!context || !toPhoto) throw new Error('no 2D canvas, or corners that make no page');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size.width, size.height);
  const at = (i: number, j: number): Point => ({ x: (size.width * i) / grid, y: (size.height * j) / grid });
  for (let j = 0; j < grid; j += 1) {
    for (let i = 0; i < grid; i += 1) {
      const [a, b, c, d] = [at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j + 1)];
      for (const triangle of [[a, b, c], [a, c, d]] as const) {
        drawTriangle(context, photo, [project(toPhoto, triangle[0]), project(toPhoto, triangle[1]), project(toPhoto, triangle[2])], triangle);
      }
    }
  }
  return canvas;
}
