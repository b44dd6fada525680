import { z } from 'zod';
import { caseNumberShape } from '../../standards/case-number.js';
import { mobileNumberPattern, mobileNumberWords } from '../../standards/mobile-number.js';

/** 短信通知: a citizen asks for a case's progress by SMS; a code sent to the phone confirms it. */
export const smsSubscribeRequestSchema = z
  .object({
    caseNumber: z.string().regex(caseNumberShape),
    phone: z.string().regex(mobileNumberPattern, mobileNumberWords),
  })
  .strict();
export type SmsSubscribeRequest = z.infer<typeof smsSubscribeRequestSchema>;

export const smsCodeSentSchema = z.object({
  verificationId: z.uuid(),
  /** The number as the screen may show it (138****0000). */
  phoneMasked: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type SmsCodeSent = z.infer<typeof smsCodeSentSchema>;

export const smsConfirmRequestSchema = z.object({ code: z.string().regex(/^\d{6}$/, '请输入 6 位验证码 / enter the 6-digit code') }).strict();

export const smsConfirmedSchema = z.object({ subscribed: z.literal(true), phoneMasked: z.string() });
export type SmsConfirmed = z.infer<typeof smsConfirmedSchema>;

export const smsVerificationParamsSchema = z.object({ id: z.uuid() });
