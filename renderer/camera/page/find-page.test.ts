import { describe, expect, it } from 'vitest';
import { frameCornersIn, pagePhoto } from '../../../tests/support/page-photo.js';
import { findPage } from './find-page.js';
import { homography, project, type Quad } from './homography.js';

const [width, height] = [480, 360];
/** An A4 page photographed from the side and turned a little: its far edge shorter than its near one. */
const skewed: Quad = [
  { x: 170, y: 40 },
  { x: 330, y: 55 },
  { x: 370, y: 330 },
  { x: 110, y: 310 },
];

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('finding the page in a photo', () => {
  it('finds the four corners of a page lying at an angle', () => {
    const found = findPage(pagePhoto(width, height, skewed));
    expect(found).not.toBeNull();
    found?.forEach((corner, i) => expect(distance(corner, skewed[i] ?? corner)).toBeLessThan(width * 0.015));
  });

  it('finds them on a page turned by 40°, where the corners are no longer the diagonals’ extremes', () => {
    const [cx, cy, angle] = [240, 180, (40 * Math.PI) / 180];
    const at = (dx: number, dy: number) => ({ x: cx + dx * Math.cos(angle) - dy * Math.sin(angle), y: cy + dx * Math.sin(angle) + dy * Math.cos(angle) });
    const turned: Quad = [at(-70, -99), at(70, -99), at(70, 99), at(-70, 99)];
    const found = findPage(pagePhoto(width, height, turned));
    expect(found).not.toBeNull();
    // Turned past 45° or not, each true corner is one of the four found.
    for (const corner of turned) expect(Math.min(...(found ?? []).map((f) => distance(f, corner)))).toBeLessThan(width * 0.015);
  });

  it('straightened by those corners, the page’s printed frame comes out a rectangle', () => {
    const found = findPage(pagePhoto(width, height, skewed)) as Quad;
    const [w, h] = [1000, 1414];
    const upright = homography(found, [
      { x: 0, y: 0 },
      { x: w, y: 0 },
      { x: w, y: h },
      { x: 0, y: h },
    ]);
    expect(upright).not.toBeNull();
    const [tl, tr, br, bl] = frameCornersIn(skewed).map((p) => project(upright ?? [], p));
    // Opposite edges parallel to the axes, within 1% of the page: left and right, top and bottom.
    expect(Math.abs((tl?.x ?? 0) - (bl?.x ?? 0))).toBeLessThan(w * 0.01);
    expect(Math.abs((tr?.x ?? 0) - (br?.x ?? 0))).toBeLessThan(w * 0.01);
    expect(Math.abs((tl?.y ?? 0) - (tr?.y ?? 0))).toBeLessThan(h * 0.01);
    expect(Math.abs((bl?.y ?? 0) - (br?.y ?? 0))).toBeLessThan(h * 0.01);
    // And the frame's inset is the printed one (8% of the width): nothing of the desk came along.
    expect((tl?.x ?? 0) / w).toBeCloseTo(0.08, 1);
  });

  it('leaves the photo as it is when no page stands out, or the page fills the frame', () => {
    const blank = { width, height, data: new Uint8ClampedArray(width * height * 4).fill(128) };
    expect(findPage(blank)).toBeNull();
    const filling = pagePhoto(width, height, [
      { x: -10, y: -10 },
      { x: width + 10, y: -10 },
      { x: width + 10, y: height + 10 },
      { x: -10, y: height + 10 },
    ]);
    expect(findPage(filling)).toBeNull();
  });
});
