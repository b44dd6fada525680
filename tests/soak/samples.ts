import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Inspector } from './inspector.js';

/** One process's figures at one moment. */
export interface ProcessSample {
  /** Resident memory after the forced collections: what the process holds, not garbage V8 has yet to free. */
  rssMB: number;
  /** Resident memory before them, as a look at `top` would find it at a random moment. */
  rssBeforeGcMB: number;
  heapMB: number;
  /** Memory V8 objects hold outside the V8 heap (Buffers' bytes, native objects), after the collections. */
  externalMB: number;
  /** Open files, pipes and devices: a leak of them only grows. */
  fds: number;
  /**
   * Of those, the embedded platform database's (PGlite): Postgres keeps a file open for each table
   * and index a query has touched, up to its max_files_per_process, so these follow the queries run.
   */
  databaseFds: number;
  /** Open sockets: keep-alive connections come and go with the traffic. */
  sockets: number;
  loopP99Ms: number;
  /** CPU time (user and system) since the process started: work per citizen, whatever else the machine runs. */
  cpuS: number;
}

export interface Sample {
  citizen: number;
  core: ProcessSample;
  /** The browser host and the demo's embedded platform: one process in the demo. */
  host: ProcessSample;
  storeMB: number;
  walMB: number;
  platformDbMB: number;
  outbox: number;
}

/** A process the soak watches: its pid for /proc, its inspector for the heap and the event loop. */
export interface Watched {
  pid: number;
  inspector: Inspector;
}

/** utime and stime, the 14th and 15th fields of /proc/PID/stat, in clock ticks (100 a second on Linux). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // After the command name, which may hold spaces and parentheses: state is the first field then.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function rssMB(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(line?.[1] ?? Number.NaN) / 1024;
}

/**
 * The event loop first: the forced collections that follow stall it, and are the soak's, not the
 * kiosk's. Resident memory both before them and after: before, it swings by some 100 MB with how
 * much garbage V8 holds at that moment (young generation, pages freed but not yet returned), which
 * says nothing of what a process keeps over months.
 */
export async function sampleProcess(watched: Watched, databaseDir?: string): Promise<ProcessSample> {
  const loopP99Ms = await watched.inspector.eventLoopP99();
  const cpuS = cpuSeconds(watched.pid);
  const rssBeforeGcMB = rssMB(watched.pid);
  const heapMB = await watched.inspector.heapAfterGc();
  const externalMB = (await watched.inspector.evaluate<number>('process.memoryUsage().external')) / 1e6;
  const rss = rssMB(watched.pid);
  await watched.inspector.eventLoopP99();
  return { rssMB: rss, rssBeforeGcMB, heapMB, externalMB, ...openFds(watched.pid, databaseDir), loopP99Ms, cpuS };
}

function openFds(pid: number, databaseDir: string | undefined): { fds: number; databaseFds: number; sockets: number } {
  const targets = readdirSync(`/proc/${pid}/fd`).map((fd) => {
    try {
      return readlinkSync(`/proc/${pid}/fd/${fd}`);
    } catch {
      return ''; // closed between the listing and the look
    }
  });
  const sockets = targets.filter((t) => t.startsWith('socket:')).length;
  const databaseFds = databaseDir === undefined ? 0 : targets.filter((t) => t.startsWith(`${databaseDir}/`)).length;
  return { fds: targets.filter((t) => t !== '').length - sockets, databaseFds, sockets };
}

export function fileMB(path: string): number {
  try {
    return statSync(path).size / 1e6;
  } catch {
    return 0;
  }
}

export function folderMB(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += fileMB(join(entry.parentPath, entry.name)) * 1e6;
  }
  return bytes / 1e6;
}
