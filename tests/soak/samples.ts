import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Inspector } from './inspector.js';

/** One process's figures at one moment. */
export interface ProcessSample {
  rssMB: number;
  heapMB: number;
  /** Open files, pipes and devices: a leak of them only grows. */
  fds: number;
  /** Open sockets: keep-alive connections come and go with the traffic. */
  sockets: number;
  loopP99Ms: number;
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

function rssMB(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(line?.[1] ?? Number.NaN) / 1024;
}

/** The event loop first: the forced collections that follow stall it, and are the soak's, not the kiosk's. */
export async function sampleProcess(watched: Watched): Promise<ProcessSample> {
  const loopP99Ms = await watched.inspector.eventLoopP99();
  const rss = rssMB(watched.pid);
  const heapMB = await watched.inspector.heapAfterGc();
  await watched.inspector.eventLoopP99();
  return { rssMB: rss, heapMB, ...openFds(watched.pid), loopP99Ms };
}

function openFds(pid: number): { fds: number; sockets: number } {
  const targets = readdirSync(`/proc/${pid}/fd`).map((fd) => {
    try {
      return readlinkSync(`/proc/${pid}/fd/${fd}`);
    } catch {
      return ''; // closed between the listing and the look
    }
  });
  const sockets = targets.filter((t) => t.startsWith('socket:')).length;
  return { fds: targets.filter((t) => t !== '').length - sockets, sockets };
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
