import { describe, expect, it } from 'vitest';
import type { KioskApi, KioskStatus } from '../api.js';
import { followStatus } from './use-status.js';

// followStatus passes statuses through without reading them; only `online` tells them apart here.
const status = (online: boolean): KioskStatus => ({ online }) as unknown as KioskStatus;

function fakeKiosk() {
  let reply: (value: KioskStatus) => void = () => undefined;
  let listener: (value: KioskStatus) => void = () => undefined;
  const kiosk = {
    invoke: () => new Promise<KioskStatus>((resolve) => (reply = resolve)),
    on: (_event: string, on: (value: KioskStatus) => void) => {
      listener = on;
      return () => (listener = () => undefined);
    },
  } as unknown as Pick<KioskApi, 'invoke' | 'on'>;
  return { kiosk, reply: (value: KioskStatus) => reply(value), event: (value: KioskStatus) => listener(value) };
}

describe('the status a page follows', () => {
  it('shows the answer to its first question', async () => {
    const fake = fakeKiosk();
    const shown: boolean[] = [];
    followStatus(fake.kiosk, (value) => shown.push(value.online));
    fake.reply(status(true));
    await Promise.resolve();
    expect(shown).toEqual([true]);
  });

  it('keeps the offline event when the answer asked before it arrives after it', async () => {
    const fake = fakeKiosk();
    const shown: boolean[] = [];
    followStatus(fake.kiosk, (value) => shown.push(value.online));
    fake.event(status(false));
    fake.reply(status(true));
    await Promise.resolve();
    expect(shown).toEqual([false]);
  });

  it('shows nothing once the page has stopped following', async () => {
    const fake = fakeKiosk();
    const shown: boolean[] = [];
    const stop = followStatus(fake.kiosk, (value) => shown.push(value.online));
    stop();
    fake.event(status(false));
    fake.reply(status(true));
    await Promise.resolve();
    expect(shown).toEqual([]);
  });
});
