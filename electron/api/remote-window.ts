import { z } from 'zod';
import { mobileNumberPattern, mobileNumberWords } from '../../standards/mobile-number.js';
import { uploadStateSchema } from './values.js';

/**
 * 远程帮办 as the screen sees it: the page asks the core, the core asks the platform under the
 * terminal's key. The page runs WebRTC itself (the camera is the page's), so SDP and ICE pass
 * through here as text; the core checks them again against the platform's wire schemas.
 */

const callId = z.uuid();

export const remoteSignalViewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('offer'), sdp: z.string().min(1).max(30_000) }).strict(),
  z.object({ kind: z.literal('answer'), sdp: z.string().min(1).max(30_000) }).strict(),
  z.object({ kind: z.literal('candidate'), candidate: z.string().max(2000), sdpMid: z.string().max(64).nullable(), sdpMLineIndex: z.number().int().min(0).max(64).nullable() }).strict(),
]);
export type RemoteSignalView = z.infer<typeof remoteSignalViewSchema>;

/** STUN/TURN servers as RTCPeerConnection takes them; TURN credentials short-lived, issued per call. */
export const iceServerSchema = z.object({ urls: z.array(z.string().max(300)).min(1).max(8), username: z.string().max(200).optional(), credential: z.string().max(200).optional() });
export type IceServer = z.infer<typeof iceServerSchema>;

export const remoteCallStateViewSchema = z.enum(['waiting', 'accepted', 'ended']);
export type RemoteCallStateView = z.infer<typeof remoteCallStateViewSchema>;

export const remoteNewsSchema = z.object({
  state: remoteCallStateViewSchema,
  endedBy: z.enum(['citizen', 'clerk', 'unanswered']).nullable(),
  /** The clerk's account name once one took the call. */
  clerk: z.string().nullable(),
  /** The clerk who checked the citizen's card read against the live picture. */
  identityCheckedBy: z.string().nullable(),
  signals: z.array(z.object({ seq: z.number().int().min(1), signal: remoteSignalViewSchema })),
});
export type RemoteNews = z.infer<typeof remoteNewsSchema>;

const remoteItemViewSchema = z.object({ code: z.string().min(1).max(64), name: z.string().min(1).max(200) }).strict();

export const remoteWindowRequests = {
  /** The citizen asks for a remote clerk, on the item they are on (none from 呼叫帮办). NEEDS_NETWORK offline. */
  'remote.ask': {
    request: z.object({ item: remoteItemViewSchema.nullable() }).strict(),
    reply: z.object({ callId, iceServers: z.array(iceServerSchema).max(4) }),
  },
  /** A long poll (seconds): what changed since the state `seen` and the signal `after`. */
  'remote.news': {
    request: z.object({ callId, after: z.number().int().min(0), seen: remoteCallStateViewSchema }).strict(),
    reply: remoteNewsSchema,
  },
  'remote.signal': { request: z.object({ callId, signal: remoteSignalViewSchema }).strict(), reply: z.object({ sent: z.literal(true) }) },
  /** The citizen hung up, or nobody came in time (`unanswered`). */
  'remote.end': { request: z.object({ callId, by: z.enum(['citizen', 'unanswered']) }).strict(), reply: z.object({ ended: z.literal(true) }) },
  /**
   * No clerk could be reached (the call `callId` went unanswered, or none could be made: null): a
   * mobile number for a clerk to call back. Kept here sealed and sent when the line allows;
   * `upload` says whether it reached the platform already.
   */
  'remote.callback': {
    request: z.object({ callId: callId.nullable(), item: remoteItemViewSchema.nullable(), phone: z.string().regex(mobileNumberPattern, mobileNumberWords) }).strict(),
    reply: z.object({ left: z.literal(true), upload: uploadStateSchema }),
  },
} as const;
