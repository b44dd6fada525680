import { describe, expect, it } from 'vitest';
import { sampleKioskStatus } from '../../tests/support/kiosk-status.js';
import { KioskError, type KioskBridge } from '../api.js';
import { createElectronKiosk } from './electron.js';
import { unavailableMessage } from './unavailable.js';
import { validation } from './validation.js';

const status = sampleKioskStatus;

function fakeBridge(reply: (name: string, payload: unknown) => Promise<unknown>) {
  const sent: { name: string; payload: unknown }[] = [];
  let push: (envelope: unknown) => void = () => undefined;
  const bridge: KioskBridge = {
    invoke: (name, payload) => {
      sent.push({ name, payload });
      return reply(name, payload);
    },
    on: (listener) => {
      push = listener;
      return () => undefined;
    },
  };
  return { bridge, sent, push: (envelope: unknown) => push(envelope) };
}

const caught = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e as KioskError);

describe('electron transport', () => {
  it('sends the parsed payload (defaults filled in) and returns the checked value', async () => {
    const { bridge, sent } = fakeBridge(async () => ({ ok: true, value: { cardType: 'resident', maskedName: '张*', maskedIdNumber: '4201**********0010', source: 'card' } }));
    const identity = await createElectronKiosk(bridge).invoke('identity.read', {});
    expect(identity.maskedName).toBe('张*');
    expect(sent).toEqual([{ name: 'identity.read', payload: { timeoutMs: 30_000 } }]);
  });

  it('rejects with INTERNAL when the reply breaks the schema, and "unavailable" when IPC fails', async () => {
    const bad = fakeBridge(async () => ({ ok: true, value: { ...status, online: 'yes' } }));
    const badError = await caught(createElectronKiosk(bad.bridge).invoke('kiosk.status', {}));
    expect(badError).toBeInstanceOf(KioskError);
    expect(badError?.code).toBe('INTERNAL');
    const gone = fakeBridge(() => Promise.reject(new Error('core process exited')));
    expect((await caught(createElectronKiosk(gone.bridge).invoke('kiosk.status', {})))?.message).toBe(unavailableMessage);
  });

  it('passes on only well-formed events, in the order they came', async () => {
    const fake = fakeBridge(async () => null);
    const seen: unknown[] = [];
    createElectronKiosk(fake.bridge).on('kiosk.status', (payload) => seen.push(payload));
    fake.push({ event: 'kiosk.status', payload: status });
    fake.push({ event: 'kiosk.status', payload: { hallName: 1 } });
    fake.push('garbage');
    fake.push({ event: 'kiosk.status', payload: { ...status, online: false } });
    await validation();
    expect(seen).toEqual([status, { ...status, online: false }]);
  });
});
