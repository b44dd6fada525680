/**
 * Hot-plug over real ptys: socat is killed mid-poll (the USB reader pulled out), then a new pty
 * appears at the same path (plugged back in) with another citizen's card on it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHEN_XIAOXIN, LAI_KAYAN } from '../sim/cards.js';
import { IdCardSimulator, type SimCard } from '../sim/idcard-sim.js';
import { SOCAT_MISSING, hasSocat, openPtyPair, type PtyPair } from '../transport/pty-pair.js';
import { openSerial } from '../transport/serial.js';
import { IdCardSession, type IdCardSessionEvents } from './session.js';

const dir = mkdtempSync(join(tmpdir(), 'tongban-session-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function plugIn(card: SimCard): Promise<{ pair: PtyPair; simulator: IdCardSimulator }> {
  const pair = await openPtyPair(dir);
  const simulator = new IdCardSimulator(await openSerial(pair.devicePath, { baudRate: 115200 }), { card });
  return { pair, simulator };
}

function next<E extends keyof IdCardSessionEvents>(session: IdCardSession, event: E): Promise<IdCardSessionEvents[E]> {
  return new Promise((resolve) => {
    const off = session.on(event, (...args) => {
      off();
      resolve(args);
    });
  });
}

describe('IdCardSession over a socat pty pair', () => {
  it('carries on across an unplug and a replug mid-poll', async () => {
    if (!hasSocat()) throw new Error(SOCAT_MISSING);
    const first = await plugIn(CHEN_XIAOXIN);
    const session = new IdCardSession({
      open: () => openSerial(join(dir, 'host'), { baudRate: 115200 }),
      pollIntervalMs: 10, reconnectInitialMs: 10, reconnectMaxMs: 100,
    });
    const seen: string[] = [];
    session.on('card', (read) => seen.push(`card ${read.cardType === 'unknown' ? '?' : read.name}`));
    session.on('disconnected', () => seen.push('disconnected'));
    session.on('connected', () => seen.push('connected'));
    const firstCard = next(session, 'card');
    session.start();
    await firstCard;

    const disconnected = next(session, 'disconnected');
    await first.pair.close();
    await disconnected;
    await first.simulator.close();

    const secondCard = next(session, 'card');
    const second = await plugIn(LAI_KAYAN);
    expect((await secondCard)[0]).toMatchObject({ cardType: 'hkmotw', name: '黎嘉欣', warnings: [] });
    await session.stop();
    await second.simulator.close();
    await second.pair.close();
    expect(seen).toEqual(['connected', 'card 陈晓欣', 'disconnected', 'connected', 'card 黎嘉欣']);
  });
});
