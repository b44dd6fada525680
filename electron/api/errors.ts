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
  'OUT_OF_SERVICE',
  /** A technician.* request without an unlocked technician session. */
  'TECHNICIAN_LOCKED',
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

/** Thrown on the calling side when the other side answered with an error. */
export class KioskError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly en: EnglishWords;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'KioskError';
    this.code = error.code;
    this.hint = error.hint;
    this.en = error.en;
  }
  toJSON(): ApiError {
    const { code, message, hint, en } = this;
    return hint === undefined ? { code, message, en } : { code, message, hint, en };
  }
}

/** The same words in both languages the screen offers. */
export interface Said {
  zh: string;
  en: string;
}

/** An error from words said in both languages. */
export function refusal(code: ErrorCode, message: Said, hint?: Said): KioskError {
  const en = hint === undefined ? { message: message.en } : { message: message.en, hint: hint.en };
  return hint === undefined ? new KioskError({ code, message: message.zh, en }) : new KioskError({ code, message: message.zh, hint: hint.zh, en });
}
