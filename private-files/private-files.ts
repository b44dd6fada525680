import { chmodSync, closeSync, lstatSync, mkdirSync, openSync, fchmodSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Terminal and platform data hold names and ID numbers: only the service's own user may read
 * them, whatever umask the process was started with (mkdir's and open's modes only ever lose
 * bits to the umask, and some writers, PGlite among them, chmod their files 0666 themselves).
 */
export const privateDirMode = 0o700;
export const privateFileMode = 0o600;

/**
 * `mkdir -p` where every folder made here is 0700, and so is `dir` itself if it was already
 * there: a data folder an older version made 0755 is closed too. Folders above it that existed
 * are not ours and are left alone. Returns the first folder it made, if any.
 */
export function makePrivateDir(dir: string): string | undefined {
  const target = resolve(dir);
  const first = mkdirSync(target, { recursive: true, mode: privateDirMode });
  if (first !== undefined) {
    for (let made = target; made.length >= first.length; made = resolve(made, '..')) chmodSync(made, privateDirMode);
  } else {
    chmodSync(target, privateDirMode);
  }
  return first;
}

/** Creates `path` empty and 0600 if it is missing, or makes an existing one 0600. */
export function makePrivateFile(path: string): void {
  const fd = openSync(path, 'a', privateFileMode);
  try {
    fchmodSync(fd, privateFileMode);
  } finally {
    closeSync(fd);
  }
}

/** Every folder under `dir` (and it) 0700, every file 0600; symbolic links are not followed. */
export function makeTreePrivate(dir: string): void {
  const stat = lstatSync(dir);
  if (stat.isSymbolicLink()) return;
  if (!stat.isDirectory()) {
    if ((stat.mode & 0o777) !== privateFileMode) chmodSync(dir, privateFileMode);
    return;
  }
  if ((stat.mode & 0o777) !== privateDirMode) chmodSync(dir, privateDirMode);
  for (const entry of readdirSync(dir)) makeTreePrivate(join(dir, entry));
}
