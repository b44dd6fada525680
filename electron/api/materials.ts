import { z } from 'zod';
import { maxPageBytes, maxPagesPerMaterial } from './material-limits.js';

/**
 * Materials and 告知承诺 as they cross between screen and core. Images travel as base64 inside the
 * JSON request, so each one has a size limit the host's body limit can carry.
 */

/** About 1 MiB of image: the signature, drawn on screen. */
export const maxImageBase64Chars = 1_400_000;

const maxPageBase64Chars = Math.ceil(maxPageBytes / 3) * 4;

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, '图像编码不正确');
const materialKey = z.string().min(1).max(64);

export const materialViewSchema = z.object({
  key: z.string(),
  name: z.string(),
  necessity: z.enum(['required', 'optional', 'owed']),
  note: z.string().optional(),
  /** The citizen's e-certificate that makes paper unnecessary (免提交), or null. */
  certificate: z.object({ name: z.string() }).nullable(),
  /** 容缺: the catalog's deadline, in working days and as the date it falls on if accepted today. */
  owed: z.object({ workingDays: z.number().int().min(1), dueBy: z.iso.date() }).nullable(),
});
export type MaterialView = z.infer<typeof materialViewSchema>;

export const commitmentViewSchema = z.object({
  text: z.string(),
  /** The sha256 of the text: the signature is bound to exactly this version of it. */
  textSha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type CommitmentView = z.infer<typeof commitmentViewSchema>;

export const materialsReplySchema = z.object({
  materials: z.array(materialViewSchema),
  /** Null where no item of the application allows 告知承诺. */
  commitment: commitmentViewSchema.nullable(),
});

/** How the citizen satisfied one material. */
export const materialSubmissionSchema = z.discriminatedUnion('way', [
  z.object({ key: materialKey, way: z.literal('certificate') }).strict(),
  /** The pages in the order the citizen left them on screen. */
  z.object({ key: materialKey, way: z.literal('captured'), pagesJpegBase64: z.array(base64.max(maxPageBase64Chars)).min(1).max(maxPagesPerMaterial) }).strict(),
  /** The deadline is the catalog's, never the citizen's choice. */
  z.object({ key: materialKey, way: z.literal('owed') }).strict(),
]);
export type MaterialSubmission = z.infer<typeof materialSubmissionSchema>;

export const commitmentSubmissionSchema = z
  .object({
    textSha256: commitmentViewSchema.shape.textSha256,
    signaturePngBase64: base64.max(maxImageBase64Chars),
    signedAt: z.iso.datetime(),
  })
  .strict();
export type CommitmentSubmission = z.infer<typeof commitmentSubmissionSchema>;
