import type { Input } from 'electron';
import { describe, expect, it } from 'vitest';
import { electronFake, fakeEvent, keyInput, navigationTo, type ElectronFake, type FakeWebContents } from '../../tests/support/electron-fake.js';
import { contentSecurityPolicy } from '../bridge/static-files.js';
import { setUpKiosk } from './kiosk-window.js';
import type { Permission, PermissionCheckDetails, PermissionRequestDetails } from './shell-electron.js';
import { shellFlags } from './shell-flags.js';

const pageUrl = 'file:///opt/tongban/renderer/index.html';

function kiosk(options: { packaged?: boolean; devTools?: boolean } = {}): { electron: ElectronFake; contents: FakeWebContents; lines: string[] } {
  const electron = electronFake({ packaged: options.packaged ?? true });
  const lines: string[] = [];
  setUpKiosk(electron, { pageUrl, preload: '/opt/tongban/preload.cjs', devTools: options.devTools ?? false, log: (line) => lines.push(line) });
  const window = electron.windows[0];
  if (!window) throw new Error('setUpKiosk opened no window');
  return { electron, contents: window.webContents, lines };
}

function pressed(contents: FakeWebContents, input: Input): boolean {
  const event = fakeEvent({});
  contents.emit('before-input-event', event, input);
  return !event.defaultPrevented;
}

describe('the kiosk window', () => {
  it('is a kiosk with the page kept from Node, showing our page and no menu', () => {
    const { electron } = kiosk();
    const window = electron.windows[0];
    expect(electron.windows).toHaveLength(1);
    expect(window?.options).toMatchObject({ kiosk: true, fullscreen: true });
    expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: false });
    expect(window?.loaded).toEqual([pageUrl]);
    expect(electron.applicationMenu).toBeNull();
  });

  it('sends every page our content security policy', () => {
    const { electron } = kiosk();
    let headers: Record<string, string | string[]> | undefined;
    const details = { responseHeaders: { 'content-type': ['text/html'] } } as unknown as Parameters<NonNullable<typeof electron.session.defaultSession.headersListener>>[0];
    electron.session.defaultSession.headersListener?.(details, (response) => (headers = response.responseHeaders));
    expect(headers).toEqual({ 'content-type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy] });
  });
});

describe('keys', () => {
  const refused: [string, Input][] = [
    ['Ctrl+W', keyInput('w', { control: true })],
    ['Ctrl+R', keyInput('r', { control: true })],
    ['Ctrl+Shift+R', keyInput('R', { control: true, shift: true })],
    ['Ctrl+Q', keyInput('q', { control: true })],
    ['Ctrl+N', keyInput('n', { control: true })],
    ['Ctrl+T', keyInput('t', { control: true })],
    ['Ctrl+P', keyInput('p', { control: true })],
    ['Ctrl+Shift+I', keyInput('I', { control: true, shift: true })],
    ['Ctrl+Shift+J', keyInput('J', { control: true, shift: true })],
    ['Cmd+W', keyInput('w', { meta: true })],
    ['Cmd+Q', keyInput('q', { meta: true })],
    ['Cmd+Alt+I', keyInput('i', { meta: true, alt: true })],
    ['Ctrl+=', keyInput('=', { control: true })],
    ['Ctrl+-', keyInput('-', { control: true })],
    ['Ctrl+0', keyInput('0', { control: true })],
    ['F5', keyInput('F5')],
    ['F11', keyInput('F11')],
    ['F12', keyInput('F12')],
    ['Alt+F4', keyInput('F4', { alt: true })],
    ['Alt+Tab', keyInput('Tab', { alt: true })],
  ];
  it.each(refused)('%s does nothing', (_name, input) => {
    expect(pressed(kiosk().contents, input)).toBe(false);
  });

  const typed: [string, Input][] = [
    ['a letter', keyInput('w')],
    ['a capital', keyInput('R', { shift: true })],
    ['a digit', keyInput('0')],
    ['Enter (a scanner ends a code with it)', keyInput('Enter')],
    ['Backspace', keyInput('Backspace')],
    ['Tab (focus moves)', keyInput('Tab')],
  ];
  it.each(typed)('%s reaches the page', (_name, input) => {
    expect(pressed(kiosk().contents, input)).toBe(true);
  });
});

describe('touch and mouse', () => {
  it('shows no context menu, cannot be pinched larger, opens no popup and no webview', () => {
    const { contents } = kiosk();
    const menu = fakeEvent({});
    contents.emit('context-menu', menu);
    const webview = fakeEvent({});
    contents.emit('will-attach-webview', webview);
    expect(menu.defaultPrevented).toBe(true);
    expect(webview.defaultPrevented).toBe(true);
    expect(contents.zoomLimits).toEqual([[1, 1]]);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/', frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'default' } })).toEqual({ action: 'deny' });
  });
});

describe('navigation', () => {
  const elsewhere = ['https://example.com/', 'file:///home/kiosk/dropped.pdf', 'file:///opt/tongban/renderer/other.html', 'chrome://settings'];
  const kinds = ['will-navigate', 'will-redirect', 'will-frame-navigate'] as const;

  function navigates(contents: FakeWebContents, kind: (typeof kinds)[number], url: string): boolean {
    const event = fakeEvent(navigationTo(url));
    if (kind === 'will-frame-navigate') contents.emit(kind, event);
    else contents.emit(kind, event, url);
    return !event.defaultPrevented;
  }

  it.each(kinds.flatMap((kind) => elsewhere.map((url) => [kind, url] as const)))('%s to %s is refused', (kind, url) => {
    expect(navigates(kiosk().contents, kind, url)).toBe(false);
  });

  it.each(kinds)('%s to our own page goes ahead', (kind) => {
    expect(navigates(kiosk().contents, kind, pageUrl)).toBe(true);
  });
});

