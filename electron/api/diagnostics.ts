import { z } from 'zod';

/**
 * What technician mode and `tongban doctor` show: checks, each a verdict in words a technician
 * reads (Chinese and English) and the facts behind it. Nothing here ever carries personal data:
 * the core builds these from counts, versions, ports and redacted text only.
 */
export const saidSchema = z.object({ zh: z.string(), en: z.string() });

export const checkSchema = z.object({
  /** Stable, for scripts and tests: "sync.outbox", "network.tls"… */
  id: z.string(),
  ok: z.boolean(),
  words: saidSchema,
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type Check = z.infer<typeof checkSchema>;

/** An item the platform refused for good, as a technician may see it: what kind, why, when. */
export const deadLetterViewSchema = z.object({
  id: z.string(),
  kind: z.enum(['case', 'event', 'chunk']),
  httpStatus: z.number().int(),
  reason: z.string(),
  failedAt: z.string(),
});
export type DeadLetterView = z.infer<typeof deadLetterViewSchema>;

export const syncDiagnosisSchema = z.object({ checks: z.array(checkSchema), deadLetters: z.array(deadLetterViewSchema) });

export const catalogDiagnosisSchema = z.object({
  checks: z.array(checkSchema),
  /** The version a rollback would bring back; null when the store keeps none. */
  previousVersion: z.number().int().nullable(),
});

export const logLinesSchema = z.object({ lines: z.array(z.string()), file: z.string().nullable() });

/** The device tests technician mode runs, one per role. */
export const deviceTestSchema = z.enum(['readCard', 'printReceipt', 'printA4', 'scanCode']);
export type DeviceTest = z.infer<typeof deviceTestSchema>;

export const diagnosisSchema = z.object({ checks: z.array(checkSchema) });
