import { describe, expect, it } from 'vitest';
import { KioskError } from '../../api/kiosk-error.js';
import { kioskCore } from '../../../tests/support/kiosk-core.js';
import { PlatformClient } from '../uplink/platform-client.js';
import { remoteWindowHandlers } from './remote-window-handlers.js';

describe('远程帮办 handlers', () => {
  // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
  const core = kioskCore();
  const handlers = remoteWindowHandlers({ ...core.services, platform: new PlatformClient('http://127.0.0.1:9', undefined, 2000) });

  it('says plainly, with 12345, that no clerk can be reached offline', async () => {
    const failure = await handlers['remote.ask']({ item: null }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(KioskError);
    expect((failure as KioskError).toJSON()).toMatchObject({ code: 'NEEDS_NETWORK', message: expect.stringContaining('远程帮办'), hint: expect.stringContaining('12345') });
  });

  it('keeps a number to call back offline, sealed in the outbox, to go up when the line is back', async () => {
    const item = { code: 'WH-RS-002', name: '社会保障卡补领' };
    expect(await handlers['remote.callback']({ callId: null, item, phone: '13800138000' })).toEqual({ left: true, upload: 'waiting' });
    const rows = core.db.prepare<[], { body: Buffer }>("SELECT body FROM events JOIN outbox ON outbox.event_id = events.id WHERE kind = 'help_call'").all();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.body.includes(Buffer.from('13800138000'))).toBe(false);
    const [queued] = core.db.prepare<[], { id: string }>('SELECT id FROM events').all();
    expect(core.services.events.item(queued?.id ?? '')).toMatchObject({ kind: 'help_call', item: { phone: '13800138000', item } });
  });

  it('refuses a signal the platform would refuse before sending it (a control character in an ICE candidate)', async () => {
    const signal = { kind: 'candidate', candidate: 'candidate:1\u0000', sdpMid: '0', sdpMLineIndex: 0 } as const;
    const failure = await handlers['remote.signal']({ callId: '0190c8f4-0000-7000-8000-000000000001', signal }).catch((error: unknown) => error);
    expect((failure as KioskError).code).toBe('BAD_REQUEST');
  });
});
