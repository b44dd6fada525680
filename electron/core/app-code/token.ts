import { z } from 'zod';
import { appCodePrefix } from '../../api/scan-meaning.js';
import { typedNameSchema } from '../../api/values.js';

export { appCodePrefix };

/**
 * 鄂汇办 亮码: the provincial app's personal identity code, `EHB1.<payload>.<signature>`, both
 * parts base64url. The payload is JSON, the signature Ed25519 by the province's identity service
 * over `EHB1.<payload>` (as a JWS signs its header with its payload), so the format and version
 * cannot be swapped under a signature.
 */

/** The app shows a new code every minute; one that claims to live longer was not made by it. */
export const maxLifetimeSeconds = 300;

export const appCodePayloadSchema = z
  .object({
    v: z.literal(1),
    /** Its GB 11643 check digit is checked apart, so a bad number is told as such. */
    idNumber: z.string().regex(/^\d{17}[\dX]$/),
    name: typedNameSchema,
    /** Seconds since the epoch, on the province's clock. */
    issuedAt: z.number().int().positive(),
    expiresAt: z.number().int().positive(),
    /** Random per code: a code already used on a terminal is not taken there again. */
    nonce: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  })
  .strict()
  .refine((p) => p.expiresAt > p.issuedAt && p.expiresAt - p.issuedAt <= maxLifetimeSeconds, { message: 'lifetime out of range' });
export type AppCodePayload = z.infer<typeof appCodePayloadSchema>;

/** The bytes the signature covers. */
export function signingInput(encodedPayload: string): Buffer {
  return Buffer.from(`${appCodePrefix}.${encodedPayload}`, 'ascii');
}
