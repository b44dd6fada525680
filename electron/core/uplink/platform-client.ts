import { v7 as uuidv7 } from 'uuid';
import { z, type ZodType } from 'zod';
import {
  caseBatchReplySchema,
  caseStatusReplySchema,
  type CaseBatchReply,
  type CaseStatusReply,
  type CaseUpload,
} from '../../../platform/protocol/cases.js';
import type { CommandAck } from '../../../platform/protocol/commands.js';
import { eventBatchReplySchema, type EventBatchReply } from '../../../platform/protocol/events.js';
import { cardReadReplySchema, certificatesReplySchema, type Certificate } from '../../../platform/protocol/certificates.js';
import { documentReplySchema, type DocumentKind, type DocumentReply } from '../../../platform/protocol/documents.js';
import { materialChunkReplySchema, type MaterialChunkReply } from '../../../platform/protocol/materials.js';
import { enrollReplySchema, type EnrollReply } from '../../../platform/protocol/enroll.js';
import { platformErrorSchema } from '../../../platform/protocol/errors.js';
import { healthReplySchema } from '../../../platform/protocol/health.js';
import {
  bookingSchema,
  bookingsReplySchema,
  hallServicesReplySchema,
  slotsReplySchema,
  ticketSchema,
  type BookRequest,
  type Booking,
  type CheckInRequest,
  type HallServicesReply,
  type SlotsReply,
  type Ticket,
  type WalkInRequest,
} from '../../../platform/protocol/appointments.js';
import { heartbeatReplySchema, type Heartbeat, type HeartbeatReply } from '../../../platform/protocol/heartbeat.js';
import { orderViewSchema, paymentNoticeSchema, type CaseFeeDue, type OrderView, type PaymentNotice } from '../../../platform/protocol/payments.js';
import {
  remoteCallJoinReplySchema,
  remoteSignalsReplySchema,
  type RemoteCallAsk,
  type RemoteCallJoinReply,
  type RemoteCallState,
  type RemoteSignalsReply,
} from '../../../platform/protocol/remote-calls.js';
import { smsCodeSentSchema, smsConfirmedSchema, type SmsCodeSent, type SmsConfirmed, type SmsSubscribeRequest } from '../../../platform/protocol/sms.js';

/** What an order pays: a 非税 notice or a case's fee. */
export type OrderDue = { noticeNumber: string } | { caseFee: CaseFeeDue };
import { signedHeaders, type Credentials } from './signed-headers.js';
import { platformFetch, type PlatformFetch } from './platform-fetch.js';
import type { PlatformLink } from './platform-link.js';

/** The platform could not be reached or failed: try again later, nothing is lost. */
export class PlatformUnavailableError extends Error {
  constructor(
    detail: string,
    /** The 5xx the platform (or a balancer before it) answered; undefined when nothing answered. */
    readonly status?: number,
  ) {
    super(`政务服务平台暂时无法连接 / platform unavailable: ${detail}`);
    this.name = 'PlatformUnavailableError';
  }
}

/** The platform understood and said no: retrying the same request will not help. */
export class PlatformRefusedError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    /** The platform said why, in its own error shape. */
    readonly explained = false,
  ) {
    super(`平台拒绝了请求 / platform refused (${status}): ${reason}`);
    this.name = 'PlatformRefusedError';
  }
}

const eventPaths = { review: '/v1/reviews', help_call: '/v1/help-calls', device_event: '/v1/device-events' } as const;

interface CallOptions<T> {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: unknown;
  /** Sent as application/octet-stream instead of a JSON body. */
  bytes?: Buffer;
  reply: ZodType<T>;
  credentials?: Credentials;
}

export class PlatformClient {
  private readonly send: PlatformFetch;

  /** A bare URL is a link with no pinned certificate: loopback http:// only. Checked here, before anything connects. */
  constructor(
    link: PlatformLink | string,
    private readonly credentials: Credentials | undefined,
    private readonly timeoutMs = 10_000,
  ) {
    this.send = platformFetch(typeof link === 'string' ? { url: link } : link);
  }

  postCases(cases: CaseUpload[]): Promise<CaseBatchReply> {
    return this.call({ method: 'POST', path: '/v1/cases', body: { cases }, reply: caseBatchReplySchema, credentials: this.credentials });
  }

  /** A batch of one kind of event: reviews, help calls or device events. */
  postEvents(kind: keyof typeof eventPaths, items: readonly object[]): Promise<EventBatchReply> {
    return this.call({ method: 'POST', path: eventPaths[kind], body: { items }, reply: eventBatchReplySchema, credentials: this.credentials });
  }

  postHeartbeat(beat: Heartbeat): Promise<HeartbeatReply> {
    return this.call({ method: 'POST', path: '/v1/heartbeats', body: beat, reply: heartbeatReplySchema, credentials: this.credentials });
  }

