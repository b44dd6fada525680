import { z } from 'zod';

/**
 * Every failure the renderer can see. The message is in Chinese for the citizen, `hint` says
 * what to do next, and `en` says both in English (every error must: the screen offers English).
 * Technicians read the code in logs and diagnostics.
 */
export const errorCodes = [
  'BAD_REQUEST',
  'UNKNOWN_REQUEST',
  'NO_IDENTITY',
  'CARD_TIMEOUT',
  'READER_UNAVAILABLE',
  'CARD_UNREADABLE',
  'UNKNOWN_ITEM',
  'INVALID_ANSWERS',
  /** The card (or an answer) shows a 受理条件 the citizen does not meet. */
  'NOT_ELIGIBLE',
  'CASE_NOT_FOUND',
  'ALREADY_REVIEWED',
  'PRINTER_UNAVAILABLE',
  'STORE_FAILURE',
  /** 缴费 needs the platform: the line is down or the payment service does not answer. */
  'PAYMENT_OFFLINE',
  'NOTICE_NOT_FOUND',
  'ALREADY_PAID',
  'PAYMENT_NOT_FOUND',
  /** A case's fee the platform will not order (not the fee its catalog published, or refunded): paid at a window. */
  'FEE_AT_WINDOW',
  /** The case was marked 不予受理 or 终止办理: nothing is due, and what was paid went back. */
  'CASE_NOT_PROCEEDING',
  'OUT_OF_SERVICE',
  /** What was asked comes from the platform (a 证明 printed on the spot), and the line is down. */
  'NEEDS_NETWORK',
  /** The department's system holds no record of the citizen for this document. */
  'NO_RECORD',
  /** A technician.* request without an unlocked technician session. */
  'TECHNICIAN_LOCKED',
  /** Technician mode's enrollment did not happen: the words say why (token, address, certificate). */
  'ENROLLMENT_FAILED',
  /** A technician's setting refused: the words are `tongban config set`'s, what was wrong and what would do. */
  'CONFIG_REFUSED',
  /** 预约 / 取号 need the platform, and it cannot be reached. */
  'OFFLINE',
  /** The platform said no to a booking or a number: the words say why (slot full, no booking today). */
  'APPOINTMENT_REFUSED',
  /** 短信通知 refused: a wrong, expired or used-up code, too many codes, or not the citizen's case. */
  'SMS_REFUSED',
  /** 远程帮办: the call was hung up or refused by the platform; the citizen may call again. */
  'REMOTE_CALL_ENDED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** The same words in English, for a citizen who chose English on the screen. */
export const englishWordsSchema = z.object({ message: z.string(), hint: z.string().optional() });
export type EnglishWords = z.infer<typeof englishWordsSchema>;

export const apiErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  hint: z.string().optional(),
  en: englishWordsSchema,
});
export type ApiError = z.infer<typeof apiErrorSchema>;

