import type { FromCore } from '../api/process.js';

interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

export interface ParentChannel {
  send(message: FromCore): void;
  onMessage(listener: (message: unknown) => void): void;
}

/**
 * The core's line to its shell: Electron's utilityProcess gives `process.parentPort`, a forked
 * child gives `process.send`. The core does not care which.
 */
export function parentChannel(): ParentChannel {
  const port = (process as NodeJS.Process & { parentPort?: ParentPortLike }).parentPort;
  if (port) {
    return { send: (message) => port.postMessage(message), onMessage: (listener) => port.on('message', (event) => listener(event.data)) };
  }
  if (!process.send) throw new Error('the core must be started by the shell (utilityProcess or fork), not on its own');
  const send = process.send.bind(process);
  return { send: (message) => void send(message), onMessage: (listener) => process.on('message', listener) };
}
