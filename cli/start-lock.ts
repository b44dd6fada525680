import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePrivateDir, privateFileMode } from '../private-files/private-files.js';
import { UsageError } from './fail.js';

/** Whether a process with this id still runs (EPERM: it does, as another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One kiosk per data folder: a second `tongban start` on it (a technician's second shell, a
 * service started twice) would run a second core on the same store and fight the first for the
 * reader's port. The folder's start.pid names the kiosk holding it; one left by a killed kiosk
 * (its process gone) is taken over. Returns the release, which only removes our own file.
 */
export function holdDataDir(dir: string, pid = process.pid, alive: (pid: number) => boolean = running): () => void {
  makePrivateDir(dir);
  const file = join(dir, 'start.pid');
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, `${pid}\n`, { flag: 'wx', mode: privateFileMode });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
    }
    const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
    if (Number.isSafeInteger(holder) && holder !== pid && alive(holder)) {
      throw new UsageError(`另一个通办终端（进程 ${holder}）正在使用 ${dir}，请先停止它 / another tongban kiosk (process ${holder}) is running on ${dir}: stop it first`);
    }
    rmSync(file, { force: true });
  }
  return () => {
    if (existsSync(file) && readFileSync(file, 'utf8').trim() === String(pid)) rmSync(file, { force: true });
  };
}
