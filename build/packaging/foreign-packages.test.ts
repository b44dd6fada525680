import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packagesForAnotherMachine } from './foreign-packages.js';

const nodeModules = mkdtempSync(join(tmpdir(), 'tongban-foreign-'));
afterAll(() => rmSync(nodeModules, { recursive: true, force: true }));

function installed(name: string, fields: { os?: string[]; cpu?: string[] }): void {
  mkdirSync(join(nodeModules, name), { recursive: true });
  writeFileSync(join(nodeModules, name, 'package.json'), JSON.stringify({ name, ...fields }));
}

installed('better-sqlite3', {});
installed('@napi-rs/canvas-linux-x64-gnu', { os: ['linux'], cpu: ['x64'] });
installed('@napi-rs/canvas-linux-arm64-gnu', { os: ['linux'], cpu: ['arm64'] });
installed('@napi-rs/canvas-win32-x64-msvc', { os: ['win32'], cpu: ['x64'] });
installed('not-on-windows', { os: ['!win32'] });

describe('packages built for another machine', () => {
  it('are the platform packages whose os or cpu is not the target, by npm’s rules', () => {
    expect(packagesForAnotherMachine(nodeModules, { platform: 'linux', cpu: 'arm64' }).sort()).toEqual([
      '@napi-rs/canvas-linux-x64-gnu',
      '@napi-rs/canvas-win32-x64-msvc',
    ]);
    expect(packagesForAnotherMachine(nodeModules, { platform: 'win32', cpu: 'x64' }).sort()).toEqual([
      '@napi-rs/canvas-linux-arm64-gnu',
      '@napi-rs/canvas-linux-x64-gnu',
      'not-on-windows',
    ]);
  });

  it('are none where nothing is unpacked', () => {
    expect(packagesForAnotherMachine(join(nodeModules, 'missing'), { platform: 'linux', cpu: 'x64' })).toEqual([]);
  });
});
