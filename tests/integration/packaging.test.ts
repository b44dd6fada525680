import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'tongban-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Electron cannot be downloaded here, so electron-builder is handed an unpacked "Electron" of our
 * own (its electronDist option, as in the offline build): a binary that holds only the fuse wire,
 * every fuse open. Everything else is electron-builder's real work on our configuration.
 */
function standInElectron(): string {
  const dir = join(work, 'electron');
  mkdirSync(dir);
  const wire = Buffer.concat([Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 9]), Buffer.alloc(9, FuseState.ENABLE)]);
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.alloc(4096), wire, Buffer.alloc(4096)]));
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'LICENSE'), 'MIT');
  return dir;
}

function packageForThisMachine(): { status: number | null; output: string; appOutDir: string } {
  const out = join(work, 'release');
  const arch = process.arch === 'arm64' ? '--arm64' : '--x64';
  const args = ['--config', 'build/electron-builder.json', '--publish', 'never', '--linux', 'dir', arch, `-c.electronDist=${standInElectron()}`, `-c.directories.output=${out}`];
  // electron-builder says nothing but errors when it sees VITEST; its log is what a failure shows here.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'VITEST'));
  const result = spawnSync('node_modules/.bin/electron-builder', args, { encoding: 'utf8', timeout: 300_000, env });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, appOutDir: join(out, `linux-${process.arch === 'arm64' ? 'arm64-' : ''}unpacked`) };
}

describe('npm run package, offline, with a stand-in Electron', () => {
  const packed = packageForThisMachine();

  it('runs electron-builder on our configuration to the end', () => {
    expect(packed.output).toContain('loaded configuration');
    expect(packed.status, packed.output).toBe(0);
    expect(existsSync(join(packed.appOutDir, 'resources/app.asar'))).toBe(true);
  });

  it('leaves every native module outside the asar, with its binaries', () => {
    const unpacked = join(packed.appOutDir, 'resources/app.asar.unpacked/node_modules');
    const binaries = (name: string) => readdirSync(join(unpacked, name), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.node'));
    for (const name of ['better-sqlite3', 'node-hid', '@serialport/bindings-cpp', `@napi-rs/canvas-linux-${process.arch}-gnu`, `@node-rs/jieba-linux-${process.arch}-gnu`]) {
      expect(binaries(name), name).not.toEqual([]);
    }
  });

  it('flips the fuses of the binary it packed, through the afterPack hook', async () => {
    const wire = await getCurrentFuseWire(join(packed.appOutDir, 'tongban-kiosk'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
  });
});
