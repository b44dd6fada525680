import { z } from 'zod';
import { refusalReasons } from './catalog.js';
import { regionCodeSchema } from './enroll.js';
import { decimalParam, int4Max } from './wire-values.js';

/** How far a published version reaches: a canary set of terminals, then a region, then every terminal in its scope. */
export const rolloutStages = ['canary', 'region', 'all'] as const;
export type RolloutStage = (typeof rolloutStages)[number];

/** A terminal named by its id (uuid) or its six-character code, as the console shows either. */
const terminalRef = z.string().regex(/^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Z0-9]{6})$/i);

/**
 * POST /v1/admin/catalog/rollouts/:version: the stage to move to. Canary names its terminals (they
 * replace the set); region names the region and keeps the canaries; all needs nothing.
 */
export const rolloutTargetSchema = z
  .object({
    stage: z.enum(rolloutStages),
    terminals: z.array(terminalRef).max(1000).optional(),
    regionCode: regionCodeSchema.optional(),
  })
  .strict()
  .refine((t) => t.stage !== 'canary' || (t.terminals?.length ?? 0) > 0, { message: 'a canary stage names its terminals', path: ['terminals'] })
  .refine((t) => t.stage !== 'region' || t.regionCode !== undefined, { message: 'a region stage names its regionCode', path: ['regionCode'] });
export type RolloutTarget = z.infer<typeof rolloutTargetSchema>;

/**
 * The same on POST /v1/admin/catalog?stage=...&terminals=A,B&regionCode=..., since the body is the
 * bundle. Without a stage a published version is held: a canary stage of no terminal, offered to none.
 */
export const publishQuerySchema = z
  .object({
    stage: z.enum(rolloutStages).optional(),
    terminals: z
      .string()
      .max(40_000)
      .transform((list) => list.split(',').filter((ref) => ref !== ''))
      .optional(),
    regionCode: regionCodeSchema.optional(),
  })
  .strict();

export const rolloutStates = ['active', 'paused', 'rolled_back'] as const;

export const rolloutSchema = z.object({
  version: z.number().int(),
  stage: z.enum(rolloutStages),
  state: z.enum(rolloutStates),
  /** The canary terminals' ids. */
  terminals: z.array(z.string()),
  /** The region of the region stage, 12 digits; null at other stages. */
  regionCode: z.string().nullable(),
  /** The version this one rolled back (its content is the one before that); null for an ordinary publish. */
  rollbackOf: z.number().int().nullable(),
});
export type Rollout = z.infer<typeof rolloutSchema>;

export const catalogPublishReplySchema = z.object({ version: z.number().int(), scope: z.string(), bytes: z.number().int(), rollout: rolloutSchema });
export type CatalogPublishReply = z.infer<typeof catalogPublishReplySchema>;

/** One terminal in a version's audience: it runs the version (or a newer), refused it and why, or has not yet said. */
export const adoptionSchema = z.object({
  terminalId: z.string(),
  terminalCode: z.string(),
  regionCode: z.string(),
  adoption: z.enum(['installed', 'refused', 'waiting']),
  /** The version the terminal last said it runs; null when it never said. */
  installedVersion: z.number().int().nullable(),
  refused: z.object({ reason: z.enum(refusalReasons), detail: z.string() }).nullable(),
});
export type Adoption = z.infer<typeof adoptionSchema>;

/** GET /v1/admin/catalog/rollouts/:version */
export const rolloutReplySchema = z.object({
  rollout: rolloutSchema,
  counts: z.object({ installed: z.number().int(), refused: z.number().int(), waiting: z.number().int() }),
  terminals: z.array(adoptionSchema),
});
export type RolloutReply = z.infer<typeof rolloutReplySchema>;

/** GET /v1/admin/catalog/rollouts: the newest versions, newest first, counted within the account's region. */
export const rolloutListReplySchema = z.object({
  rollouts: z.array(
    z.object({
      rollout: rolloutSchema,
      /** The bundle's region (12 digits): terminals outside it never take the version. */
      scope: z.string(),
      publishedAt: z.string().datetime({ offset: true }),
      counts: rolloutReplySchema.shape.counts,
    }),
  ),
});
export type RolloutListReply = z.infer<typeof rolloutListReplySchema>;

/** POST .../rollback: the version rolled back, and the bundle (its predecessor's content, signed higher) that replaces it. */
export const rollbackReplySchema = z.object({ rolledBack: z.number().int(), version: z.number().int(), restores: z.number().int(), rollout: rolloutSchema });
export type RollbackReply = z.infer<typeof rollbackReplySchema>;

/**
 * POST .../recall: the console's rollback, needing no key. The version is offered to no terminal
 * again, and each terminal running it is sent catalog.rollback (back to the catalog it kept).
 */
export const recallReplySchema = z.object({ rollout: rolloutSchema, restores: z.number().int(), terminals: z.array(z.string()) });
export type RecallReply = z.infer<typeof recallReplySchema>;

export const rolloutParamsSchema = z.object({ version: decimalParam(1, int4Max) }).strict();
