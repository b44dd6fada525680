// A console page's side of the conversation: accounts made as the CLI makes them, sign-in with the
// session cookie, and requests that carry it and (unless told otherwise) the CSRF token.
import { expect } from 'vitest';
import { addAccount } from '../../../platform/accounts/store.js';
import { platformErrorSchema, sessionReplySchema, type Role, type SessionReply } from '../../../platform/protocol/index.js';
import { adminToken, postJson, type TestPlatform } from './harness.js';

export const password = 'a long enough passphrase';

export async function makeAccount(platform: TestPlatform, name: string, role: Role, regionCode: string): Promise<void> {
  await addAccount(platform.db, { name, role, regionCode, password }, { name: 'tester', sourceIp: null });
}

export interface SignedIn extends SessionReply {
  /** The `cookie` header value the browser would send. */
  cookie: string;
  setCookie: string;
}

export function login(platform: TestPlatform, name: string, secret = password): Promise<Response> {
  return postJson(`${platform.url}/v1/console/login`, { name, password: secret });
}

export async function signIn(platform: TestPlatform, name: string): Promise<SignedIn> {
  const res = await login(platform, name);
  expect(res.status).toBe(200);
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { ...sessionReplySchema.parse(await res.json()), setCookie, cookie: setCookie.split(';')[0] ?? '' };
}

export interface AsOptions {
  method?: 'GET' | 'POST' | 'PUT';
  body?: unknown;
  /** The x-csrf-token to send; the session's own by default, null to send none. */
  csrf?: string | null;
}

/** A request from the console page of a signed-in account. */
export function as(platform: TestPlatform, who: SignedIn, path: string, options: AsOptions = {}): Promise<Response> {
  const csrf = options.csrf === undefined ? who.csrfToken : options.csrf;
  const headers: Record<string, string> = { cookie: who.cookie, ...(csrf !== null && { 'x-csrf-token': csrf }) };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
  return fetch(`${platform.url}${path}`, { method, headers, ...(options.body !== undefined && { body: JSON.stringify(options.body) }) });
}

/** A script's request with the bearer admin token. */
export function withToken(platform: TestPlatform, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${adminToken}`, ...(body !== undefined && { 'content-type': 'application/json' }) };
  return fetch(`${platform.url}${path}`, { method: body === undefined ? 'GET' : 'POST', headers, ...(body !== undefined && { body: JSON.stringify(body) }) });
}

export async function expectError(res: Response, status: number, error: string): Promise<void> {
  expect(res.status).toBe(status);
  expect(platformErrorSchema.parse(await res.json()).error).toBe(error);
}

export async function auditActions(platform: TestPlatform): Promise<Array<{ actor: string; action: string; target: string | null }>> {
  const { rows } = await platform.db.query<{ actor: string; action: string; target: string | null }>('SELECT actor, action, target FROM audit_log ORDER BY id');
  return rows;
}
