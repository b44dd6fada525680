import { z } from 'zod';
import { caseNumberShape } from '../../standards/case-number.js';
import { fenSchema, notProceedingSchema } from './payments.js';
import { wireCount, wireDate, wireText, wireTime } from './wire-values.js';

const uuidV7 = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
const isoTime = z.string().datetime({ offset: true });

/**
 * How one material of the case was satisfied; a photo names the materials its pages' chunks go up
 * under. `materialId` is page 1, as terminals sent before pages; `pages` is every page in order.
 */
export const caseMaterialSchema = z
  .object({
    key: wireText.min(1).max(64),
    name: wireText.min(1).max(100),
    way: z.enum(['certificate', 'captured', 'owed']),
    materialId: uuidV7.nullable(),
    pages: z.array(uuidV7).min(1).max(20).optional(),
    /** 容缺: the lobby date (YYYY-MM-DD) the applicant promised to hand it in by. */
    dueBy: wireDate.nullable(),
  })
  .strict();
export type CaseMaterial = z.infer<typeof caseMaterialSchema>;

/** 告知承诺 signed at the terminal: bound to the text by its hash; the signature is an uploaded material. */
export const caseCommitmentSchema = z
  .object({ textSha256: z.string().regex(/^[0-9a-f]{64}$/), signedAt: wireTime, signatureMaterialId: uuidV7 })
  .strict();
export type CaseCommitment = z.infer<typeof caseCommitmentSchema>;

/**
 * A fee the case's item charges (from the signed catalog the terminal accepted it under), in whole
 * fen; only fees above zero are sent. Each is ordered once, by the case number and its place here.
 */
export const caseFeeSchema = z.object({ name: wireText.min(1).max(100), amountFen: fenSchema.refine((fen) => fen > 0, 'a due fee is above zero') }).strict();
export type CaseFee = z.infer<typeof caseFeeSchema>;

/** One case as a terminal uploads it. The id is made on the terminal and keys idempotency. */
export const caseUploadSchema = z
  .object({
    id: uuidV7,
    caseNumber: z.string().regex(caseNumberShape),
    itemCode: wireText.min(1).max(64),
    itemName: wireText.min(1).max(200),
    acceptedAt: wireTime,
    applicant: z.object({
      name: wireText.min(1).max(120),
      idNumber: wireText.min(1).max(40),
    }),
    answers: z.record(wireText.max(64), wireText.max(2000)),
    materials: z.array(caseMaterialSchema).max(50).optional(),
    commitment: caseCommitmentSchema.optional(),
    fees: z.array(caseFeeSchema).min(1).max(10).optional(),
    /**
     * The 远程帮办 call in this citizen's session whose clerk checked their identity. The platform
     * records the check with the case only when that call is this terminal's, was checked, and
     * names this applicant; any other id is left unlinked, never a reason to refuse the case.
     */
    remoteCallId: z.uuid().optional(),
    /**
     * The signed catalog version the case was accepted under (its fees came from it): the platform
     * checks a fee paid later against the bundle it published at that version. Absent from
     * terminals of before the field, whose fees are checked against the catalog they run.
     */
    catalogVersion: wireCount.optional(),
  })
  .strict();
export type CaseUpload = z.infer<typeof caseUploadSchema>;

export const caseBatchSchema = z.object({ cases: z.array(caseUploadSchema).min(1).max(100) }).strict();
export type CaseBatch = z.infer<typeof caseBatchSchema>;

/** The ids the platform now holds, whether stored by this request or an earlier one. */
export const caseBatchReplySchema = z.object({ stored: z.array(uuidV7) });
export type CaseBatchReply = z.infer<typeof caseBatchReplySchema>;

/**
 * `GET /v1/cases/{caseNumber}`: any text a database can look up, since the official number the
 * platform may attach later need not look like the terminal's.
 */
export const caseLookupParamsSchema = z.object({ caseNumber: wireText.min(1).max(64) });

export const caseStatusReplySchema = z.object({
  caseNumber: z.string(),
  itemName: z.string(),
  acceptedAt: isoTime,
  receivedAt: isoTime,
  status: z.enum(['received']),
  timeline: z.array(z.object({ at: isoTime, label: z.string() })),
  /** What the case's item charges and whether each is paid; absent when it charges nothing. */
  fees: z.array(z.object({ fee: z.number().int().min(0), name: z.string(), amountFen: fenSchema, paid: z.boolean() })).optional(),
  /** 不予受理 / 终止办理, set by an admin: why, when, and the fees given back. Absent while the case proceeds. */
  notProceeding: notProceedingSchema.optional(),
});
export type CaseStatusReply = z.infer<typeof caseStatusReplySchema>;
