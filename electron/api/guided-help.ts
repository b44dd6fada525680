import { z } from 'zod';
import { itemSummarySchema } from './values.js';

/** An item or 一件事 a question or a situation leads to. */
const entryViewSchema = itemSummarySchema.extend({ kind: z.enum(['item', 'lifeEvent']) });

/** 智能客服: the entries that fit a question, each with a line quoted from its guide; none when it is not understood. */
export const askReplySchema = z.object({
  /** False: nothing fits well enough, and the screen offers 12345 and the help call instead. */
  answered: z.boolean(),
  hits: z.array(entryViewSchema.extend({ answer: z.string() })).max(5),
});
export type AskReply = z.infer<typeof askReplySchema>;

export const situationSummarySchema = z.object({ code: z.string(), name: z.string(), description: z.string() });
export type SituationSummary = z.infer<typeof situationSummarySchema>;

/** One material of an outcome's list, joined across its items: asked once however many items want it. */
const materialViewSchema = z.object({
  name: z.string(),
  necessity: z.enum(['required', 'optional', 'owed']),
  /** An e-certificate (电子证照) stands in for the paper: the terminal fetches it. */
  electronic: z.boolean(),
  paperCopies: z.number().int().min(0),
  original: z.boolean(),
});

const situationNodeViewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('question'), text: z.string(), answers: z.array(z.object({ label: z.string(), next: z.string() })) }),
  z.object({ kind: z.literal('outcome'), text: z.string(), items: z.array(entryViewSchema).min(1), materials: z.array(materialViewSchema) }),
]);

/** 情景式导办: the whole tree at once, small enough to walk on the screen with no round trip per answer. */
export const situationViewSchema = situationSummarySchema.extend({ start: z.string(), nodes: z.record(z.string(), situationNodeViewSchema) });
export type SituationView = z.infer<typeof situationViewSchema>;
export type SituationNodeView = SituationView['nodes'][string];
