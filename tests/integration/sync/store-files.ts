// The kiosk store's files as they lie on disk: the database, its -wal and -shm.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Each file of the store at `storePath`, by name; a fresh write is still in the -wal. */
export function storeFiles(storePath: string): [string, Buffer][] {
  const dir = dirname(storePath);
  return readdirSync(dir)
    .filter((file) => file.startsWith(basename(storePath)))
    .map((file) => [file, readFileSync(join(dir, file))]);
}

/** The names of the store's files that hold `text` in plain UTF-8. */
export function filesHolding(storePath: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  return storeFiles(storePath)
    .filter(([, bytes]) => bytes.includes(needle))
    .map(([file]) => file);
}
