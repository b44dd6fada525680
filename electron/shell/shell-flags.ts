import { z } from 'zod';

const flag = z.enum(['0', '1']).optional();
const flagsSchema = z.object({ TONGBAN_DEVTOOLS: flag, TONGBAN_HTTP_HOST: flag });

export interface ShellFlags {
  /** The developer tools may open: asked for explicitly (setUpKiosk refuses them when packaged). */
  devTools: boolean;
  /** The loopback HTTP host runs beside the window (for a technician's browser or a test). */
  httpHost: boolean;
}

/**
 * The shell's switches, from the environment `tongban start` passes on. Both default to off: a
 * kiosk needs neither, and each opens a way into the page that a lobby should not have.
 */
export function shellFlags(env: NodeJS.ProcessEnv): ShellFlags {
  const flags = flagsSchema.parse({ TONGBAN_DEVTOOLS: env.TONGBAN_DEVTOOLS, TONGBAN_HTTP_HOST: env.TONGBAN_HTTP_HOST });
  return { devTools: flags.TONGBAN_DEVTOOLS === '1', httpHost: flags.TONGBAN_HTTP_HOST === '1' };
}
