import { describe, expect, it } from 'vitest';
import { electronFake } from '../../tests/support/electron-fake.js';
import { setUpKiosk } from './kiosk-window.js';
import { capturesPage } from './page-capture.js';

function kioskContents() {
  const electron = electronFake({ packaged: true });
  setUpKiosk(electron, { pageUrl: 'file:///opt/tongban/renderer/index.html', preload: '/opt/tongban/preload.cjs', devTools: false, log: () => undefined });
  const window = electron.windows[0];
  if (!window) throw new Error('setUpKiosk opened no window');
  return window.webContents;
}

describe('a screenshot under Electron', () => {
  it('is the kiosk window\'s page as it is painted, as PNG', async () => {
    const contents = kioskContents();
    // What the window paints is Electron's business; the shell passes its PNG bytes on untouched.
    contents.shown = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const capture = await capturesPage(contents)();
    expect(capture.ok && Buffer.from(capture.png, 'base64').equals(contents.shown)).toBe(true);
  });

  it('says why there is none when the window shows nothing yet or is gone', async () => {
    const contents = kioskContents();
    expect(await capturesPage(contents)()).toEqual({ ok: false, reason: expect.stringContaining('the kiosk window shows nothing yet') });
    contents.destroyed = true;
    expect(await capturesPage(contents)()).toEqual({ ok: false, reason: expect.stringContaining('the kiosk window is closed') });
  });
});
