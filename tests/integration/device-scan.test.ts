/**
 * `tongban device scan` against `tongban sim scanner`, two real processes on a socat pty pair:
 * what a technician sees when testing a serial scanner, one JSON line per code.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { hasSocat, SOCAT_MISSING } from '../../drivers/transport/pty-pair.js';
import { bin, stopped, type Running } from './tongban-process.js';

const dir = mkdtempSync(join(tmpdir(), 'tongban-device-scan-'));
const running: Running[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map(stopped));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Resolves with the first output of `stream` that `test` accepts. */
function waitFor(stream: NodeJS.ReadableStream, test: (text: string) => string | undefined): Promise<string> {
  let text = '';
  return new Promise((resolve) => {
    stream.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const found = test(text);
      if (found !== undefined) resolve(found);
    });
  });
}

async function scanThrough(simArgs: string[], scanArgs: string[], codes: string[]): Promise<unknown[]> {
  if (!hasSocat()) throw new Error(SOCAT_MISSING);
  const sim = spawn(process.execPath, [bin, 'sim', 'scanner', '--dir', join(dir, `sim-${running.length}`), ...simArgs], { stdio: ['pipe', 'pipe', 'pipe'] });
  running.push(sim as unknown as Running);
  const port = await waitFor(sim.stdout, (text) => (text.includes('\n') ? text.split('\n')[0] : undefined));
  const reader = spawn(process.execPath, [bin, 'device', 'scan', '--port', port, '--count', String(codes.length), ...scanArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  reader.stdout.setEncoding('utf8').on('data', (text: string) => (out += text));
  const exited = new Promise<number | null>((resolve) => reader.once('close', resolve));
  await waitFor(reader.stderr, (text) => (text.includes('scanning on') ? text : undefined));
  sim.stdin.write(codes.map((code) => `${code}\n`).join(''));
  expect(await exited).toBe(0);
  return out.trim().split('\n').map((line) => JSON.parse(line) as unknown);
}

describe('tongban device scan with tongban sim scanner', () => {
  it('prints each code as one JSON line, Chinese content whole, with the symbology the scanner names', async () => {
    const lines = await scanThrough(['--suffix', 'tab', '--aim'], ['--suffix', 'tab', '--aim'], ['WH0001202612010001X', '武汉市江岸区']);
    expect(lines).toEqual([
      { text: 'WH0001202612010001X', symbology: 'QR' },
      { text: '武汉市江岸区', symbology: 'QR' },
    ]);
  });

  it('ends codes at CR LF by default and says null when the scanner sends no symbology', async () => {
    expect(await scanThrough([], [], ['WH-RS-001'])).toEqual([{ text: 'WH-RS-001', symbology: null }]);
  });
});
