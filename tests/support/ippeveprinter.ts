/**
 * Debian's ippeveprinter (cups-ipp-utils): a real IPP Everywhere printer on a free loopback port
 * that keeps every job it takes as a file in its spool folder. It will not start without a DNS-SD
 * daemon even when told not to advertise, so a system D-Bus and avahi-daemon are started first
 * where they are not running (as root, as CI runs); they stay up for the next test file.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * avahi on no interface and publishing nothing: ippeveprinter only needs a daemon to connect to,
 * and the tests' traffic stays on loopback (the printer itself is started with `-r off`).
 */
const AVAHI_CONFIG = `[server]
allow-interfaces=lo
use-ipv6=no
[wide-area]
enable-wide-area=no
[publish]
disable-publishing=yes
`;

/**
 * Starts a daemon unless it runs. A daemon killed with its machine leaves its pid file behind,
 * which dbus-daemon refuses to start over; and two test files may race to start it, so a failed
 * start is fine when the daemon is running afterwards.
 */
function ensureDaemon(name: string, start: () => void): void {
  if (running(name)) return;
  try {
    start();
  } catch (error) {
    if (!running(name)) throw new Error(`${name} would not start: ${String(error)}`);
  }
}

/** D-Bus, then avahi on it: ippeveprinter will not start without a DNS-SD daemon to talk to. */
export function ensureDnsSd(): void {
  ensureDaemon('dbus-daemon', () => {
    mkdirSync('/run/dbus', { recursive: true });
    rmSync('/run/dbus/pid', { force: true });
    execFileSync('dbus-daemon', ['--system', '--fork'], { stdio: 'pipe' });
  });
  ensureDaemon('avahi-daemon', () => {
    const config = join(mkdtempSync(join(tmpdir(), 'tongban-avahi-')), 'avahi-daemon.conf');
    writeFileSync(config, AVAHI_CONFIG);
    execFileSync('avahi-daemon', ['-D', '-f', config], { stdio: 'pipe' });
  });
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
  const args = ['-r', 'off', '-c', '/bin/true', '-k', '-d', spool, '-f', 'application/pdf', '-p', String(port), '-n', 'localhost', ...(options.duplex ? ['-2'] : []), name];
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
