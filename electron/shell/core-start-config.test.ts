import { mkdtempSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoreConfigInput } from '../core/config/core-config.js';
import { loadOrCreateKeyFile } from '../core/store/key-file.js';
import { sealedStartConfig } from './core-start-config.js';
import type { Sealer } from './sealed-key.js';

/** safeStorage as a keyring that only this machine holds: reversible, and visibly not the plain text. */
const keyring: Sealer = {
  encryptStringAsync: async (plain) => Buffer.from(`sealed:${Buffer.from(plain).toString('hex')}`),
  decryptStringAsync: async (sealed) => ({ result: Buffer.from(sealed.toString().replace('sealed:', ''), 'hex').toString(), shouldReEncrypt: false }),
};

const devices: CoreConfigInput['devices'] = { idcard: { kind: 'simulated' }, printer: { kind: 'simulated', paper: 80 } };

describe("Electron's core start configuration", () => {
  it('is the demo until the screen enrolls the terminal, then the enrolled terminal, its store key sealed and the plain one gone', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tongban-start-config-'));
    const terminalDir = join(root, 'terminal');
    const demoDir = join(root, 'demo');
    const launched: CoreConfigInput = { dataDir: demoDir, key: { kind: 'file', path: join(demoDir, 'store.key') }, demo: true, devices, enrollInto: terminalDir };

    const before = await sealedStartConfig(launched, keyring);
    expect(before).toMatchObject({ dataDir: demoDir, demo: true, key: { kind: 'raw' } });

    // What technician mode's enrollment leaves (enrolled-folder.ts): the store's key file, config.json.
    const storeKey = loadOrCreateKeyFile(join(terminalDir, 'store.key'));
    const enrolled: CoreConfigInput = { dataDir: terminalDir, key: { kind: 'file', path: join(terminalDir, 'store.key') }, devices };
    writeFileSync(join(terminalDir, 'config.json'), JSON.stringify(enrolled));

    const after = await sealedStartConfig(launched, keyring);
    expect(after).toMatchObject({ dataDir: terminalDir, demo: false, key: { kind: 'raw', base64: storeKey.toString('base64') } });
    expect(existsSync(join(terminalDir, 'store.key'))).toBe(false);
    expect(readFileSync(join(terminalDir, 'store.key.sealed'), 'utf8')).toMatch(/^sealed:/);

    // The next restart unseals the same key: the store opens again.
    expect((await sealedStartConfig(launched, keyring)).key).toEqual(after.key);
  });

  it('reads a technician’s change of config.json at the next start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongban-start-config-'));
    const config: CoreConfigInput = { dataDir: dir, key: { kind: 'file', path: join(dir, 'store.key') }, devices };
    writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
    expect((await sealedStartConfig(config, keyring)).session.idleSeconds).toBe(60);
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ ...config, session: { idleSeconds: 90 } }));
    expect((await sealedStartConfig(config, keyring)).session.idleSeconds).toBe(90);
  });
});
