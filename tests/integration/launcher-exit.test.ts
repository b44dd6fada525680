// `tongban start` owns the processes it starts: however it ends, none of them is left behind
// holding the store, a pty or a port.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTongban, type Running } from './tongban-process.js';

const running: Running[] = [];
afterEach(() => {
  // Whatever a failed test left: the whole group, by its id (the launcher's pid).
  for (const child of running.splice(0)) if (child.pid) for (const pid of groupMembers(child.pid)) process.kill(pid, 'SIGKILL');
});

/** The live processes of a process group, from /proc (zombies are dead: nothing to reap them here). */
function groupMembers(pgid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        // After "pid (comm) ": state, ppid, pgrp, …; comm may hold spaces, so count from its ')'.
        const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return state !== 'Z' && Number(pgrp) === pgid;
      } catch {
        return false; // gone while we looked
      }
    })
    .map(Number);
}

describe('tongban start --demo, ended from outside', () => {
  it.each(['SIGTERM', 'SIGINT', 'SIGKILL'] as const)('leaves no process behind after %s', async (signal) => {
    const dir = mkdtempSync(join(tmpdir(), 'tongban-launcher-'));
    const { child, stderr } = await startTongban(['start', '--demo', '--no-ui', '--data', dir], running, {}, { detached: true });
    expect(stderr()).toMatch(/^演示模式.*running the demo/m);
    const pid = child.pid ?? 0;
    // The launcher, the core and a socat for each simulated device.
    expect(groupMembers(pid).length).toBeGreaterThanOrEqual(4);
    process.kill(pid, signal);
    await expect.poll(() => groupMembers(pid), { timeout: 20_000, interval: 100 }).toEqual([]);
  });
});