describe('permissions', () => {
  const request = (permission: Permission, details: Partial<PermissionRequestDetails> & object = {}): boolean => {
    const { electron, contents } = kiosk();
    let granted: boolean | undefined;
    const full = { isMainFrame: true, requestingUrl: pageUrl, ...details } as PermissionRequestDetails;
    electron.session.defaultSession.requestHandler?.(contents as never, permission, (answer) => (granted = answer), full);
    if (granted === undefined) throw new Error('the request handler never answered');
    return granted;
  };
  const check = (permission: Permission, details: Partial<PermissionCheckDetails> = {}): boolean => {
    const { electron } = kiosk();
    const handler = electron.session.defaultSession.checkHandler;
    if (!handler) throw new Error('no permission check handler');
    return handler(null, permission, 'file://', { isMainFrame: true, requestingUrl: pageUrl, ...details });
  };

  const refusedOutright: Permission[] = [
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'idle-detection',
    'window-management',
    'mediaKeySystem',
    'keyboardLock',
    'unknown',
  ];
  it.each(refusedOutright)('%s is refused, asked or checked', (permission) => {
    expect(request(permission)).toBe(false);
    expect(check(permission)).toBe(false);
  });

  it.each([
    ['no media type named', []],
    ['no media types at all', undefined],
  ] as const)('media with %s is refused', (_name, mediaTypes) => {
    expect(request('media', mediaTypes === undefined ? {} : { mediaTypes: [...mediaTypes] })).toBe(false);
  });

  // The document camera, and 远程帮办's camera and microphone while a call lasts.
  it.each([
    ['the camera', ['video']],
    ['the microphone', ['audio']],
    ['camera and microphone', ['video', 'audio']],
  ] as const)('media with %s is allowed', (_name, mediaTypes) => {
    expect(request('media', { mediaTypes: [...mediaTypes] })).toBe(true);
  });

  it('camera and microphone are allowed when checked; nothing else is', () => {
    expect(check('media', { mediaType: 'video' })).toBe(true);
    expect(check('media', { mediaType: 'audio' })).toBe(true);
    expect(check('media', { mediaType: 'unknown' })).toBe(false);
  });
});

describe('developer tools', () => {
  it('are closed when opened in a packaged build, even when asked for', () => {
    const { electron, contents } = kiosk({ packaged: true, devTools: true });
    expect(electron.windows[0]?.options.webPreferences?.devTools).toBe(false);
    contents.emit('devtools-opened');
    expect(contents.devToolsClosed).toBe(1);
  });

  it('are closed when not asked for', () => {
    const { contents } = kiosk({ packaged: false, devTools: false });
    contents.emit('devtools-opened');
    expect(contents.devToolsClosed).toBe(1);
  });

  it('open for a developer who asked, running from the source tree', () => {
    const { electron, contents } = kiosk({ packaged: false, devTools: true });
    expect(electron.windows[0]?.options.webPreferences?.devTools).toBe(true);
    contents.emit('devtools-opened');
    expect(contents.devToolsClosed).toBe(0);
  });

  it('and the loopback host are asked for by TONGBAN_DEVTOOLS=1 and TONGBAN_HTTP_HOST=1 only', () => {
    expect(shellFlags({})).toEqual({ devTools: false, httpHost: false, quietHour: undefined });
    expect(shellFlags({ TONGBAN_DEVTOOLS: '1', TONGBAN_HTTP_HOST: '1', TONGBAN_QUIET_HOUR: '3' })).toEqual({ devTools: true, httpHost: true, quietHour: 3 });
    expect(() => shellFlags({ TONGBAN_HTTP_HOST: 'yes' })).toThrow();
    expect(() => shellFlags({ TONGBAN_QUIET_HOUR: '24' })).toThrow();
  });
});

describe('a renderer that dies', () => {
  it('is reloaded after a crash or an out-of-memory kill', () => {
    const { contents, lines } = kiosk();
    contents.emit('render-process-gone', fakeEvent({}), { reason: 'crashed', exitCode: 139 });
    contents.emit('render-process-gone', fakeEvent({}), { reason: 'oom', exitCode: 0 });
    expect(contents.reloads).toBe(2);
    expect(lines.join('\n')).toMatch(/crashed.*reloading/);
  });

  it('cannot be pinched larger once reloaded either', () => {
    const { contents } = kiosk();
    contents.emit('render-process-gone', fakeEvent({}), { reason: 'crashed', exitCode: 139 });
    contents.emit('did-finish-load');
    expect(contents.zoomLimits).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it('is crashed and reloaded when it hangs', () => {
    const { contents } = kiosk();
    contents.emit('unresponsive');
    expect(contents.crashes).toBe(1);
    expect(contents.reloads).toBe(1);
  });

  it('is left alone when its window is already gone', () => {
    const { contents } = kiosk();
    contents.destroyed = true;
    contents.emit('render-process-gone', fakeEvent({}), { reason: 'crashed', exitCode: 139 });
    contents.emit('unresponsive');
    expect(contents.reloads + contents.crashes).toBe(0);
  });
});
