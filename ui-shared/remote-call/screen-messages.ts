import { z } from 'zod';

/**
 * What the kiosk page and the clerk's console say to each other on the call's data channel, peer
 * to peer: nothing of it passes through or stays at the platform. Each side parses what it takes
 * with these schemas, so a malformed, oversized or unknown message is dropped, never acted on.
 */

/**
 * The largest message either side sends or takes, in UTF-8 bytes: below the 256 KiB SCTP message
 * size browsers agree on, so a snapshot is never split (and a bigger one is not sent at all).
 */
export const maxMessageBytes = 240 * 1024;

/** Text typed or shown: no control characters (a fill is a value, not keystrokes). */
const plainText = (max: number) => z.string().max(max).regex(/^[^\p{Cc}]*$/u, 'control characters');
const fraction = z.number().min(0).max(1);
const requestId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
/** A field is named by its element id on the kiosk page (input-applicant.phone): letters, digits, . - and _. */
const fieldId = z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/);

const rectSchema = z.object({ x: fraction, y: fraction, width: fraction, height: fraction }).strict();

/** A field the clerk may point at and offer to fill: where it is (normalised to the viewport). */
export const screenFieldSchema = z.object({ id: fieldId, label: plainText(200), rect: rectSchema, masked: z.boolean() }).strict();
export type ScreenField = z.infer<typeof screenFieldSchema>;

const kioskMessage = z.discriminatedUnion('type', [
  /** The kiosk's stylesheet, once as the channel opens: the mirror is drawn as the kiosk draws it. */
  z.object({ type: z.literal('style'), css: z.string().max(maxMessageBytes) }).strict(),
  /** The screen as it is now: sanitized HTML of the app, the viewport it fills, its fields. */
  z
    .object({
      type: z.literal('screen'),
      html: z.string().max(maxMessageBytes),
      /** Each scrolled box's offset in pixels, by its data-mirror-scroll index. */
      scrolls: z.array(z.number().int().min(0).max(1_000_000)).max(50),
      /** Each left-out box's size (the call's dock), by its data-mirror-space index. */
      spaces: z.array(z.object({ width: z.number().int().min(0).max(10_000), height: z.number().int().min(0).max(10_000) }).strict()).max(50),
      width: z.number().int().min(1).max(10_000),
      height: z.number().int().min(1).max(10_000),
      fields: z.array(screenFieldSchema).max(100),
      /** The citizen lets the clerk see what they typed. */
      shown: z.boolean(),
    })
    .strict(),
  /** What became of a fill the clerk offered. */
  z.object({ type: z.literal('filled'), request: requestId, outcome: z.enum(['agreed', 'declined', 'notOnScreen', 'invalid']) }).strict(),
  /** The card photo as the terminal's decoder gave it, or why there is none. */
  z
    .object({
      type: z.literal('cardPhoto'),
      photo: z.object({ mime: z.enum(['image/bmp', 'image/png', 'image/jpeg']), base64: z.string().max(200_000).regex(/^[A-Za-z0-9+/]*={0,2}$/), decoder: plainText(200) }).strict().nullable(),
      reason: z.enum(['noDecoder', 'noCard', 'undecodable']).nullable(),
    })
    .strict(),
]);
export type KioskScreenMessage = z.infer<typeof kioskMessage>;

const clerkMessage = z.discriminatedUnion('type', [
  /** The clerk tapped the mirror here: a marker on the citizen's screen at the same place. */
  z.object({ type: z.literal('point'), x: fraction, y: fraction }).strict(),
  /** The clerk offers to type `value` into a field; the citizen agrees first, or it is not typed. */
  z.object({ type: z.literal('fill'), request: requestId, field: fieldId, value: plainText(200).min(1) }).strict(),
]);
export type ClerkScreenMessage = z.infer<typeof clerkMessage>;

const utf8 = new TextEncoder();

/** Parses one channel message with `schema`; anything else is logged once (its kind, never its text) and dropped. */
function parserOf<T>(schema: z.ZodType<T>, side: string) {
  return (data: unknown): T | null => {
    if (typeof data !== 'string' || utf8.encode(data).byteLength > maxMessageBytes) {
      console.warn(`remote screen: dropped a ${typeof data === 'string' ? 'too large' : 'non-text'} message from the ${side}`);
      return null;
    }
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      console.warn(`remote screen: dropped a message from the ${side} that is not JSON`);
      return null;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) return parsed.data;
    console.warn(`remote screen: dropped a malformed message from the ${side} (${parsed.error.issues[0]?.path.join('.') ?? ''})`);
    return null;
  };
}

export const parseKioskMessage = parserOf(kioskMessage, 'kiosk');
export const parseClerkMessage = parserOf(clerkMessage, 'clerk');

/** Serialises a message for the channel, or null when it is larger than the other side takes. */
export function encodeScreenMessage(message: KioskScreenMessage | ClerkScreenMessage): string | null {
  const text = JSON.stringify(message);
  return utf8.encode(text).byteLength > maxMessageBytes ? null : text;
}
