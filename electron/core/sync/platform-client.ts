import type { KeyObject } from 'node:crypto';
import type { ZodType } from 'zod';
import {
  caseBatchReplySchema,
  caseStatusReplySchema,
  type CaseBatchReply,
  type CaseStatusReply,
  type CaseUpload,
} from '../../../platform/protocol/cases.js';
import { enrollReplySchema, type EnrollReply } from '../../../platform/protocol/enroll.js';
import { platformErrorSchema } from '../../../platform/protocol/errors.js';
import { healthReplySchema } from '../../../platform/protocol/health.js';
import { heartbeatReplySchema, type Heartbeat, type HeartbeatReply } from '../../../platform/protocol/heartbeat.js';
import { signRequest, signatureHeaders } from '../../../platform/protocol/signature.js';

/** The platform could not be reached or failed: try again later, nothing is lost. */
export class PlatformUnavailableError extends Error {
  constructor(detail: string) {
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

export interface Credentials {
  terminalId: string;
  privateKey: KeyObject;
}

interface CallOptions<T> {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  reply: ZodType<T>;
  credentials?: Credentials;
}

export class PlatformClient {
  constructor(
    private readonly baseUrl: string,
    private readonly credentials: Credentials | undefined,
    private readonly timeoutMs = 10_000,
  ) {}

  postCases(cases: CaseUpload[]): Promise<CaseBatchReply> {
    return this.call({ method: 'POST', path: '/v1/cases', body: { cases }, reply: caseBatchReplySchema, credentials: this.credentials });
  }

  postHeartbeat(beat: Heartbeat): Promise<HeartbeatReply> {
    return this.call({ method: 'POST', path: '/v1/heartbeats', body: beat, reply: heartbeatReplySchema, credentials: this.credentials });
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
    const body = options.body === undefined ? '' : JSON.stringify(options.body);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== '') headers['content-type'] = 'application/json';
    if (options.credentials) Object.assign(headers, signedHeaders(options.credentials, options.method, options.path, body));
    const response = await this.fetchOrThrow(options, headers, body);
    const json: unknown = await response.json().catch(() => undefined);
    if (response.status >= 500) throw new PlatformUnavailableError(`HTTP ${response.status}`);
    if (!response.ok) throw refusal(response.status, json);
    const parsed = options.reply.safeParse(json);
    if (!parsed.success) throw new PlatformUnavailableError(`unexpected reply to ${options.path}`);
    return parsed.data;
  }

  private async fetchOrThrow(options: CallOptions<unknown>, headers: Record<string, string>, body: string): Promise<Response> {
    try {
      return await fetch(new URL(options.path, this.baseUrl), {
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

function signedHeaders(credentials: Credentials, method: string, path: string, body: string): Record<string, string> {
  const time = new Date().toISOString();
  return {
    [signatureHeaders.terminal]: credentials.terminalId,
    [signatureHeaders.time]: time,
    [signatureHeaders.signature]: signRequest(credentials.privateKey, method, path, time, body),
  };
}

/** `explained` only when the reply is in the platform's error shape: a proxy's 4xx page is not a verdict. */
function refusal(status: number, json: unknown): PlatformRefusedError {
  const parsed = platformErrorSchema.safeParse(json);
  return parsed.success
    ? new PlatformRefusedError(status, `${parsed.data.error}: ${parsed.data.message}`, true)
    : new PlatformRefusedError(status, 'no reason given', false);
}
