import { z } from 'zod';

/**
 * Technician mode's enrollment: what the platform presents before the terminal is bound to it,
 * and who the terminal became. The technician confirms the certificate with their own eyes (its
 * SHA-256 against what the admin read off `tongban platform`), as `--platform-sha256` does.
 */
export const platformAddressSchema = z.string().trim().min(1).max(400);

/** The token as the admin handed it over (hex, 48 characters from this platform), typed or scanned. */
export const enrollmentTokenSchema = z
  .string()
  .trim()
  .regex(/^[0-9a-fA-F]{16,200}$/, '注册码应为 16 位以上的数字和字母 a–f / an enrollment token is 16 or more of 0–9 and a–f');

export const sha256Schema = z.string().regex(/^[0-9A-F]{2}(:[0-9A-F]{2}){31}$/);

export const presentedPlatformSchema = z.discriminatedUnion('kind', [
  /** https://: the certificate it presented, which enrollment will pin if the technician confirms it. */
  z.object({ kind: z.literal('tls'), sha256: sha256Schema, subject: z.string().max(400), issuer: z.string().max(400), validTo: z.string().max(60) }),
  /** http:// on this machine (the demo's platform): nothing to confirm, nothing leaves the machine. */
  z.object({ kind: z.literal('loopback') }),
]);
export type PresentedPlatform = z.infer<typeof presentedPlatformSchema>;

export const enrollRequestSchema = z
  .object({
    platformUrl: platformAddressSchema,
    token: enrollmentTokenSchema,
    /** The SHA-256 the technician confirmed: the certificate presented at enrollment must be the same one. */
    certificateSha256: sha256Schema.optional(),
  })
  .strict();

export const enrolledSchema = z.object({ terminalCode: z.string(), terminalName: z.string(), hallName: z.string(), regionCode: z.string() });
export type Enrolled = z.infer<typeof enrolledSchema>;
