import { randomInt } from 'node:crypto';

/**
 * Technicians read terminal codes aloud and type them from receipts, so the letters and digits
 * that look alike (0/O, 1/I) are left out; the result still matches [A-Z0-9]{6}.
 */
const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export const terminalCodeLength = 6;

export function randomTerminalCode(): string {
  let code = '';
  for (let i = 0; i < terminalCodeLength; i++) code += alphabet[randomInt(alphabet.length)];
  return code;
}
