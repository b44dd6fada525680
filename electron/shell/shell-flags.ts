import { z } from 'zod';

const flag = z.enum(['0', '1']).optional();
const flagsSchema = z.object({ TONGBAN_DEVTOOLS: flag, TONGBAN_HTTP_HOST: flag, TONGBAN_QUIET_HOUR: z.coerce.number().int().min(0).max(23).optional() });

export interface ShellFlags {
  /** The developer tools may open: asked for explicitly (setUpKiosk refuses them when packaged). */
  devTools: boolean;
  /** The loopback HTTP host runs beside the window (for a technician's browser or a test). */
  httpHost: boolean;
  /** The hour (0–23, local time) to restart in each night; none: never. Set in the systemd unit. */
  quietHour: number | undefined;
}

/**
 * The shell's switches, from the environment `tongban start` passes on. DevTools and the HTTP
 * host default to off: a kiosk needs neither, and each opens a way into the page that a lobby
 * should not have.
 */
export function shellFlags(env: NodeJS.ProcessEnv): ShellFlags {
  const flags = flagsSchema.parse({ TONGBAN_DEVTOOLS: env.TONGBAN_DEVTOOLS, TONGBAN_HTTP_HOST: env.TONGBAN_HTTP_HOST, TONGBAN_QUIET_HOUR: env.TONGBAN_QUIET_HOUR });
  return { devTools: flags.TONGBAN_DEVTOOLS === '1', httpHost: flags.TONGBAN_HTTP_HOST === '1', quietHour: flags.TONGBAN_QUIET_HOUR };
}
