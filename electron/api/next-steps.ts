import { z } from 'zod';

/**
 * What happens after 提交, as the core reads it from the catalog: the done screen and the receipt
 * both show this one answer, so they cannot disagree. Catalog words (places, ways of delivery)
 * are Chinese, as the catalog is.
 */
export const nextStepsSchema = z.object({
  /** Each case with who handles it, how to reach them, and when and how its result comes. */
  cases: z
    .array(
      z.object({
        caseNumber: z.string(),
        itemCode: z.string(),
        itemName: z.string(),
        department: z.string(),
        phone: z.string(),
        /** The lobby date the result is promised by; null when it is done on the spot (即办). */
        promisedBy: z.iso.date().nullable(),
        promisedDays: z.number().int().min(0),
        resultName: z.string(),
        delivery: z.array(z.string()),
      }),
    )
    .min(1),
  /** 容缺: what is still owed, by when, and where and when to bring it. */
  owed: z.array(z.object({ name: z.string(), dueBy: z.iso.date(), place: z.string(), hours: z.string() })),
  /** The number printed large and as QR on the receipt: the one to keep, to query and rate by. */
  keep: z.string(),
  /** A card was read for this submission: it may still be on the reader. */
  returnIdCard: z.boolean(),
});
export type NextSteps = z.infer<typeof nextStepsSchema>;
