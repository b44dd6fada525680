import { maxPageBytes } from '../api.js';
import { compressPage } from './page/compress-page.js';
import { findPage, type Pixels } from './page/find-page.js';
import type { Quad } from './page/homography.js';
import { uprightSize, warpPage } from './page/warp-page.js';

/**
 * The document camera, through the browser's getUserMedia: the same in Electron (which grants the
 * camera and nothing else) and in Chromium under the browser host. Video only; no sound is taken.
 */

/** Wide enough to read a document's small print; a page comes out at most this long. */
const maxWidth = 1600;
/** The page is looked for in a small copy: a few thousand pixels are plenty, and cheap without a JIT. */
const searchWidth = 240;

export function openCamera(): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({ video: { width: { ideal: maxWidth } }, audio: false });
}

/** Turns the camera off: its light goes out and no frame of this citizen is kept by it. */
export function closeCamera(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

function canvasOf(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [Math.max(1, Math.round(width)), Math.max(1, Math.round(height))];
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D canvas to take the photo with');
  return { canvas, context };
}

/** Where the page lies in the frame, in the frame's pixels, found in a small copy of it. */
function pageCorners(frame: HTMLCanvasElement): Quad | null {
  const scale = searchWidth / frame.width;
  const { context } = canvasOf(searchWidth, frame.height * scale);
  context.drawImage(frame, 0, 0, context.canvas.width, context.canvas.height);
  const small: Pixels = context.getImageData(0, 0, context.canvas.width, context.canvas.height);
  const found = findPage(small);
  if (!found) return null;
  const [tl, tr, br, bl] = found.map((p) => ({ x: p.x / scale, y: p.y / scale }));
  return tl && tr && br && bl ? [tl, tr, br, bl] : null;
}

/**
 * The page now showing: found, cropped, made upright and compressed to at most maxPageBytes of
 * JPEG, in base64 (no data: prefix). Where no page stands out the whole frame is kept.
 */
export function capturePage(video: HTMLVideoElement): string {
  const scale = Math.min(1, maxWidth / video.videoWidth);
  const { canvas: frame, context } = canvasOf(video.videoWidth * scale, video.videoHeight * scale);
  context.drawImage(video, 0, 0, frame.width, frame.height);
  const corners = pageCorners(frame);
  const page = corners ? warpPage(frame, corners, uprightSize(corners, maxWidth)) : frame;
  return compressPage(page, maxPageBytes);
}
