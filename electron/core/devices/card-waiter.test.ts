import { describe, expect, it } from 'vitest';
import { IdCardSession, type IdCardSessionEvents } from '../../../drivers/idcard/session.js';
import { CHEN_XIAOXIN, XIANG_JIANGUO } from '../../../drivers/sim/cards.js';
import { IdCardSimulator } from '../../../drivers/sim/idcard-sim.js';
import { memoryPair } from '../../../drivers/transport/memory.js';
import type { ByteTransport } from '../../../drivers/transport/transport.js';
import { CardWaiter } from './card-waiter.js';

function reader() {
  const [host, device] = memoryPair('reader');
  const sim = new IdCardSimulator(device, {});
  const session = new IdCardSession({ open: async () => host, pollIntervalMs: 5 });
  const waiter = new CardWaiter(session);
  session.start();
  return { sim, session, waiter };
}

const nameOf = (read: Awaited<ReturnType<CardWaiter['next']>>) => (read.cardType === 'unknown' ? '' : read.name);

describe('waiting for the citizen card', () => {
  it('gives the card placed while the screen waits', async () => {
    const { sim, session, waiter } = reader();
    const read = waiter.next(10_000);
    sim.placeCard(CHEN_XIAOXIN);
    expect(nameOf(await read)).toBe('陈晓欣');
    await session.stop();
  });

  it('never hands the previous citizen’s forgotten card to the next one', async () => {
    const { sim, session, waiter } = reader();
    sim.placeCard(CHEN_XIAOXIN);
    expect(nameOf(await waiter.next(10_000))).toBe('陈晓欣');
    waiter.forgetPresent();
    const next = waiter.next(10_000);
    // One hand lifts the forgotten card and puts another down between two polls.
    sim.placeCard(XIANG_JIANGUO);
    expect(nameOf(await next)).toBe('向建国');
    await session.stop();
  });

  it('says no card was read when none comes', async () => {
    const { session, waiter } = reader();
    await expect(waiter.next(50)).rejects.toMatchObject({ code: 'CARD_TIMEOUT' });
    await session.stop();
  });
});

function once(session: IdCardSession, event: keyof IdCardSessionEvents): Promise<void> {
  return new Promise((resolve) => {
    const off = session.on(event, () => {
      off();
      resolve();
    });
  });
}

/** A reader whose cable a test pulls and pushes back in: each plug-in is a fresh port with an empty reader. */
function pluggableReader() {
  let plugged: { sim: IdCardSimulator; port: ByteTransport } | undefined;
  const plug = () => {
    const [port, device] = memoryPair('reader');
    plugged = { sim: new IdCardSimulator(device, {}), port };
    return plugged.sim;
  };
  plug();
  const open = async () => {
    if (!plugged) throw new Error('ENOENT /dev/ttyUSB0');
    return plugged.port;
  };
  const session = new IdCardSession({ open, pollIntervalMs: 5, reconnectInitialMs: 5, reconnectMaxMs: 5 });
  session.on('error', () => undefined);
  const unplug = async () => {
    await plugged?.sim.close();
    plugged = undefined;
  };
  return { session, waiter: new CardWaiter(session), plug, unplug };
}

// Each wait below is far longer than the test may take: only an answer given at once passes.
const citizenWait = 3_600_000;

describe('a reader that is unplugged', () => {
  it('tells the citizen at once when the reader is not there, instead of waiting out the read', async () => {
    const session = new IdCardSession({ open: () => Promise.reject(new Error('ENOENT /dev/ttyUSB0')), reconnectInitialMs: 60_000 });
    session.on('error', () => undefined);
    const waiter = new CardWaiter(session);
    const failed = once(session, 'openFailed');
    session.start();
    await failed;
    await expect(waiter.next(citizenWait)).rejects.toMatchObject({ code: 'READER_UNAVAILABLE' });
    await session.stop();
  });

  it('tells a citizen already waiting when the cable is pulled, and reads the card again once it is back', async () => {
    const reader = pluggableReader();
    const connected = once(reader.session, 'connected');
    reader.session.start();
    await connected;
    const waiting = reader.waiter.next(citizenWait);
    await reader.unplug();
    await expect(waiting).rejects.toMatchObject({ code: 'READER_UNAVAILABLE' });
    await expect(reader.waiter.next(citizenWait)).rejects.toMatchObject({ code: 'READER_UNAVAILABLE' });

    const back = once(reader.session, 'connected');
    const sim = reader.plug();
    await back;
    const read = reader.waiter.next(citizenWait);
    sim.placeCard(XIANG_JIANGUO);
    expect(nameOf(await read)).toBe('向建国');
    await reader.session.stop();
  });
});
