import type { z } from 'zod';
import {
  eventEnvelopeSchema,
  events,
  isEventName,
  KioskError,
  refusal,
  replyEnvelopeSchema,
  requests,
  type EventName,
  type EventOf,
  type ParsedRequestOf,
  type ReplyOf,
  type RequestName,
  type RequestOf,
  type Said,
} from '../api.js';

/**
 * The checks both transports share, so the screens get the same typed values and the same
 * Chinese errors whichever host carries them.
 */

const badReply: Said = { zh: '终端服务返回了无法识别的结果，请稍后再试或联系工作人员', en: 'The terminal service gave an answer that cannot be read; please try again later or ask the staff' };
const badRequest: Said = { zh: '填写的内容不符合要求，请检查后再试', en: 'What was entered is not right; please check it and try again' };
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
  throw refusal('BAD_REQUEST', hasChinese.test(first) ? { zh: first, en: badRequest.en } : badRequest);
}

/** A reply envelope to a typed value, or a KioskError: the other side's, or INTERNAL if malformed. */
export function parseReply<N extends RequestName>(name: N, raw: unknown): ReplyOf<N> {
  const envelope = replyEnvelopeSchema.safeParse(raw);
  if (!envelope.success) throw refusal('INTERNAL', badReply);
  if (!envelope.data.ok) throw new KioskError(envelope.data.error);
  const value = replySchema(name).safeParse(envelope.data.value);
  if (!value.success) throw refusal('INTERNAL', badReply);
  return value.data;
}

export type ParsedEvent = { [E in EventName]: { event: E; payload: EventOf<E> } }[EventName];

/** An event envelope, validated; null for anything malformed or unknown (dropped, never shown). */
export function parseEvent(raw: unknown): ParsedEvent | null {
  const envelope = eventEnvelopeSchema.safeParse(raw);
  if (!envelope.success || !isEventName(envelope.data.event)) return null;
  return eventParsers[envelope.data.event](envelope.data.payload);
}

/** One event's payload against its own schema, so the name and the payload stay typed together. */
function parserOf<E extends EventName>(event: E, schema: z.ZodType<EventOf<E>>): (raw: unknown) => { event: E; payload: EventOf<E> } | null {
  return (raw) => {
    const payload = schema.safeParse(raw);
    return payload.success ? { event, payload: payload.data } : null;
  };
}

const eventParsers = {
  'kiosk.status': parserOf('kiosk.status', events['kiosk.status']),
  'scanner.scan': parserOf('scanner.scan', events['scanner.scan']),
} satisfies { [E in EventName]: (raw: unknown) => ParsedEvent | null };
