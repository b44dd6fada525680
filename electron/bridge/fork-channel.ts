import { fork } from 'node:child_process';
import type { ToCore } from '../api/process.js';
import type { CoreChannel } from './core-connection.js';
import { coreEnv } from './core-env.js';

/** The core as a plain Node child process: the browser host's counterpart of utilityProcess. */
export function forkCore(entryPath: string): CoreChannel {
  const child = fork(entryPath, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'json', env: coreEnv() });
  return {
    send: (message: ToCore) => {
      if (!child.connected) throw new Error('core process is not connected');
      // A core that dies between the check and the write fails the write (EPIPE) a tick later, as
      // an 'error' event that would end the host unheard; its exit answers what was pending, and a
      // core that cannot be written to is ended so the supervisor starts another.
      child.send(message, (error) => {
        if (error) child.kill('SIGKILL');
      });
    },
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.once('exit', (code) => listener(code)),
    kill: () => child.kill('SIGKILL'),
  };
}