  /** What became of one remote command; the platform answers 204 and keeps the first outcome it hears. */
  async postCommandAck(ack: CommandAck): Promise<void> {
    await this.call({ method: 'POST', path: '/v1/command-acks', body: ack, reply: z.undefined(), credentials: this.credentials });
  }

  /** undefined when the platform does not know the case (yet). */
  async getCase(caseNumber: string): Promise<CaseStatusReply | undefined> {
    try {
      return await this.call({ method: 'GET', path: `/v1/cases/${encodeURIComponent(caseNumber)}`, reply: caseStatusReplySchema, credentials: this.credentials });
    } catch (error) {
      if (error instanceof PlatformRefusedError && error.status === 404) return undefined;
      throw error;
    }
  }

  /**
   * 电子证照 of the person whose card this terminal read at `readAt`: the read is reported first
   * (ID number in the signed body), then the certificates are asked for by the read's id.
   */
  async certificates(idNumber: string, readAt: Date): Promise<Certificate[]> {
    const readId = await this.reportCardRead(idNumber, readAt);
    const path = `/v1/certificates?read=${encodeURIComponent(readId)}`;
    const reply = await this.call({ method: 'GET', path, reply: certificatesReplySchema, credentials: this.credentials });
    return reply.certificates;
  }

  /**
   * A 证明 printed on the spot for the person whose card this terminal read at `readAt`, reported
   * first as for e-certificates; undefined when the department holds no record of them.
   */
  async document(kind: DocumentKind, holder: { idNumber: string; name: string }, readAt: Date): Promise<DocumentReply | undefined> {
    const read = await this.reportCardRead(holder.idNumber, readAt);
    const body = { read, kind, idNumber: holder.idNumber, name: holder.name };
    try {
      return await this.call({ method: 'POST', path: '/v1/documents', body, reply: documentReplySchema, credentials: this.credentials });
    } catch (error) {
      if (error instanceof PlatformRefusedError && error.status === 404 && error.reason.startsWith('no_record')) return undefined;
      throw error;
    }
  }

  /** Tells the platform of a card read (the ID number in the signed body); its id opens the holder's records for two minutes. */
  private async reportCardRead(idNumber: string, readAt: Date): Promise<string> {
    const body = { id: uuidv7(), idNumber, readAt: readAt.toISOString() };
    const read = await this.call({ method: 'POST', path: '/v1/card-reads', body, reply: cardReadReplySchema, credentials: this.credentials });
    return read.readId;
  }

  /** One chunk of a material; the query describes the material, so any chunk may arrive first. */
  putChunk(chunk: { materialId: string; n: number; of: number; caseNumber: string; sha256: string; materialSha256: string; bytes: Buffer }): Promise<MaterialChunkReply> {
    const query = new URLSearchParams({ case: chunk.caseNumber, of: String(chunk.of), sha256: chunk.sha256, material: chunk.materialSha256 });
    const path = `/v1/materials/${encodeURIComponent(chunk.materialId)}/chunks/${chunk.n}?${query.toString()}`;
    return this.call({ method: 'PUT', path, bytes: chunk.bytes, reply: materialChunkReplySchema, credentials: this.credentials });
  }

  /** The groups of this terminal's hall, for 取号 and 预约. */
  hallServices(): Promise<HallServicesReply> {
    return this.call({ method: 'GET', path: '/v1/hall/services', reply: hallServicesReplySchema, credentials: this.credentials });
  }

  slots(itemCode: string): Promise<SlotsReply> {
    return this.call({ method: 'GET', path: `/v1/appointments/slots?item=${encodeURIComponent(itemCode)}`, reply: slotsReplySchema, credentials: this.credentials });
  }

  book(request: BookRequest): Promise<Booking> {
    return this.call({ method: 'POST', path: '/v1/appointments', body: request, reply: bookingSchema, credentials: this.credentials });
  }

  /** The ID number goes in the signed body, never in the URL. */
  async bookings(idNumber: string): Promise<Booking[]> {
    const reply = await this.call({ method: 'POST', path: '/v1/appointments/mine', body: { idNumber }, reply: bookingsReplySchema, credentials: this.credentials });
    return reply.bookings;
  }

  cancelBooking(id: string, idNumber: string): Promise<Booking> {
    return this.call({ method: 'POST', path: `/v1/appointments/${encodeURIComponent(id)}/cancel`, body: { idNumber }, reply: bookingSchema, credentials: this.credentials });
  }

  checkIn(request: CheckInRequest): Promise<Ticket> {
    return this.call({ method: 'POST', path: '/v1/queue/check-in', body: request, reply: ticketSchema, credentials: this.credentials });
  }

  takeTicket(request: WalkInRequest): Promise<Ticket> {
    return this.call({ method: 'POST', path: '/v1/queue/tickets', body: request, reply: ticketSchema, credentials: this.credentials });
  }

