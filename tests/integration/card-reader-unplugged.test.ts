/**
 * The core's card read against `IdCardSimulator` on a socat pty pair, its cable pulled and pushed
 * back in as the demo does it: a citizen at a kiosk whose reader is unplugged is told at once to
 * use another way (typed identity, 鄂汇办 code), not after the whole read timeout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IdCardSession, type IdCardSessionEvents } from '../../drivers/idcard/session.js';
import { CHEN_XIAOXIN, XIANG_JIANGUO } from '../../drivers/sim/cards.js';
import { idcardSimOnPty, simBaudRate } from '../../drivers/sim/on-pty.js';
import { hasSocat, SOCAT_MISSING } from '../../drivers/transport/pty-pair.js';
import { openSerial } from '../../drivers/transport/serial.js';
import { CardWaiter } from '../../electron/core/devices/card-waiter.js';

const dir = mkdtempSync(join(tmpdir(), 'tongban-card-unplugged-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Far longer than the test may take: only an answer given at once passes.
const citizenWait = 3_600_000;

function once(session: IdCardSession, event: keyof IdCardSessionEvents): Promise<void> {
  return new Promise((resolve) => {
    const off = session.on(event, () => {
      off();
      resolve();
    });
  });
}

const nameOf = (read: Awaited<ReturnType<CardWaiter['next']>>) => (read.cardType === 'unknown' ? '' : read.name);

describe('the card read with the reader unplugged', () => {
  it('reads while plugged in, answers READER_UNAVAILABLE at once while unplugged, and reads again once plugged back', async () => {
    if (!hasSocat()) throw new Error(SOCAT_MISSING);
    const ptyDir = join(dir, 'idcard');
    let reader = await idcardSimOnPty(ptyDir, {});
    // The core's session as open-devices makes it, with a quick reopen so the test need not wait for backoff.
    const session = new IdCardSession({ open: () => openSerial(reader.portPath, { baudRate: simBaudRate }), reconnectInitialMs: 50, reconnectMaxMs: 200 });
    session.on('error', () => undefined);
    const waiter = new CardWaiter(session);
    const connected = once(session, 'connected');
    session.start();
    await connected;

    const first = waiter.next(citizenWait);
    reader.sim.placeCard(CHEN_XIAOXIN);
    expect(nameOf(await first)).toBe('陈晓欣');
    waiter.forgetPresent();

    // The expectation is attached before the cable goes: the refusal comes while close() is awaited.
    const waiting = expect(waiter.next(citizenWait)).rejects.toMatchObject({ code: 'READER_UNAVAILABLE' });
    await reader.close();
    await waiting;
    await expect(waiter.next(citizenWait)).rejects.toMatchObject({ code: 'READER_UNAVAILABLE' });

    const back = once(session, 'connected');
    reader = await idcardSimOnPty(ptyDir, {});
    await back;
    const again = waiter.next(citizenWait);
    reader.sim.placeCard(XIANG_JIANGUO);
    expect(nameOf(await again)).toBe('向建国');
    await session.stop();
    await reader.close();
  });
});
