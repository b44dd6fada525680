import { z } from 'zod';
import { regionCodePattern } from '../../standards/region-code.js';
import { wireText } from './wire-values.js';

/** Administrative region code: six digits (county) or twelve (down to village), GB/T 2260. */
export const regionCodeSchema = z.string().regex(regionCodePattern);

/** A week: long enough to ship a terminal to a village; a lost token still dies soon. */
export const enrollmentTokenMaxHours = 168;

export const enrollmentTokenRequestSchema = z
  .object({
    hallName: wireText.min(1).max(100),
    terminalName: wireText.min(1).max(100),
    regionCode: regionCodeSchema,
    /** How long the token may wait to be used: an install that day (the default, 24) or within the week. */
    validHours: z.number().int().min(1).max(enrollmentTokenMaxHours).optional(),
  })
  .strict();
export type EnrollmentTokenRequest = z.infer<typeof enrollmentTokenRequestSchema>;

/**
 * A token just made, shown once: with the platform's address terminals reach, and both in the text
 * of the enrollment QR (enrollCode) that technician mode's scanner reads, so neither is typed.
 */
export const enrollmentTokenReplySchema = z.object({ token: z.string(), expiresAt: z.string(), platformUrl: z.string(), enrollCode: z.string() });
export type EnrollmentTokenReply = z.infer<typeof enrollmentTokenReplySchema>;

/**
 * The enrollment QR's text, as the kiosk's scan classifier reads it (electron/api/scan-meaning.ts,
 * which imports nothing of the platform's: a test decodes this and enrolls with what it reads).
 */
export function enrollmentCode(platformUrl: string, token: string): string {
  return `tongban-enroll:?${new URLSearchParams({ platform: platformUrl, token }).toString()}`;
}

export const enrollRequestSchema = z
  .object({
    token: wireText.min(16).max(200),
    /** The terminal's Ed25519 public key, SPKI DER in base64. */
    publicKey: wireText.min(40).max(200),
  })
  .strict();
export type EnrollRequest = z.infer<typeof enrollRequestSchema>;

/**
 * Which admin keys a terminal trusts for catalog bundles, and how many must sign. Handed over at
 * enrollment; no keys means the terminal accepts no bundle at all.
 */
export const catalogTrustSchema = z.object({
  /** Ed25519 public keys, SPKI DER in base64. */
  keys: z.array(z.string().min(40).max(200)).max(20),
  threshold: z.number().int().min(0).max(20),
});
export type CatalogTrust = z.infer<typeof catalogTrustSchema>;

export const noCatalogTrust: CatalogTrust = { keys: [], threshold: 0 };

export const enrollReplySchema = z.object({
  terminalId: z.string(),
  /** Six characters, unique in the fleet; the first part of every case number the terminal makes. */
  terminalCode: z.string().regex(/^[A-Z0-9]{6}$/),
  terminalName: z.string(),
  hallName: z.string(),
  regionCode: regionCodeSchema,
  platformTime: z.string(),
  /** Absent from a platform older than catalog bundles: such a terminal trusts no bundle. */
  catalogTrust: catalogTrustSchema.optional(),
});
export type EnrollReply = z.infer<typeof enrollReplySchema>;

/** GET /v1/admin/enrollment-tokens: the tokens made in the last 30 days; never the token itself, which only its maker saw. */
export const enrollmentTokenSummarySchema = z.object({
  /** The SHA-256 of the token, which the platform keeps instead of it: it names the token, and enrolls nothing. */
  id: z.string().regex(/^[0-9a-f]{64}$/),
  hallName: z.string(),
  terminalName: z.string(),
  regionCode: regionCodeSchema,
  createdAt: z.string(),
  expiresAt: z.string(),
  state: z.enum(['waiting', 'used', 'expired', 'revoked']),
});
export const enrollmentTokenListReplySchema = z.object({ tokens: z.array(enrollmentTokenSummarySchema) });
export type EnrollmentTokenSummary = z.infer<typeof enrollmentTokenSummarySchema>;
export type EnrollmentTokenListReply = z.infer<typeof enrollmentTokenListReplySchema>;
