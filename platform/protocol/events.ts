import { z } from 'zod';
import { caseNumberShape } from '../../standards/case-number.js';
import { mobilePhoneSchema, remoteItemSchema } from './remote-calls.js';
import { wireText, wireTime } from './wire-values.js';

const uuidV7 = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

/** 好差评: one per case, five levels from 非常满意 (5) to 非常不满意 (1). */
export const reviewSchema = z
  .object({
    id: uuidV7,
    caseNumber: z.string().regex(caseNumberShape),
    at: wireTime,
    score: z.number().int().min(1).max(5),
    /** Why, for 不满意 (2) and 非常不满意 (1): short labels from the kiosk's list. */
    reasons: z.array(wireText.min(1).max(40)).max(10).optional(),
    comment: wireText.max(500).optional(),
  })
  .strict();

/** A citizen pressed "call staff". */
export const helpCallSchema = z
  .object({ id: uuidV7, at: wireTime, reason: z.enum(['citizen_request', 'device_fault', 'idle_timeout']) })
  .strict();

/**
 * The citizen who called withdrew the call (they were helped, or left): staff need not walk over.
 * It travels in the help calls' queue; the platform takes it even before the call it names arrives
 * (the call may be waiting out a backoff), so neither order loses it.
 */
export const helpCallCancelSchema = z.object({ id: uuidV7, at: wireTime, cancels: uuidV7 }).strict();

/**
 * 远程帮办 could not reach a clerk (nobody took the call, or the line was down): a number to call
 * back. It rides in the help calls' queue, so one left offline goes up once the line is back.
 * `call`: the unanswered call it follows; absent when no call could be made.
 */
export const callbackRequestSchema = z
  .object({ id: uuidV7, at: wireTime, phone: mobilePhoneSchema, call: z.uuid().optional(), item: remoteItemSchema.optional() })
  .strict();

/** A peripheral changed state: paper out, card reader gone, ... */
export const deviceEventSchema = z
  .object({
    id: uuidV7,
    at: wireTime,
    device: wireText.min(1).max(40),
    state: z.enum(['ok', 'warning', 'fault']),
    detail: wireText.max(500).optional(),
  })
  .strict();

export const reviewBatchSchema = z.object({ items: z.array(reviewSchema).min(1).max(100) }).strict();
export const helpCallQueueItemSchema = z.union([helpCallSchema, helpCallCancelSchema, callbackRequestSchema]);
export const helpCallBatchSchema = z.object({ items: z.array(helpCallQueueItemSchema).min(1).max(100) }).strict();
export const deviceEventBatchSchema = z.object({ items: z.array(deviceEventSchema).min(1).max(100) }).strict();
export type Review = z.infer<typeof reviewSchema>;
export type HelpCall = z.infer<typeof helpCallSchema>;
export type HelpCallCancel = z.infer<typeof helpCallCancelSchema>;
export type CallbackRequest = z.infer<typeof callbackRequestSchema>;
export type HelpCallQueueItem = z.infer<typeof helpCallQueueItemSchema>;
export type DeviceEvent = z.infer<typeof deviceEventSchema>;

/** The ids the platform now holds, stored by this request or an earlier one. */
export const eventBatchReplySchema = z.object({ stored: z.array(uuidV7) });
export type EventBatchReply = z.infer<typeof eventBatchReplySchema>;
