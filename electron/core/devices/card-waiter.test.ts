import { describe, expect, it } from 'vitest';
import { IdCardSession } from '../../../drivers/idcard/session.js';
import { CHEN_XIAOXIN, XIANG_JIANGUO } from '../../../drivers/sim/cards.js';
import { IdCardSimulator } from '../../../drivers/sim/idcard-sim.js';
import { memoryPair } from '../../../drivers/transport/memory.js';
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
