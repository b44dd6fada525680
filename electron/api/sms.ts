import { z } from 'zod';
import { mobileNumberPattern, mobileNumberWords } from '../../standards/mobile-number.js';
import { caseNumberSchema } from './values.js';

/**
 * 短信通知 as the screen sees it (online only): the citizen's mobile number gets a 6-digit code
 * from the platform, and the code typed back subscribes the number to the case's progress. The
 * kiosk keeps the number nowhere: it passes it to the platform and forgets it.
 */
export const smsRequests = {
  'sms.sendCode': {
    request: z.object({ caseNumber: caseNumberSchema, phone: z.string().regex(mobileNumberPattern, mobileNumberWords) }).strict(),
    reply: z.object({ verificationId: z.string().min(1).max(64), phoneMasked: z.string(), expiresAt: z.string() }),
  },
  'sms.confirm': {
    request: z.object({ verificationId: z.string().min(1).max(64), code: z.string().regex(/^\d{6}$/) }).strict(),
    reply: z.object({ subscribed: z.literal(true), phoneMasked: z.string() }),
  },
} as const;
