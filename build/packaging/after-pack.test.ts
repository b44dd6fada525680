import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch } from 'electron-builder';
import { afterEach, describe, expect, it } from 'vitest';
import { afterPack } from './after-pack.js';

/**
 * Electron's binary cannot be downloaded here, so the hook runs on a stand-in: bytes around the
 * fuse wire as Electron lays it out (the sentinel, wire version 1, the wire's length, one byte a
 * fuse), every fuse at its most open, as a careless build would leave it.
 */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'; // Electron's; @electron/fuses does not export it
function standInBinary(path: string, fuses: number): void {
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, fuses]), Buffer.alloc(fuses, FuseState.ENABLE)]);
  writeFileSync(path, Buffer.concat([Buffer.alloc(4096, 0x90), wire, Buffer.alloc(4096, 0x90)]));
}

const appOutDirs: string[] = [];
function packedApp(platform: 'linux' | 'win32', fuses = 9, arch = Arch.x64): { appOutDir: string; binary: string; run: () => Promise<void> } {
  const appOutDir = mkdtempSync(join(tmpdir(), 'tongban-after-pack-'));
  appOutDirs.push(appOutDir);
  const binary = join(appOutDir, platform === 'win32' ? 'tongban-kiosk.exe' : 'tongban-kiosk');
  standInBinary(binary, fuses);
  const context = { appOutDir, electronPlatformName: platform, arch, packager: { appInfo: { productFilename: 'tongban-kiosk' } } };
  return { appOutDir, binary, run: () => afterPack(context) };
}

/** A native package as npm installs it for one machine, as @napi-rs/canvas's are. */
function unpackedPackage(appOutDir: string, name: string, cpu: string): void {
  const dir = join(appOutDir, 'resources/app.asar.unpacked/node_modules', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, os: ['linux'], cpu: [cpu] }));
}

afterEach(() => {
  for (const dir of appOutDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the afterPack hook', () => {
  it.each(['linux', 'win32'] as const)('closes the %s binary to Node, NODE_OPTIONS, the inspector and loose app folders', async (platform) => {
    const app = packedApp(platform);
    await app.run();
    const wire = await getCurrentFuseWire(app.binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
  });

  it('changes nothing but the fuse bytes', async () => {
    const app = packedApp('linux');
    const before = readFileSync(app.binary);
    await app.run();
    const after = readFileSync(app.binary);
    const changed = [...after.keys()].filter((i) => after[i] !== before[i]);
    const wireStart = before.indexOf(SENTINEL) + SENTINEL.length + 2;
    expect(changed.every((i) => i >= wireStart && i < wireStart + 9)).toBe(true);
  });

  it('packs the arm64 terminal with arm64 native code, and stops before flipping anything when it would not', async () => {
    const app = packedApp('linux', 9, Arch.arm64);
    unpackedPackage(app.appOutDir, '@napi-rs/canvas-linux-x64-gnu', 'x64');
    const before = readFileSync(app.binary);
    await expect(app.run()).rejects.toThrow('@napi-rs/canvas-linux-x64-gnu: built for another machine than linux-arm64; install for the target first: npm ci --os=linux --cpu=arm64');
    expect(readFileSync(app.binary)).toEqual(before);

    rmSync(join(app.appOutDir, 'resources'), { recursive: true });
    unpackedPackage(app.appOutDir, '@napi-rs/canvas-linux-arm64-gnu', 'arm64');
    await app.run();
    expect((await getCurrentFuseWire(app.binary))[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
  });

  it('fails the build on an Electron with a fuse nobody has decided on yet', async () => {
    const app = packedApp('linux', 10);
    await expect(app.run()).rejects.toThrow(/strictlyRequireAllFuses/);
  });

  it('fails the build when the binary is not where electron-builder leaves it', async () => {
    const app = packedApp('linux');
    rmSync(app.binary);
    await expect(app.run()).rejects.toThrow(/ENOENT/);
  });
});
