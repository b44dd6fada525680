/**
 * Two connected pseudo-terminals made by socat, so a driver and a simulator talk through the
 * kernel tty layer exactly as they would over a USB serial adapter.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tiedToThisProcess } from './tied-child.js';

export interface PtyPair {
  /** Where the driver (the kiosk) opens its port. */
  hostPath: string;
  /** Where the simulator opens its end. */
  devicePath: string;
  close(): Promise<void>;
}

export const SOCAT_MISSING =
  '找不到 socat / socat is not installed: `apt-get install socat` (needed for simulators on a pty)';

export function hasSocat(): boolean {
  return spawnSync('socat', ['-V'], { stdio: 'ignore' }).status === 0;
}

/** Resolves once socat says it is moving data, which it does only after both links exist. */
export function openPtyPair(dir: string): Promise<PtyPair> {
  const hostPath = join(dir, 'host');
  const devicePath = join(dir, 'device');
  // Tied to this process: a simulator's socat must not outlive the launcher that made it.
  const socat = spawn(...tiedToThisProcess('socat', ['-d', '-d', `pty,raw,echo=0,link=${hostPath}`, `pty,raw,echo=0,link=${devicePath}`]), {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => socat.once('exit', () => resolve()));
  const close = async (): Promise<void> => {
    if (socat.exitCode === null && socat.signalCode === null) socat.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let stderr = '';
    let ready = false;
    socat.once('error', (error) => {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      reject(new Error(missing ? SOCAT_MISSING : `socat failed to start: ${error.message}`, { cause: error }));
    });
    socat.once('exit', (code) => {
      reject(new Error(`socat exited (${code}) before the ptys were ready: ${lastLine(stderr)}`));
    });
    // Keep reading after we are ready: a full stderr pipe would stall socat's transfer loop.
    socat.stderr.setEncoding('utf8').on('data', (text: string) => {
      if (ready) return;
      stderr += text;
      if (!stderr.includes('starting data transfer loop')) return;
      ready = true;
      if (existsSync(hostPath) && existsSync(devicePath)) resolve({ hostPath, devicePath, close });
      else void close().then(() => reject(new Error(`socat started but ${hostPath} or ${devicePath} is missing`)));
    });
  });
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1) ?? '';
}
