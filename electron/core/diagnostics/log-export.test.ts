import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KioskError } from '../../api/kiosk-error.js';
import { RotatingLog } from '../log/rotating-log.js';
import { exportLogs } from './log-export.js';

const now = new Date('2026-01-02T03:04:05.000Z');

describe('exporting the log to a USB stick', () => {
  it('writes every line, oldest first, redacted, in a 0600 file', () => {
    const data = mkdtempSync(join(tmpdir(), 'tongban-data-'));
    const stick = mkdtempSync(join(tmpdir(), 'tongban-usb-'));
    const log = new RotatingLog(data, { maxBytes: 120 });
    for (let n = 0; n < 6; n++) log.write(`sync batch ${n} sent`);
    const path = exportLogs(data, stick, now);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines.map((line) => line.replace(/^\S+ /, ''))).toEqual([0, 1, 2, 3, 4, 5].map((n) => `sync batch ${n} sent`));
  });

  it('says in words when the stick is not mounted where the technician typed', () => {
    const data = mkdtempSync(join(tmpdir(), 'tongban-data-'));
    const missing = join(tmpdir(), 'tongban-no-such-stick');
    expect(() => exportLogs(data, missing, now)).toThrow(KioskError);
    expect(() => exportLogs(data, missing, now)).toThrow(/找不到目录/);
  });

  it('removes personal data a log line still holds', () => {
    const data = mkdtempSync(join(tmpdir(), 'tongban-data-'));
    mkdirSync(join(data, 'logs'));
    const legacy = join(data, 'logs', 'core.log');
    // As an older version, or a hand-edited file, might hold it: not through RotatingLog.
    writeFileSync(legacy, '2025-01-01T00:00:00Z 姓名：陈晓欣 420103199003120029\n');
    const text = readFileSync(exportLogs(data, mkdtempSync(join(tmpdir(), 'tongban-usb-')), now), 'utf8');
    expect(text).not.toMatch(/陈晓欣|420103199003120029/);
  });
});
