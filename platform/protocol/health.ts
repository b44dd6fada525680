import { z } from 'zod';

/** GET /v1/health: no authentication; the time lets a technician spot a skewed terminal clock. */
export const healthReplySchema = z.object({ ok: z.literal(true), time: z.string().datetime({ offset: true }) });
export type HealthReply = z.infer<typeof healthReplySchema>;
