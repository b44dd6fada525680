// `tongban technician-pin set`, as a technician runs it on a terminal's data folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/store/open-store.js';
import { bin } from './tongban-process.js';

function technicianPin(args: string[], stdin: string) {
  return spawnSync(process.execPath, [bin, 'technician-pin', 'set', ...args], { input: stdin, encoding: 'utf8', timeout: 60_000 });
}

function terminalFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-pin-cli-'));
  openStore(join(dir, 'kiosk.sqlite')).close();
  return dir;
}

describe('tongban technician-pin set', () => {
  it('keeps only a salted scrypt hash of the PIN read from stdin', () => {
    const dir = terminalFolder();
    const result = technicianPin(['--pin-stdin', '--data', dir], '97531086\n');
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ technicianPin: 'set' });
    const db = openStore(join(dir, 'kiosk.sqlite'));
    expect(db.prepare('SELECT scrypt_n AS n, scrypt_r AS r, scrypt_p AS p, length(pin_salt) AS salt FROM technician_access').get()).toEqual({ n: 32768, r: 8, p: 1, salt: 16 });
    db.close();
    // Closed, the store is one file again (the log checkpointed into it): the PIN is nowhere in it.
    expect(readFileSync(join(dir, 'kiosk.sqlite')).includes('97531086')).toBe(false);
  });

  it('refuses a PIN that is not 6 to 12 digits, in one line on stderr', () => {
    for (const pin of ['12345\n', '12ab5678\n', '1234567890123\n', '']) {
      const result = technicianPin(['--pin-stdin', '--data', terminalFolder()], pin);
      expect(result.status).not.toBe(0);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('never takes the PIN from the command line, nor writes into a folder with no terminal', () => {
    expect(technicianPin(['--data', terminalFolder()], '97531086\n').stderr).toMatch(/--pin-stdin/);
    expect(technicianPin(['--pin-stdin', '--data', mkdtempSync(join(tmpdir(), 'tongban-empty-'))], '97531086\n').stderr).toMatch(/no tongban terminal/);
  });
});
