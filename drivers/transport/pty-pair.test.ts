import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SOCAT_MISSING, hasSocat, openPtyPair } from './pty-pair.js';
import { openSerial } from './serial.js';

describe('openPtyPair', () => {
  const dirs: string[] = [];
  const tempDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'tongban-pty-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('makes two linked ptys that carry bytes both ways, and removes them on close', async () => {
    if (!hasSocat()) throw new Error(SOCAT_MISSING);
    const pair = await openPtyPair(tempDir());
    const host = await openSerial(pair.hostPath, { baudRate: 9600 });
    const device = await openSerial(pair.devicePath, { baudRate: 9600 });
    // Bytes a cooked tty would eat or translate: raw mode must pass them through.
    const awkward = Buffer.from([0x00, 0x03, 0x0a, 0x0d, 0x11, 0x13, 0x1a, 0x7f, 0xff]);
    const received = new Promise<Buffer>((resolve) => {
      let bytes = Buffer.alloc(0);
      device.onData((chunk) => {
        bytes = Buffer.concat([bytes, chunk]);
        if (bytes.length >= awkward.length) resolve(bytes);
      });
    });
    await host.write(awkward);
    expect(await received).toEqual(awkward);
    await host.close();
    await device.close();
    await pair.close();
    expect([existsSync(pair.hostPath), existsSync(pair.devicePath)]).toEqual([false, false]);
  });

  it('says socat failed when it cannot make the links', async () => {
    if (!hasSocat()) throw new Error(SOCAT_MISSING);
    await expect(openPtyPair(join(tempDir(), 'no', 'such', 'dir'))).rejects.toThrow(/socat exited \(1\) before the ptys were ready/);
  });

  it('says to install socat when it is missing', async () => {
    const path = process.env.PATH;
    process.env.PATH = tempDir();
    try {
      expect(hasSocat()).toBe(false);
      await expect(openPtyPair(tempDir())).rejects.toThrow(SOCAT_MISSING);
    } finally {
      process.env.PATH = path;
    }
  });
});
