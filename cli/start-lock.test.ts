import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdDataDir } from './start-lock.js';

describe('one kiosk per data folder', () => {
  it('refuses a second start on a folder a running kiosk holds, in both languages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongban-start-lock-'));
    const release = holdDataDir(dir, 1001, () => true);
    expect(() => holdDataDir(dir, 1002, () => true)).toThrow(/另一个通办终端（进程 1001）正在使用 .* another tongban kiosk \(process 1001\) is running on/);
    release();
    expect(existsSync(join(dir, 'start.pid'))).toBe(false);
    holdDataDir(dir, 1002, () => true);
  });

  it('takes over a folder whose kiosk was killed (its process gone), or whose file was cut short', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongban-start-lock-'));
    holdDataDir(dir, 1001, () => true);
    expect(() => holdDataDir(dir, 1002, (pid) => pid !== 1001)).not.toThrow();
    writeFileSync(join(dir, 'start.pid'), '');
    expect(() => holdDataDir(dir, 1003, () => true)).not.toThrow();
  });
});
