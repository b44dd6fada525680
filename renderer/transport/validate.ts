import type { z } from 'zod';
import {
  eventEnvelopeSchema,
  events,
  isEventName,
  KioskError,
  replyEnvelopeSchema,
  requests,
  type EventName,
  type EventOf,
  type ParsedRequestOf,
  type ReplyOf,
  type RequestName,
  type RequestOf,
} from '../api.js';

/**
 * The checks both transports share, so the screens get the same typed values and the same
 * Chinese errors whichever host carries them.
 */

export const unavailableMessage = '终端服务暂时不可用，请稍后再试或联系工作人员';
const badReplyMessage = '终端服务返回了无法识别的结果，请稍后再试或联系工作人员';
const badRequestMessage = '填写的内容不符合要求，请检查后再试';
const hasChinese = /[\u4e00-\u9fff]/;

// TypeScript cannot narrow `requests[name]` for a generic N; these casts only restate the table.
function requestSchema<N extends RequestName>(name: N): z.ZodType<ParsedRequestOf<N>, RequestOf<N>> {
  return requests[name].request as unknown as z.ZodType<ParsedRequestOf<N>, RequestOf<N>>;
}
function replySchema<N extends RequestName>(name: N): z.ZodType<ReplyOf<N>> {
  return requests[name].reply as unknown as z.ZodType<ReplyOf<N>>;
}

/** Checked before sending: a bad payload never leaves the screen. */
export function parseRequest<N extends RequestName>(name: N, payload: RequestOf<N>): ParsedRequestOf<N> {
  const parsed = requestSchema(name).safeParse(payload);
  if (parsed.success) return parsed.data;
  // Schemas written for citizens (the case number) carry a Chinese message; show that one.
  const first = parsed.error.issues[0]?.message ?? '';
  return throwKiosk('BAD_REQUEST', hasChinese.test(first) ? first : badRequestMessage);
}

/** A reply envelope to a typed value, or a KioskError: the other side's, or INTERNAL if malformed. */
export function parseReply<N extends RequestName>(name: N, raw: unknown): ReplyOf<N> {
  const envelope = replyEnvelopeSchema.safeParse(raw);
  if (!envelope.success) return throwKiosk('INTERNAL', badReplyMessage);
  if (!envelope.data.ok) throw new KioskError(envelope.data.error);
  const value = replySchema(name).safeParse(envelope.data.value);
  if (!value.success) return throwKiosk('INTERNAL', badReplyMessage);
  return value.data;
}

export type ParsedEvent = { [E in EventName]: { event: E; payload: EventOf<E> } }[EventName];

/** An event envelope, validated; null for anything malformed or unknown (dropped, never shown). */
export function parseEvent(raw: unknown): ParsedEvent | null {
  const envelope = eventEnvelopeSchema.safeParse(raw);
  if (!envelope.success || !isEventName(envelope.data.event)) return null;
  const payload = events[envelope.data.event].safeParse(envelope.data.payload);
  return payload.success ? { event: envelope.data.event, payload: payload.data } : null;
}

/** The host is gone or the wire broke: one message the citizen can act on. */
export function unavailable(): KioskError {
  return new KioskError({ code: 'INTERNAL', message: unavailableMessage });
}

/** Whatever was thrown, as something a screen can show. */
export function toKioskError(error: unknown): KioskError {
  return error instanceof KioskError ? error : unavailable();
}

function throwKiosk(code: 'BAD_REQUEST' | 'INTERNAL', message: string): never {
  throw new KioskError({ code, message });
}
