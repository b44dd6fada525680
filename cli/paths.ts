import { fileURLToPath } from 'node:url';

/** A path inside the built tree (dist/), where this module also runs from. */
export function built(relative: string): string {
  return fileURLToPath(new URL(`../${relative}`, import.meta.url));
}

export const coreEntry = (): string => built('electron/core/entry.js');
export const rendererDir = (): string => built('renderer');
export const consoleDir = (): string => built('console');
export const electronMain = (): string => built('electron/main.js');
