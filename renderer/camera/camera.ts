/**
 * The document camera, through the browser's getUserMedia: the same in Electron (which grants the
 * camera and nothing else) and in Chromium under the browser host. Video only; no sound is taken.
 */

/** Wide enough to read a document's small print; small enough to go up quickly on a slow line. */
const maxWidth = 1600;
const jpegQuality = 0.85;

export function openCamera(): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({ video: { width: { ideal: maxWidth } }, audio: false });
}

/** Turns the camera off: its light goes out and no frame of this citizen is kept by it. */
export function closeCamera(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

/** The frame now showing, as JPEG bytes in base64 (no data: prefix), scaled down to maxWidth. */
export function captureJpeg(video: HTMLVideoElement): string {
  const scale = Math.min(1, maxWidth / video.videoWidth);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(video.videoWidth * scale);
  canvas.height = Math.round(video.videoHeight * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas to take the photo with');
  context.drawImage(video, 0, 0, canvas.width, canvas.height);
  return dataUrlBase64(canvas.toDataURL('image/jpeg', jpegQuality));
}

/** The base64 part of a data: URL. */
export function dataUrlBase64(url: string): string {
  return url.slice(url.indexOf(',') + 1);
}
