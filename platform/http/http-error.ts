import type { FastifyInstance } from 'fastify';
import type { PlatformError } from '../protocol/index.js';

/**
 * An answer the platform gives on purpose. `error` is a stable code for programs; `message`
 * says what to do, in Chinese and English, for the technician reading it on the terminal.
 */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly statusCode: number,
    readonly error: string,
    message: string,
  ) {
    super(message);
  }

  toJSON(): PlatformError {
    return { error: this.error, message: this.message };
  }
}

/** What fastify itself may refuse before a route runs, said in the platform's error shape. */
const frameworkErrors: Record<number, string> = {
  400: 'bad_request',
  404: 'not_found',
  413: 'body_too_large',
  415: 'unsupported_media_type',
};

function statusOf(err: unknown): number {
  const status = (err as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/** Writes one line to stderr: method, route and status, never a body, header or query. */
export type RequestLog = (line: string) => void;

/** Every error leaves as `{ error, message }`; a 500 is logged without the request's data. */
export function installErrorReplies(app: FastifyInstance, log: RequestLog): void {
  app.setErrorHandler((err, request, reply) => {
    if (err instanceof HttpError) return reply.code(err.statusCode).send(err.toJSON());
    const status = statusOf(err);
    if (status < 500) {
      const message = err instanceof Error ? err.message : 'bad request';
      return reply.code(status).send({ error: frameworkErrors[status] ?? 'bad_request', message });
    }
    const kind = err instanceof Error ? err.name : typeof err;
    log(`${request.method} ${request.routeOptions.url ?? '?'} 500 ${kind}`);
    return reply.code(500).send({ error: 'internal', message: '平台内部错误，请稍后重试 / internal error, retry later' });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ error: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` });
  });
}
