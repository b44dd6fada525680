import { z } from 'zod';
import { wireTime } from './wire-values.js';

const uuidV7 = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
const isoTime = z.string().datetime({ offset: true });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** How old a card read may be when reported, and how long it then opens the holder's certificates. */
export const cardReadFreshMs = 2 * 60_000;

/**
 * A terminal read this card just now. The ID number travels in the signed body only, never in a
 * URL a proxy might log. `readAt` is on the terminal's clock, compared with the request's own
 * signed time, so clock skew between terminal and platform does not matter.
 */
export const cardReadSchema = z.object({ id: uuidV7, idNumber: z.string().regex(/^[0-9A-Z]{15,18}$/), readAt: wireTime }).strict();
export type CardRead = z.infer<typeof cardReadSchema>;

export const cardReadReplySchema = z.object({ readId: uuidV7, expiresAt: isoTime });
export type CardReadReply = z.infer<typeof cardReadReplySchema>;

/** `GET /v1/certificates?read=<readId>` */
export const certificatesQuerySchema = z.object({ read: uuidV7 }).strict();

export const certificateSchema = z.object({
  kind: z.string().min(1).max(40),
  name: z.string().min(1).max(80),
  number: z.string().min(1).max(60),
  issuer: z.string().min(1).max(120),
  issuedOn: isoDate,
  validUntil: isoDate.nullable(),
  fields: z.record(z.string().max(64), z.string().max(500)),
});
export type Certificate = z.infer<typeof certificateSchema>;

export const certificatesReplySchema = z.object({ certificates: z.array(certificateSchema).max(100) });
export type CertificatesReply = z.infer<typeof certificatesReplySchema>;
