import { KioskError, refusal } from '../api.js';

/*
 * What a screen shows when the kiosk's service cannot be reached. Kept apart from validate.ts,
 * which loads zod: the screens import this at start, and must not pull zod in before the home
 * screen is drawn (see validation.ts).
 */

export const unavailableMessage = '终端服务暂时不可用，请稍后再试或联系工作人员';
const unavailableEnglish = 'The terminal service is not available just now; please try again later or ask the staff';

/** The host is gone or the wire broke: one message the citizen can act on. */
export function unavailable(): KioskError {
  return refusal('INTERNAL', { zh: unavailableMessage, en: unavailableEnglish });
}

/** Whatever was thrown, as something a screen can show. */
export function toKioskError(error: unknown): KioskError {
  return error instanceof KioskError ? error : unavailable();
}
