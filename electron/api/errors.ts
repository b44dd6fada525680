import { z } from 'zod';

/**
 * Every failure the renderer can see. The message is in Chinese for the citizen; `hint` says
 * what to do next. Technicians read the code in logs and diagnostics.
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
  'CASE_NOT_FOUND',
  'ALREADY_REVIEWED',
  'PRINTER_UNAVAILABLE',
  'STORE_FAILURE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const apiErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  hint: z.string().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** Thrown on the calling side when the other side answered with an error. */
export class KioskError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'KioskError';
    this.code = error.code;
    this.hint = error.hint;
  }
  toJSON(): ApiError {
    return this.hint === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, hint: this.hint };
  }
}
