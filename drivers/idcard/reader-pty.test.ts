/**
 * The reader and the simulator on the two ends of a real pty pair, so every byte crosses the
 * kernel tty layer (line discipline, termios) as it would on a USB serial adapter.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHEN_XIAOXIN, EMILY_SMITH } from '../sim/cards.js';
import { DEFAULT_SAM_ID, IdCardSimulator } from '../sim/idcard-sim.js';
import { SOCAT_MISSING, hasSocat, openPtyPair, type PtyPair } from '../transport/pty-pair.js';
import { openSerial } from '../transport/serial.js';
import { TransportClosedError } from '../transport/transport.js';
import { IdCardReader } from './reader.js';

describe('IdCardReader over a real pty pair', () => {
  let dir: string;
  let pair: PtyPair;
  let reader: IdCardReader;
  let simulator: IdCardSimulator;

  beforeAll(async () => {
    if (!hasSocat()) throw new Error(SOCAT_MISSING);
    dir = mkdtempSync(join(tmpdir(), 'tongban-idcard-'));
    pair = await openPtyPair(dir);
    simulator = new IdCardSimulator(await openSerial(pair.devicePath, { baudRate: 115200 }), {
      card: CHEN_XIAOXIN,
      presentAfterPolls: 2,
    });
    reader = new IdCardReader(await openSerial(pair.hostPath, { baudRate: 115200 }));
  });

  afterAll(async () => {
    await reader?.close();
    await simulator?.close();
    await pair?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reads the SAM id', async () => {
    await expect(reader.samId()).resolves.toBe(DEFAULT_SAM_ID);
  });

  it('finds and reads a card placed a moment after it starts looking', async () => {
    const read = await reader.readCard({ timeoutMs: 10_000, pollIntervalMs: 1 });
    expect(read).toEqual({ ...CHEN_XIAOXIN.text, photoWlt: CHEN_XIAOXIN.photoWlt, warnings: [], retries: 0 });
  });

  it('reads the next citizen\'s card', async () => {
    simulator.placeCard(EMILY_SMITH);
    const read = await reader.readCard({ timeoutMs: 10_000, pollIntervalMs: 1 });
    expect(read).toMatchObject({ cardType: 'foreigner', englishName: 'SMITH, EMILY ROSE', warnings: [] });
  });

  it('answers an unknown command with 0x24', async () => {
    await expect(reader.transact(0x7e, 0x00)).rejects.toMatchObject({ code: 0x24 });
  });
});

describe('IdCardReader when the pty goes away', () => {
  it('fails the command on the wire at once, as when a USB reader is unplugged', async () => {
    if (!hasSocat()) throw new Error(SOCAT_MISSING);
    const dir = mkdtempSync(join(tmpdir(), 'tongban-idcard-'));
    const pair = await openPtyPair(dir);
    const deviceEnd = await openSerial(pair.devicePath, { baudRate: 115200 });
    const requestArrived = new Promise<void>((resolve) => deviceEnd.onData(() => resolve()));
    // Long enough that a pass cannot come from the timeout path.
    const reader = new IdCardReader(await openSerial(pair.hostPath, { baudRate: 115200 }), { commandTimeoutMs: 600_000 });
    const pending = reader.samStatus().catch((error: unknown) => error);
    await requestArrived;
    await pair.close();
    expect(await pending).toBeInstanceOf(TransportClosedError);
    await expect(reader.samId()).rejects.toThrow(`设备连接已断开 / device connection closed: ${pair.hostPath} @ 115200`);
    await reader.close();
    await deviceEnd.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('openSerial', () => {
  it('names a missing port and what to do', async () => {
    await expect(openSerial('/dev/ttyUSB9-tongban-missing', { baudRate: 115200 })).rejects.toThrow(
      '找不到串口 /dev/ttyUSB9-tongban-missing / serial port not found: check the cable and `tongban device list`',
    );
  });
});
