import { z } from 'zod';
import { wireText, wireTime } from './wire-values.js';

/**
 * Results printed on the spot (当场办结): a 证明 or 记录 a department's system hands out at once
 * for the person whose card the terminal just read, printed at the terminal with a code anyone
 * holding the paper can check at `GET /v1/verify/{code}`.
 */
export const documentKinds = ['social-insurance-record', 'personal-rights-record', 'real-estate-record'] as const;
export const documentKindSchema = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof documentKindSchema>;

const uuidV7 = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

/**
 * `POST /v1/documents`: the read is the one the terminal reported at `POST /v1/card-reads`, and
 * the ID number must be that read's; the name is the card's, for the department's lookup.
 */
export const documentRequestSchema = z
  .object({
    read: uuidV7,
    kind: documentKindSchema,
    idNumber: z.string().regex(/^[0-9A-Z]{15,18}$/),
    name: wireText.pipe(z.string().min(1).max(40)),
  })
  .strict();
export type DocumentRequest = z.infer<typeof documentRequestSchema>;

const line = wireText.pipe(z.string().max(500));

/** What the document says, as the department's system gave it: drawn on A4 by the terminal. */
export const documentContentSchema = z
  .object({
    title: line.pipe(z.string().min(1).max(60)),
    subtitle: line.optional(),
    sections: z
      .array(
        z
          .object({
            heading: line.pipe(z.string().min(1).max(60)),
            rows: z.array(z.tuple([line.pipe(z.string().max(40)), line])).max(60).optional(),
            paragraphs: z.array(line).max(20).optional(),
          })
          .strict(),
      )
      .min(1)
      .max(12),
    /** Who issued it, printed at the foot: the department, never the terminal. */
    issuer: line.pipe(z.string().min(1).max(80)),
  })
  .strict();
export type DocumentContent = z.infer<typeof documentContentSchema>;

/**
 * A verification code: 18 random bytes (144 bits) in base64url, 24 characters. The platform keeps
 * only its SHA-256, so its table tells nobody the codes on paper.
 */
export const verificationCodeSchema = z.string().regex(/^[A-Za-z0-9_-]{24}$/, '验证码应为 24 位字母、数字、- 或 _ / a code is 24 base64url characters');

export const documentReplySchema = z
  .object({
    kind: documentKindSchema,
    content: documentContentSchema,
    issuedAt: wireTime,
    verification: z.object({ code: verificationCodeSchema, url: z.string().url().max(300) }).strict(),
  })
  .strict();
export type DocumentReply = z.infer<typeof documentReplySchema>;

/** `GET /v1/verify/{code}`: only what is safe to show whoever holds the paper. */
export const verifyReplySchema = z
  .object({
    genuine: z.literal(true),
    kind: documentKindSchema,
    title: z.string(),
    /** The Beijing day it was printed, YYYY-MM-DD. */
    issuedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** 陈*欣: enough to match the paper, too little to learn a name from a code. */
    maskedName: z.string(),
    issuer: z.string(),
  })
  .strict();
export type VerifyReply = z.infer<typeof verifyReplySchema>;
