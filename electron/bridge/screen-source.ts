import type { ScreenCapture } from '../api/process.js';

/** How a shell takes the kiosk page as the screen shows it: Electron's window, or the Chromium the browser host started. */
export type CaptureScreen = () => Promise<ScreenCapture>;

/** Until a shell says how, and wherever the page is in a browser someone else opened: no picture, and why. */
export const noScreen: CaptureScreen = async () => ({
  ok: false,
  reason: '未截图：终端页面显示在本程序没有启动的浏览器中，无法截取 / no screenshot taken: the kiosk page is shown by a browser this host did not start, so it cannot capture it',
});

/** A capture that threw, in words for the operator. */
export function failedCapture(error: unknown): ScreenCapture {
  const why = error instanceof Error ? error.message : String(error);
  return { ok: false, reason: `未截图：截取屏幕出错 / no screenshot taken: capturing the screen failed (${why})`.slice(0, 400) };
}
