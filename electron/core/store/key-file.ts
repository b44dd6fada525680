import { randomBytes } from 'node:crypto';
import { chmodSync, openSync, readFileSync, statSync, writeSync, closeSync } from 'node:fs';
import { dirname } from 'node:path';
import { makePrivateDir } from '../../../private-files/private-files.js';

/**
 * The store key where Electron's safeStorage is not available (the browser host): a 0600 file
 * beside the store. Created once with O_EXCL so two starting processes cannot make two keys.
 */
export function loadOrCreateKeyFile(path: string): Buffer {
  makePrivateDir(dirname(path));
  try {
    const fd = openSync(path, 'wx', 0o600);
    try {
      writeSync(fd, randomBytes(32));
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  const key = readFileSync(path);
  if (key.length !== 32) {
    throw new Error(`密钥文件已损坏 / key file ${path} is ${key.length} bytes, expected 32: restore it from backup`);
  }
  return key;
}
