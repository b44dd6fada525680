import { describe, expect, it } from 'vitest';
import { KioskError } from '../../api/kiosk-error.js';
import { Session } from '../session/session.js';
import { PlatformClient } from '../uplink/platform-client.js';
import { remoteWindowHandlers } from './remote-window-handlers.js';

describe('远程帮办 handlers', () => {
  // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
  const handlers = remoteWindowHandlers({ platform: new PlatformClient('http://127.0.0.1:9', undefined, 2000), session: new Session(60_000) });

  it('says plainly, with 12345, that no clerk can be reached offline', async () => {
    const failure = await handlers['remote.ask']({ item: null }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(KioskError);
    expect((failure as KioskError).toJSON()).toMatchObject({ code: 'NEEDS_NETWORK', message: expect.stringContaining('远程帮办'), hint: expect.stringContaining('12345') });
  });

  it('refuses a signal the platform would refuse before sending it (a control character in an ICE candidate)', async () => {
    const signal = { kind: 'candidate', candidate: 'candidate:1\u0000', sdpMid: '0', sdpMLineIndex: 0 } as const;
    const failure = await handlers['remote.signal']({ callId: '0190c8f4-0000-7000-8000-000000000001', signal }).catch((error: unknown) => error);
    expect((failure as KioskError).code).toBe('BAD_REQUEST');
  });
});
