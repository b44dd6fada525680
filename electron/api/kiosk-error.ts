import type { ApiError, EnglishWords, ErrorCode } from './errors.js';

// Zod-free (types only from errors.ts), so a screen can throw and catch these before the page has
// loaded zod (see renderer/transport/validation.ts).

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
