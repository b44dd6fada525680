import { z } from 'zod';
import { mobileNumberPattern, mobileNumberWords } from '../../standards/mobile-number.js';
import { wireText } from './wire-values.js';

/**
 * 远程帮办: a citizen at a terminal asks for a remote clerk; a clerk of the terminal's region (or
 * above) accepts in the console, and the two browsers set up WebRTC with signals relayed here.
 * The terminal speaks under its key (/v1/remote-calls), the clerk under their session
 * (/v1/console/remote-calls). A number to call back travels
 * apart, in the help calls' queue (events.ts). Nothing of the media passes through the platform, and no signal is
 * kept after the call ends.
 */

export const remoteCallStates = ['waiting', 'accepted', 'ended'] as const;
export const remoteCallStateSchema = z.enum(remoteCallStates);
export type RemoteCallState = z.infer<typeof remoteCallStateSchema>;

/** Who ended a call: either side hanging up, or the kiosk giving up when no clerk came. */
export const remoteCallEndSchema = z.enum(['citizen', 'clerk', 'unanswered']);
export type RemoteCallEnd = z.infer<typeof remoteCallEndSchema>;

/**
 * SDP as the browsers make it: lines end in CRLF, which wireText refuses, so CR is taken out
 * before the check. The bound is far above any real one.
 */
const sdpSchema = z
  .string()
  .min(1)
  .max(30_000)
  .refine((sdp) => wireText.safeParse(sdp.replaceAll('\r\n', '\n')).success, 'SDP 含无效字符 / the SDP holds characters no browser writes');
export const remoteSignalSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('offer'), sdp: sdpSchema }).strict(),
  z.object({ kind: z.literal('answer'), sdp: sdpSchema }).strict(),
  z
    .object({
      kind: z.literal('candidate'),
      candidate: wireText.max(2000),
      sdpMid: wireText.max(64).nullable(),
      sdpMLineIndex: z.number().int().min(0).max(64).nullable(),
    })
    .strict(),
]);
export type RemoteSignal = z.infer<typeof remoteSignalSchema>;

/**
 * The citizen's identity as a remote clerk sees it to check it against the live picture: masked
 * as on the kiosk's screen (陈*欣, 4201**********0029), never the whole number.
 */
export const remoteIdentitySchema = z
  .object({
    cardType: z.enum(['resident', 'foreigner', 'hkmotw']),
    maskedName: wireText.min(1).max(60),
    maskedIdNumber: wireText.regex(/^[0-9A-Z]{2,6}\*+[0-9A-Z]{2,4}$/, '证件号须遮蔽 / the ID number must be masked'),
    source: z.enum(['card', 'typed', 'appCode']),
  })
  .strict();
export type RemoteIdentity = z.infer<typeof remoteIdentitySchema>;

/** A mainland mobile number, left for a clerk to call back. */
export const mobilePhoneSchema = z.string().regex(mobileNumberPattern, mobileNumberWords);

/** The item a call or callback is about. */
export const remoteItemSchema = z.object({ code: wireText.min(1).max(64), name: wireText.min(1).max(200) }).strict();

/**
 * POST /v1/remote-calls: the terminal's id for the call, the item the citizen is on (none from
 * the help screen) and who they are when they have identified.
 */
export const remoteCallAskSchema = z
  .object({
    id: z.uuid(),
    item: remoteItemSchema.nullable(),
    identity: remoteIdentitySchema.nullable().default(null),
  })
  .strict();
export type RemoteCallAsk = z.infer<typeof remoteCallAskSchema>;

/** POST .../signals */
export const remoteSignalPostSchema = z.object({ signal: remoteSignalSchema }).strict();

/** GET .../signals?after=N&seen=STATE: answered at once when there is news, else after a wait. */
export const remoteSignalsReplySchema = z.object({
  state: remoteCallStateSchema,
  endedBy: remoteCallEndSchema.nullable(),
  /** The clerk's account name once one accepted, for the citizen's screen. */
  clerk: z.string().nullable(),
  /** The clerk who checked the citizen's identity against the live picture; null until then. */
  identityCheckedBy: z.string().nullable(),
  /** The other side's signals after `after`, oldest first; pass the last seq back as `after`. */
  signals: z.array(z.object({ seq: z.number().int().min(1), signal: remoteSignalSchema })),
});
export type RemoteSignalsReply = z.infer<typeof remoteSignalsReplySchema>;


/** GET /v1/console/remote-calls: what clerks of the region see. */
export const remoteCallSummarySchema = z.object({
  id: z.string(),
  askedAt: z.string(),
  state: remoteCallStateSchema,
  endedBy: remoteCallEndSchema.nullable(),
  terminalCode: z.string(),
  terminalName: z.string(),
  hallName: z.string(),
  regionCode: z.string(),
  item: z.object({ code: z.string(), name: z.string() }).nullable(),
  clerk: z.string().nullable(),
  identity: remoteIdentitySchema.nullable(),
  identityCheckedBy: z.string().nullable(),
});
export type RemoteCallSummary = z.infer<typeof remoteCallSummarySchema>;
export const remoteCallListReplySchema = z.object({ calls: z.array(remoteCallSummarySchema) });
export type RemoteCallListReply = z.infer<typeof remoteCallListReplySchema>;

/** A TURN server with the call's credentials, as RTCPeerConnection's iceServers take it. */
export const iceServerSchema = z.object({ urls: z.array(z.string()).min(1), username: z.string().optional(), credential: z.string().optional() });
export type IceServer = z.infer<typeof iceServerSchema>;

/** The reply to an ask (terminal) and to an accept (clerk): the servers each browser may relay through. */
export const remoteCallJoinReplySchema = z.object({ iceServers: z.array(iceServerSchema).max(4) });
export type RemoteCallJoinReply = z.infer<typeof remoteCallJoinReplySchema>;

/**
 * GET /v1/console/callbacks: 待回电, the region's callback requests not yet called back. The
 * number is whole only for the clerk who took the request, masked (138****8000) for the others.
 */
export const callbackSummarySchema = z.object({
  id: z.string(),
  askedAt: z.string(),
  terminalCode: z.string(),
  terminalName: z.string(),
  hallName: z.string(),
  item: z.object({ code: z.string(), name: z.string() }).nullable(),
  /** True when it follows a call nobody took; false when left offline. */
  afterCall: z.boolean(),
  phone: z.string(),
  takenBy: z.string().nullable(),
});
export type CallbackSummary = z.infer<typeof callbackSummarySchema>;
export const callbackListReplySchema = z.object({ callbacks: z.array(callbackSummarySchema) });
export type CallbackListReply = z.infer<typeof callbackListReplySchema>;
