import type { ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import { noScreen, type CaptureScreen } from '../electron/bridge/screen-source.js';
import { DevToolsPipe } from './devtools-pipe.js';

const targetsSchema = z.object({ targetInfos: z.array(z.object({ targetId: z.string(), type: z.string(), url: z.string() })) });
const attachedSchema = z.object({ sessionId: z.string() });
const shotSchema = z.object({ data: z.base64() });

/** One DevTools connection per Chromium process: keepOpen starts a new one when the last died. */
const pipes = new WeakMap<ChildProcess, DevToolsPipe>();

/** The DevTools connection of a Chromium openChromiumKiosk started; undefined for one started without the pipe. */
export function devToolsOf(browser: ChildProcess): DevToolsPipe | undefined {
  const [toBrowser, fromBrowser] = [browser.stdio[3], browser.stdio[4]] as [Writable | null | undefined, Readable | null | undefined];
  if (!toBrowser || !fromBrowser) return undefined;
  const known = pipes.get(browser) ?? new DevToolsPipe(toBrowser, fromBrowser);
  pipes.set(browser, known);
  return known;
}

/**
 * A screenshot in the browser host: the Chromium it started (openChromiumKiosk) takes the kiosk
 * page, found by its origin, with the DevTools protocol's Page.captureScreenshot, as it is painted.
 */
export function chromiumScreen(browser: () => ChildProcess, pageUrl: string): CaptureScreen {
  const origin = new URL(pageUrl).origin;
  return async () => {
    const pipe = devToolsOf(browser());
    if (!pipe) return noScreen();
    const { targetInfos } = targetsSchema.parse(await pipe.send('Target.getTargets'));
    const page = targetInfos.find((target) => target.type === 'page' && URL.canParse(target.url) && new URL(target.url).origin === origin);
    if (!page) return { ok: false, reason: '未截图：终端的浏览器没有打开终端页面 / no screenshot taken: the kiosk\'s browser does not show the kiosk page' };
    const { sessionId } = attachedSchema.parse(await pipe.send('Target.attachToTarget', { targetId: page.targetId, flatten: true }));
    try {
      const { data } = shotSchema.parse(await pipe.send('Page.captureScreenshot', { format: 'png' }, sessionId));
      return { ok: true, png: data };
    } finally {
      await pipe.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    }
  };
}