  /** A 非税 payment notice by its number (looked up by the platform in the non-tax system). */
  paymentNotice(noticeNumber: string): Promise<PaymentNotice> {
    return this.call({ method: 'GET', path: `/v1/payment-notices/${encodeURIComponent(noticeNumber)}`, reply: paymentNoticeSchema, credentials: this.credentials });
  }

  /** The order of this idempotency key: made once, the same one answered to every retry. */
  paymentOrder(idempotencyKey: string, due: OrderDue): Promise<OrderView> {
    return this.call({ method: 'POST', path: '/v1/payment-orders', body: { idempotencyKey, ...due }, reply: orderViewSchema, credentials: this.credentials });
  }

  /** Where an order stands; `cancel` closes it first unless it was paid. */
  paymentOrderState(orderId: string, cancel = false): Promise<OrderView> {
    const path = `/v1/payment-orders/${encodeURIComponent(orderId)}${cancel ? '/cancel' : ''}`;
    return this.call({ method: cancel ? 'POST' : 'GET', path, ...(cancel && { body: {} }), reply: orderViewSchema, credentials: this.credentials });
  }

  /** 短信通知: a code to the citizen's phone for a case of this terminal; the number goes in the signed body only. */
  smsCode(request: SmsSubscribeRequest): Promise<SmsCodeSent> {
    return this.call({ method: 'POST', path: '/v1/sms/verifications', body: request, reply: smsCodeSentSchema, credentials: this.credentials });
  }

  smsConfirm(verificationId: string, code: string): Promise<SmsConfirmed> {
    return this.call({ method: 'POST', path: `/v1/sms/verifications/${encodeURIComponent(verificationId)}/confirm`, body: { code }, reply: smsConfirmedSchema, credentials: this.credentials });
  }

  /** 远程帮办: the citizen asks for a clerk; the reply names the TURN servers for this call. */
  remoteAsk(ask: RemoteCallAsk): Promise<RemoteCallJoinReply> {
    return this.call({ method: 'POST', path: '/v1/remote-calls', body: ask, reply: remoteCallJoinReplySchema, credentials: this.credentials });
  }

  /** A long poll of the call: the platform answers at the next change, or empty after some seconds. */
  remoteNews(callId: string, after: number, seen: RemoteCallState): Promise<RemoteSignalsReply> {
    const path = `/v1/remote-calls/${encodeURIComponent(callId)}/signals?after=${after}&seen=${seen}`;
    return this.call({ method: 'GET', path, reply: remoteSignalsReplySchema, credentials: this.credentials });
  }

  /** `what`: signals (SDP, ICE) or end (hang up). */
  async remotePost(callId: string, what: 'signals' | 'end', body: object): Promise<void> {
    await this.call({ method: 'POST', path: `/v1/remote-calls/${encodeURIComponent(callId)}/${what}`, body, reply: z.object({}).loose(), credentials: this.credentials });
  }

  /** True when the platform answers; never throws, for the idle line check. */
  async reachable(): Promise<boolean> {
    try {
      await this.call({ method: 'GET', path: '/v1/health', reply: healthReplySchema });
      return true;
    } catch {
      return false;
    }
  }

  enroll(token: string, publicKey: string): Promise<EnrollReply> {
    return this.call({ method: 'POST', path: '/v1/enroll', body: { token, publicKey }, reply: enrollReplySchema });
  }

  private async call<T>(options: CallOptions<T>): Promise<T> {
    const body: string | Buffer = options.bytes ?? (options.body === undefined ? '' : JSON.stringify(options.body));
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body.length > 0) headers['content-type'] = options.bytes ? 'application/octet-stream' : 'application/json';
    if (options.credentials) Object.assign(headers, signedHeaders(options.credentials, options.method, options.path, body));
    const response = await this.fetchOrThrow(options, headers, body);
    const json: unknown = await response.json().catch(() => undefined);
    if (response.status >= 500) throw new PlatformUnavailableError(`HTTP ${response.status}`, response.status);
    if (!response.ok) throw refusal(response.status, json);
    const parsed = options.reply.safeParse(json);
    if (!parsed.success) throw new PlatformUnavailableError(`unexpected reply to ${options.path}`);
    return parsed.data;
  }

  private async fetchOrThrow(options: CallOptions<unknown>, headers: Record<string, string>, body: string | Buffer): Promise<Response> {
    try {
      return await this.send(options.path, {
        method: options.method,
        headers,
        body: options.method === 'GET' ? undefined : body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new PlatformUnavailableError(error instanceof Error ? error.message : String(error));
    }
  }
}

/** `explained` only when the reply is in the platform's error shape: a proxy's 4xx page is not a verdict. */
function refusal(status: number, json: unknown): PlatformRefusedError {
  const parsed = platformErrorSchema.safeParse(json);
  return parsed.success
    ? new PlatformRefusedError(status, `${parsed.data.error}: ${parsed.data.message}`, true)
    : new PlatformRefusedError(status, 'no reason given', false);
}
