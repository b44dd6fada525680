import { describe, expect, it } from 'vitest';
import { CHEN_XIAOXIN, LAI_KAYAN } from '../sim/cards.js';
import { IdCardSimulator, type IdCardSimulatorOptions } from '../sim/idcard-sim.js';
import { memoryPair } from '../transport/memory.js';
import type { ByteTransport } from '../transport/transport.js';
import { IdCardSession, type IdCardSessionEvents } from './session.js';
import { IdCardError } from './status.js';
import { CardTextError, type CardText } from './text.js';

/** A reader the test can plug in and pull out; each plug-in is a fresh device with its simulator. */
class Socket {
  simulator: IdCardSimulator | undefined;
  device: ByteTransport | undefined;
  plugged = true;
  opens = 0;
  private requests = 0;
  private waiters: { count: number; resolve: () => void }[] = [];

  constructor(private readonly simOptions: IdCardSimulatorOptions = { card: CHEN_XIAOXIN }) {}

  plugIn(): void {
    this.plugged = true;
  }

  open = async (): Promise<ByteTransport> => {
    this.opens += 1;
    if (!this.plugged) throw new Error('找不到串口 / serial port not found');
    const [host, device] = memoryPair('reader');
    device.onData(() => this.request());
    this.device = device;
    this.simulator = new IdCardSimulator(device, this.simOptions);
    return host;
  };

  async pullOut(): Promise<void> {
    this.plugged = false;
    await this.device?.close();
  }

  /** Resolves once the reader has been sent `count` more commands: polls, not time, pass. */
  commands(count: number): Promise<void> {
    return new Promise((resolve) => this.waiters.push({ count: this.requests + count, resolve }));
  }

  private request(): void {
    this.requests += 1;
    this.waiters = this.waiters.filter((w) => (w.count <= this.requests ? (w.resolve(), false) : true));
  }
}

function next<E extends keyof IdCardSessionEvents>(session: IdCardSession, event: E): Promise<IdCardSessionEvents[E]> {
  return new Promise((resolve) => {
    const off = session.on(event, (...args) => {
      off();
      resolve(args);
    });
  });
}

function record(session: IdCardSession): string[] {
  const seen: string[] = [];
  session.on('card', (read) => seen.push(`card ${read.cardType === 'unknown' ? '?' : read.name}`));
  session.on('removed', () => seen.push('removed'));
  session.on('disconnected', () => seen.push('disconnected'));
  session.on('connected', () => seen.push('connected'));
  return seen;
}

const fast = { pollIntervalMs: 1, reconnectInitialMs: 1, reconnectMaxMs: 4 };

describe('IdCardSession', () => {
  it('reports a card once while it stays, its removal, then the next citizen\'s card', async () => {
    const socket = new Socket();
    const session = new IdCardSession({ open: socket.open, ...fast });
    const seen = record(session);
    const firstCard = next(session, 'card');
    session.start();
    expect((await firstCard)[0]).toMatchObject({ name: '陈晓欣' });
    await socket.commands(20);
    const removed = next(session, 'removed');
    socket.simulator?.removeCard();
    await removed;
    const secondCard = next(session, 'card');
    socket.simulator?.placeCard(LAI_KAYAN);
    await secondCard;
    await session.stop();
    expect(seen).toEqual(['connected', 'card 陈晓欣', 'removed', 'card 黎嘉欣']);
  });

  it('reports the reader pulled out, retries with backoff, and reads again when it is back', async () => {
    const socket = new Socket();
    const session = new IdCardSession({ open: socket.open, ...fast });
    const seen = record(session);
    const errors: Error[] = [];
    session.on('error', (error) => errors.push(error));
    const firstCard = next(session, 'card');
    session.start();
    await firstCard;
    const disconnected = next(session, 'disconnected');
    await socket.pullOut();
    await disconnected;
    // Three failed reopens while it is out: retried, and reported once.
    await until(() => socket.opens >= 4);
    const again = next(session, 'card');
    socket.plugIn();
    await again;
    await session.stop();
    expect(seen).toEqual(['connected', 'card 陈晓欣', 'disconnected', 'connected', 'card 陈晓欣']);
    expect(errors.map((e) => e.message)).toEqual(['找不到串口 / serial port not found']);
  });

  it('reports a failing read as a typed error and keeps polling', async () => {
    const socket = new Socket({ card: CHEN_XIAOXIN, faults: ['card-removed'] });
    const session = new IdCardSession({ open: socket.open, ...fast });
    const error = next(session, 'error');
    session.start();
    const [failure] = await error;
    expect(failure).toBeInstanceOf(IdCardError);
    expect(failure).toMatchObject({ code: 0x41 });
    await socket.commands(5);
    await session.stop();
  });

  it('never hands over a card whose name holds a NUL: a bad read, read again until the card reads clean', async () => {
    const socket = new Socket({ card: { ...CHEN_XIAOXIN, text: { ...CHEN_XIAOXIN.text, name: '陈\0晓欣' } as CardText } });
    const session = new IdCardSession({ open: socket.open, ...fast });
    const seen = record(session);
    const first = Promise.race([next(session, 'error').then(([error]) => error), next(session, 'card').then(() => 'a card')]);
    session.start();
    expect(await first).toBeInstanceOf(CardTextError);
    const card = next(session, 'card');
    socket.simulator?.placeCard(CHEN_XIAOXIN);
    await card;
    await session.stop();
    expect(seen).toEqual(['connected', 'card 陈晓欣']);
  });

  it('survives a host listener that throws', async () => {
    const socket = new Socket();
    const session = new IdCardSession({ open: socket.open, ...fast });
    session.on('card', () => {
      throw new Error('bug in the host');
    });
    const reported = next(session, 'error');
    session.start();
    expect((await reported)[0].message).toBe('bug in the host');
    await socket.commands(3);
    await session.stop();
  });
});

/** Polls a condition on the event loop's turns; only for counters a test cannot subscribe to. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
