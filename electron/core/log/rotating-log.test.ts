import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { logLines, RotatingLog } from './rotating-log.js';

const at = () => new Date('2026-01-02T03:04:05.000Z');

describe('the core log', () => {
  it('writes no ID number, phone or card name to disk, and the file is 0600', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongban-log-'));
    const log = new RotatingLog(dir, {}, at);
    log.write('card read {"name":"陈晓欣","idNumber":"420103199003120029"} phone 13800138000');
    const text = readFileSync(log.file, 'utf8');
    expect(text).not.toMatch(/陈晓欣|420103199003120029|13800138000/);
    expect(text.startsWith('2026-01-02T03:04:05.000Z card read')).toBe(true);
    expect(statSync(log.file).mode & 0o777).toBe(0o600);
  });

  it('stays within its size: rotates into numbered files and drops the oldest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongban-log-'));
    const log = new RotatingLog(dir, { maxBytes: 200, keep: 2 }, at);
    for (let n = 0; n < 40; n++) log.write(`line ${n} of the sync worker`);
    const files = readdirSync(join(dir, 'logs')).sort();
    expect(files).toEqual(['core.log', 'core.log.1', 'core.log.2']);
    for (const file of files) expect(statSync(join(dir, 'logs', file)).size).toBeLessThanOrEqual(200);
    expect(readFileSync(log.file, 'utf8')).toContain('line 39 of');
  });

  it('gives the newest lines, oldest first, across a rotation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongban-log-'));
    const log = new RotatingLog(dir, { maxBytes: 200 }, at);
    for (let n = 0; n < 10; n++) log.write(`line ${n}`);
    expect(logLines(dir, 3).map((line) => line.split(' ').slice(1).join(' '))).toEqual(['line 7', 'line 8', 'line 9']);
  });

  it('has no lines for a folder where the core never ran', () => {
    expect(logLines(mkdtempSync(join(tmpdir(), 'tongban-log-')), 10)).toEqual([]);
  });
});
