import type { Handlers } from '../dispatch.js';
import type { ScanDesk } from './scan-desk.js';

/** The keyboard wedge's scans, which the screen hears, go through the same desk as the core's scanner's. */
export function scanHandlers(desk: ScanDesk): Pick<Handlers, 'scan.wedge'> {
  return { 'scan.wedge': async ({ text }) => desk.take(text, 'wedge')?.meaning ?? null };
}
