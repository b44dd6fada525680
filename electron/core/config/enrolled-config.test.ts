import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isEnrolledFolder, writeEnrolledConfig } from './enrolled-config.js';

describe("an enrolled terminal's config.json", () => {
  it('is never there half written: what a write killed midway leaves is not an enrolled folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongban-config-'));
    writeFileSync(join(dir, 'config.json.new'), '{"dataDir": "/var/lib/tong');
    expect(isEnrolledFolder(dir)).toBe(false);
    writeEnrolledConfig(dir, { dataDir: dir }, 'new');
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toEqual({ dataDir: dir });
    expect(existsSync(join(dir, 'config.json.new'))).toBe(false);
  });

  it('is written new by an enrollment only where there is none, and replaced whole by a change', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongban-config-'));
    writeEnrolledConfig(dir, { dataDir: dir, session: { idleSeconds: 60 } }, 'new');
    expect(() => writeEnrolledConfig(dir, { dataDir: '/elsewhere' }, 'new')).toThrow(/EEXIST/);
    writeEnrolledConfig(dir, { dataDir: dir, session: { idleSeconds: 90 } });
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toMatchObject({ session: { idleSeconds: 90 } });
  });
});
