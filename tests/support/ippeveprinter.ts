/**
 * Debian's ippeveprinter (cups-ipp-utils): a real IPP Everywhere printer on a free loopback port
 * that keeps every job it takes as a file in its spool folder. It will not start without DNS-SD,
 * so a system D-Bus and avahi-daemon are started first where they are not running (as root, as CI
 * runs); they stay up for the next test file.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IppClient } from '../../drivers/ipp/ipp-client.js';
import { freePort } from './free-port.js';

export interface RunningIppPrinter {
  url: string;
  spool: string;
  /** The files the printer kept, newest last. */
  jobs(): string[];
  stop(): Promise<void>;
}

const running = (name: string): boolean => {
  try {
    execFileSync('pgrep', ['-x', name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** D-Bus, then avahi on it: what ippeveprinter's DNS-SD needs to register. */
export function ensureDnsSd(): void {
  if (!running('dbus-daemon')) {
    mkdirSync('/run/dbus', { recursive: true });
    execFileSync('dbus-daemon', ['--system', '--fork'], { stdio: 'ignore' });
  }
  if (!running('avahi-daemon')) execFileSync('avahi-daemon', ['-D'], { stdio: 'ignore' });
}

/** Asks until the printer answers Get-Printer-Attributes; it takes a moment to register with avahi. */
async function answering(url: string, child: ChildProcess): Promise<void> {
  const client = new IppClient(url, { timeoutMs: 2000 });
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`ippeveprinter exited with ${child.exitCode}`);
    try {
      await client.printerAttributes(['printer-state']);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('ippeveprinter did not answer within 10 s');
}

export async function startIppEvePrinter(options: { duplex?: boolean } = {}): Promise<RunningIppPrinter> {
  ensureDnsSd();
  const spool = mkdtempSync(join(tmpdir(), 'tongban-ipp-'));
  const port = await freePort();
  const name = `tongban-a4-${port}`;
  // -c: a command "prints" each document, so a job completes as soon as it is spooled, not after
  // the simulator's own seconds of pretend printing; -k keeps the file for the test to read.
  const args = ['-c', '/bin/true', '-k', '-d', spool, '-f', 'application/pdf', '-p', String(port), '-n', 'localhost', ...(options.duplex ? ['-2'] : []), name];
  const child = spawn('/usr/sbin/ippeveprinter', args, { stdio: 'ignore' });
  const url = `ipp://localhost:${port}/ipp/print`;
  await answering(url, child);
  return {
    url,
    spool,
    jobs: () => readdirSync(spool).filter((file) => file.endsWith('.pdf')).sort().map((file) => join(spool, file)),
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(spool, { recursive: true, force: true });
    },
  };
}
