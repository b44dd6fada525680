import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DevToolsPipe } from './devtools-pipe.js';

/** A pipe to a pretend Chromium: what we wrote to its fd 3, and its fd 4 to answer on. */
function pretendBrowser() {
  const toBrowser = new PassThrough();
  const fromBrowser = new PassThrough();
  const written: string[] = [];
  toBrowser.on('data', (chunk: Buffer) => written.push(chunk.toString('utf8')));
  return { pipe: new DevToolsPipe(toBrowser, fromBrowser), fromBrowser, written };
}

describe('the DevTools pipe to the kiosk\'s Chromium', () => {
  it('sends NUL-ended calls and settles each by its id, however the replies are cut into chunks', async () => {
    const { pipe, fromBrowser, written } = pretendBrowser();
    const first = pipe.send('Target.getTargets');
    const second = pipe.send('Page.captureScreenshot', { format: 'png' }, 'S1');
    await new Promise((resolve) => setImmediate(resolve));
    expect(written.join('')).toBe('{"id":1,"method":"Target.getTargets","params":{}}\0{"id":2,"method":"Page.captureScreenshot","params":{"format":"png"},"sessionId":"S1"}\0');
    // An event nobody asked for, the second reply, then the first split across two chunks.
    fromBrowser.write('{"method":"Target.targetCreated","params":{}}\0{"id":2,"result":{"data":"iVBO"}}\0{"id":1,"res');
    fromBrowser.write('ult":{"targetInfos":[]}}\0');
    expect(await second).toEqual({ data: 'iVBO' });
    expect(await first).toEqual({ targetInfos: [] });
  });

  it('rejects a call the browser refused, and every waiting call once the browser is gone', async () => {
    const { pipe, fromBrowser } = pretendBrowser();
    const refused = pipe.send('Page.captureScreenshot', {}, 'gone');
    fromBrowser.write('{"id":1,"error":{"code":-32001,"message":"Session with given id not found."}}\0');
    await expect(refused).rejects.toThrow('Session with given id not found.');
    const waiting = pipe.send('Target.getTargets');
    fromBrowser.destroy();
    await expect(waiting).rejects.toThrow('closed its DevTools pipe');
    await expect(pipe.send('Target.getTargets')).rejects.toThrow('closed its DevTools pipe');
  });
});
