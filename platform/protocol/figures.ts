import { z } from 'zod';
import { wireDate } from './wire-values.js';

/** GET /v1/admin/figures?from=YYYY-MM-DD&to=YYYY-MM-DD (Beijing days, both included; default the last 30). */
export const figuresQuerySchema = z.object({ from: wireDate.optional(), to: wireDate.optional() }).strict();
export type FiguresQuery = z.infer<typeof figuresQuerySchema>;

/** 好差评: 非常满意, 满意 and 基本满意 (5 to 3) are good, 不满意 and 非常不满意 (2, 1) bad. */
export const goodReviewFrom = 3;

/** 办件量, 好差评 and help calls of the account's region and below. */
export const figuresReplySchema = z.object({
  from: z.string(),
  to: z.string(),
  casesPerDay: z.array(z.object({ day: z.string(), regionCode: z.string(), itemCode: z.string(), itemName: z.string(), count: z.number().int() })),
  reviews: z.object({ total: z.number().int(), good: z.number().int() }),
  /** The 差评 with the reasons the citizen picked, newest first (no free-text comment: it may name people). */
  badReviews: z.array(z.object({ at: z.string(), caseNumber: z.string(), score: z.number().int(), reasons: z.array(z.string()), terminalCode: z.string(), hallName: z.string() })),
  /** Seconds from the call to the answer in the console: median and the slowest; null with none answered. */
  helpCalls: z.object({ total: z.number().int(), answered: z.number().int(), medianSecondsToAnswer: z.number().nullable(), maxSecondsToAnswer: z.number().nullable() }),
});
export type FiguresReply = z.infer<typeof figuresReplySchema>;
