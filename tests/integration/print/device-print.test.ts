/**
 * `tongban device print` and `printer-status` as a technician runs them (the built command,
 * `npm run build` first), against the printer simulator over TCP, a pty and a device file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { printerSimOnPty } from '../../../drivers/sim/on-pty.js';
import { printerSimOnTcp } from '../../../drivers/sim/on-tcp.js';
import { SOCAT_MISSING, hasSocat } from '../../../drivers/transport/pty-pair.js';
import { startTongban, stopped, tongban, type Running } from '../tongban-process.js';

const running: Running[] = [];
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map(stopped));
  await Promise.all(closers.splice(0).map((close) => close()));
});

const dir = (): string => mkdtempSync(join(tmpdir(), 'tongban-device-print-'));

describe('tongban device printer-status', () => {
  it('prints the agreed JSON for a network printer started with `tongban sim printer --tcp`', async () => {
    const sim = await startTongban(['sim', 'printer', '--tcp', '0', '--dir', dir()], running);
    expect(sim.line).toMatch(/^127\.0\.0\.1:\d+$/);
    const result = await tongban(['device', 'printer-status', '--tcp', sim.line]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('{"online":true,"paper":"ok","coverOpen":false,"error":false}\n');
  });

  it('says paper out and cover open as the printer reports them', async () => {
    const sim = await printerSimOnTcp(0, { paper: 58 });
    closers.push(sim.close);
    sim.sim.setState({ paperOut: true, coverOpen: true });
    const result = await tongban(['device', 'printer-status', '--tcp', `${sim.host}:${sim.port}`]);
    expect(JSON.parse(result.stdout)).toEqual({ online: false, paper: 'out', coverOpen: true, error: false });
  });

  it('fails in one line naming the address when nothing listens there', async () => {
    const result = await tongban(['device', 'printer-status', '--tcp', '127.0.0.1:1']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('127.0.0.1:1');
  });
});

describe('tongban device print', () => {
  it('prints a text file with a QR code over TCP, and cuts', async () => {
    const sim = await printerSimOnTcp(0, { paper: 58 });
    closers.push(sim.close);
    const text = join(dir(), 'notice.txt');
    writeFileSync(text, '请到二楼 3 号窗口\n领取证件。\n');
    const result = await tongban(['device', 'print', '--tcp', `${sim.host}:${sim.port}`, '--text', text, '--qr', 'https://zwfw.example.gov.cn/q', '--paper', '58', '--font', 'gbk']);
    expect(result.stderr).toBe('');
    // A line break in the file starts a line on paper; it is not a character the font lacks.
    expect(JSON.parse(result.stdout)).toMatchObject({ complete: true, status: { online: true, paper: 'ok' }, replaced: [] });
    expect(sim.sim.receipts.map((receipt) => receipt.text.split('\n').slice(0, 3))).toEqual([['请到二楼 3 号窗口', '领取证件。', '[QR:https://zwfw.example.gov.cn/q]']]);
  });

  it('prints a JSON receipt on a serial port and through a device file', async () => {
    if (!hasSocat()) throw new Error(SOCAT_MISSING);
    const sim = await printerSimOnPty(dir(), { paper: 80 });
    closers.push(sim.close);
    const receipt = join(dir(), 'receipt.json');
    writeFileSync(receipt, JSON.stringify({ blocks: [{ type: 'title', text: '受理回执' }, { type: 'barcode', data: 'WH00012026112300001X' }] }));
    for (const target of [['--port', sim.portPath], ['--file', sim.portPath]]) {
      const result = await tongban(['device', 'print', ...target, '--receipt', receipt]);
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toMatchObject({ complete: true });
    }
    expect(sim.sim.receipts.map((printed) => printed.text.includes('[CODE128:WH00012026112300001X]'))).toEqual([true, true]);
  });

  it('refuses a print when the paper is out, in one line, and prints nothing', async () => {
    const sim = await printerSimOnTcp(0, { paper: 58 });
    closers.push(sim.close);
    sim.sim.setState({ paperOut: true });
    const text = join(dir(), 'notice.txt');
    writeFileSync(text, 'hello');
    const result = await tongban(['device', 'print', '--tcp', `${sim.host}:${sim.port}`, '--text', text]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^tongban: 打印机缺纸.*out of paper/);
    expect(sim.sim.receipts).toHaveLength(0);
  });
});
