import { PlatformRefusedError } from '../uplink/platform-client.js';
import type { PlatformVerdict } from './service-state.js';

/** The platform's error codes for a terminal it will not serve (platform/http/terminal-auth.ts). */
const verdicts: Readonly<Record<string, PlatformVerdict>> = { terminal_revoked: 'revoked', unknown_terminal: 'unknownTerminal' };

/**
 * What a failed signed request says of the terminal itself: the platform refuses a revoked or
 * unknown terminal with a 401 in its own words. Anything else (a dead line, a busy platform) says
 * nothing, and is undefined.
 */
export function platformVerdictOf(error: unknown): PlatformVerdict | undefined {
  if (!(error instanceof PlatformRefusedError) || error.status !== 401 || !error.explained) return undefined;
  return verdicts[error.reason.split(':')[0] ?? ''];
}
