import type { CaptureScreen } from '../bridge/screen-source.js';
import type { ShellWebContents } from './shell-electron.js';

/**
 * A screenshot under Electron: the kiosk window's page as it is painted, from webContents.capturePage
 * (no permission prompt, nothing drawn on the screen). A window gone or not painted gives none, and says so.
 */
export function capturesPage(contents: Pick<ShellWebContents, 'capturePage' | 'isDestroyed'>): CaptureScreen {
  return async () => {
    if (contents.isDestroyed()) return { ok: false, reason: '未截图：终端窗口已关闭 / no screenshot taken: the kiosk window is closed' };
    const image = await contents.capturePage();
    if (image.isEmpty()) return { ok: false, reason: '未截图：终端窗口尚未显示画面 / no screenshot taken: the kiosk window shows nothing yet' };
    return { ok: true, png: image.toPNG().toString('base64') };
  };
}
