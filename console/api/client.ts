import type { z } from 'zod';
import { csrfHeader } from '../../platform/protocol/console.js';
import { platformErrorSchema } from '../../platform/protocol/errors.js';

/** A refusal from the platform: its HTTP status and its own error code and (bilingual) message. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** No reply at all: the network or the platform is down. */
export class UnreachableError extends Error {
  override name = 'UnreachableError';
}

async function refusal(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = platformErrorSchema.safeParse(body);
  return parsed.success ? new ApiError(response.status, parsed.data.error, parsed.data.message) : new ApiError(response.status, 'http', response.statusText);
}

async function send(path: string, init: RequestInit, onSessionEnded: () => void): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', ...init });
  } catch (error) {
    throw new UnreachableError(String(error));
  }
  if (response.status === 401) onSessionEnded();
  if (!response.ok) throw await refusal(response);
  return response;
}

/** The platform's API as the console calls it: same origin, the session cookie, zod on every reply. */
export interface Api {
  get<T>(path: string, schema: z.ZodType<T>): Promise<T>;
  /** A state change: JSON body, the CSRF header; `schema` undefined for a 204. */
  post<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<T>;
  post(path: string, body: unknown): Promise<void>;
  /** A replacement of what `path` holds (remote config): JSON body, the CSRF header. */
  put<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<T>;
}

/**
 * `onSessionEnded`: a 401 on a signed-in page means the session expired (8 hours, or 30 minutes
 * unused) or was ended elsewhere; the console goes back to its login page.
 */
export function createApi(csrfToken: string, onSessionEnded: () => void = () => undefined): Api {
  async function change<T>(method: 'POST' | 'PUT', path: string, body: unknown, schema?: z.ZodType<T>): Promise<T | void> {
    // Before login there is no session and so no token to send.
    const csrf: Record<string, string> = csrfToken === '' ? {} : { [csrfHeader]: csrfToken };
    const response = await send(path, { method, headers: { 'content-type': 'application/json', ...csrf }, body: JSON.stringify(body) }, onSessionEnded);
    return schema ? schema.parse(await response.json()) : undefined;
  }
  return {
    get: async (path, schema) => schema.parse(await (await send(path, { method: 'GET' }, onSessionEnded)).json()),
    post: ((path: string, body: unknown, schema?: z.ZodType<unknown>) => change('POST', path, body, schema)) as Api['post'],
    put: async (path, body, schema) => (await change('PUT', path, body, schema)) as z.output<typeof schema>,
  };
}
