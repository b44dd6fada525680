import { spawnSync } from 'node:child_process';

let setprivFound: boolean | undefined;

function hasSetpriv(): boolean {
  // util-linux before 2.33 has setpriv without --pdeathsig.
  setprivFound ??= spawnSync('setpriv', ['--help'], { encoding: 'utf8' }).stdout?.includes('--pdeathsig') ?? false;
  return setprivFound;
}

/**
 * The command and arguments to spawn `command` so that it ends with this process, even one
 * killed with SIGKILL that can clean nothing up: util-linux's setpriv sets the child's
 * PR_SET_PDEATHSIG, which Node cannot. Where setpriv is missing, the command as it is; its
 * owner's own shutdown still stops it.
 */
export function tiedToThisProcess(command: string, args: readonly string[]): [string, string[]] {
  return hasSetpriv() ? ['setpriv', ['--pdeathsig', 'TERM', command, ...args]] : [command, [...args]];
}
