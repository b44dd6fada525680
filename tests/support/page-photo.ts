import { homography, project, type Homography, type Quad } from '../../renderer/camera/page/homography.js';
import type { Pixels } from '../../renderer/camera/page/find-page.js';

/** An A4 sheet in page units (width 1, height √2) and where its printed frame runs. */
export const a4 = { width: 1, height: Math.SQRT2 } as const;
export const frameInset = 0.08;
const frameThickness = 0.012;

/** Paper white; the printed frame, and lines of "text" inside it, black. */
function pageInk(u: number, v: number): boolean {
  const inFrame = u > frameInset && u < a4.width - frameInset && v > frameInset && v < a4.height - frameInset;
  const onFrame = inFrame && (u < frameInset + frameThickness || u > a4.width - frameInset - frameThickness || v < frameInset + frameThickness || v > a4.height - frameInset - frameThickness);
  const line = Math.floor((v - 0.2) / 0.05);
  const text = v > 0.2 && v < 1.2 && (v - 0.2) % 0.05 < 0.018 && u > 0.15 && u < 0.85 - (line % 3) * 0.12;
  return onFrame || text;
}

/**
 * A photo of an A4 page lying at an angle on a darker desk, as a document camera would see it,
 * `corners` being where the page's corners land in the picture. Pure arithmetic: no canvas in Node.
 */
export function pagePhoto(width: number, height: number, corners: Quad): Pixels {
  const page: Quad = [
    { x: 0, y: 0 },
    { x: a4.width, y: 0 },
    { x: a4.width, y: a4.height },
    { x: 0, y: a4.height },
  ];
  const toPage = homography(corners, page);
  if (!toPage) throw new Error('the corners make no page');
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const { x: u, y: v } = project(toPage, { x: x + 0.5, y: y + 0.5 });
      const onPage = u >= 0 && u <= a4.width && v >= 0 && v <= a4.height;
      // A desk of dark grey with a gentle gradient, so the threshold is not handed a flat field.
      const value = onPage ? (pageInk(u, v) ? 20 : 235) : 60 + Math.round((30 * x) / width);
      data.set([value, value, onPage ? value : value + 8, 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

/** Where the page's printed frame corners land in the photo. */
export function frameCornersIn(corners: Quad): Quad {
  const page: Quad = [
    { x: 0, y: 0 },
    { x: a4.width, y: 0 },
    { x: a4.width, y: a4.height },
    { x: 0, y: a4.height },
  ];
  const toPhoto = homography(page, corners) as Homography;
  const [l, r, t, b] = [frameInset, a4.width - frameInset, frameInset, a4.height - frameInset];
  return [project(toPhoto, { x: l, y: t }), project(toPhoto, { x: r, y: t }), project(toPhoto, { x: r, y: b }), project(toPhoto, { x: l, y: b })];
}

/** The picture as a one-frame YUV4MPEG2 (4:2:0) file, what Chromium's fake camera plays in a loop. */
export function y4mOf({ width, height, data }: Pixels): Buffer {
  const luma = Buffer.alloc(width * height);
  const chroma = (width / 2) * (height / 2);
  const [u, v] = [Buffer.alloc(chroma), Buffer.alloc(chroma)];
  for (let i = 0; i < width * height; i += 1) {
    const [r = 0, g = 0, b = 0] = data.subarray(i * 4, i * 4 + 3);
    luma[i] = Math.round(0.257 * r + 0.504 * g + 0.098 * b + 16);
    const [x, y] = [i % width, Math.floor(i / width)];
    if (x % 2 === 0 && y % 2 === 0) {
      const at = (y / 2) * (width / 2) + x / 2;
      u[at] = Math.round(-0.148 * r - 0.291 * g + 0.439 * b + 128);
      v[at] = Math.round(0.439 * r - 0.368 * g - 0.071 * b + 128);
    }
  }
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\nFRAME\n`, 'latin1');
  return Buffer.concat([header, luma, u, v]);
}
