// A platform on in-memory PGlite or a real PostgreSQL behind real HTTP, and terminals that sign
// like the kiosk does.
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Database } from '../../../platform/db/database.js';
import { openPglite } from '../../../platform/db/pglite.js';
import { openPostgres } from '../../../platform/db/postgres.js';
import { createEnrollmentToken } from '../../../platform/enrollment/tokens.js';
import {
  platformErrorSchema,
  signatureHeaders,
  signRequest,
  type CaseUpload,
  type EnrollReply,
  type EnrollmentTokenRequest,
} from '../../../platform/protocol/index.js';
import { startPlatform, type PlatformOptions } from '../../../platform/server.js';
import { startPostgresServer, type PostgresServer } from '../../support/postgres-server.js';

export const adminToken = 'test-admin-token-0123456789';

export const hall: EnrollmentTokenRequest = {
  hallName: '江岸区政务服务中心',
  terminalName: '一楼大厅 1 号机',
  regionCode: '420102',
};

export interface TestPlatform {
  db: Database;
  url: string;
  close(): Promise<void>;
}

/** Every platform test runs on both: the embedded default and what production runs. */
export const databaseKinds = ['pglite', 'postgres'] as const;
export type DatabaseKind = (typeof databaseKinds)[number];

/** One server per test file, started by its first PostgreSQL platform, stopped with its last. */
let server: { running: Promise<PostgresServer>; users: number } | undefined;

async function borrowPostgres(): Promise<{ url: string; giveBack(): void }> {
  server ??= { running: startPostgresServer(), users: 0 };
  const shared = server;
  shared.users += 1;
  const running = await shared.running;
  const giveBack = () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    running.stop();
    if (server === shared) server = undefined;
  };
  return { url: await running.createDatabase(`t_${randomUUID().replaceAll('-', '')}`), giveBack };
}

/** A database of the given kind, fresh and migrated; `release` closes it (and its server when last). */
export async function openTestDatabase(kind: DatabaseKind): Promise<{ db: Database; release(): Promise<void> }> {
  if (kind === 'pglite') {
    const db = await openPglite();
    return { db, release: () => db.close() };
  }
  const borrowed = await borrowPostgres();
  const db = await openPostgres(borrowed.url);
  return {
    db,
    async release() {
      await db.close();
      borrowed.giveBack();
    },
  };
}

export async function startTestPlatform(kind: DatabaseKind = 'pglite', options: Partial<PlatformOptions> = {}): Promise<TestPlatform> {
  const { db, release } = await openTestDatabase(kind);
  const platform = await startPlatform({ db, port: 0, adminToken, ...options });
  return {
    db,
    url: platform.url,
    async close() {
      await platform.close();
      await release();
    },
  };
}

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function newKeyPair(): { publicKey: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'), privateKey };
}

export interface TestTerminal extends EnrollReply {
  privateKey: KeyObject;
}

export async function enrollTerminal(platform: TestPlatform, where: EnrollmentTokenRequest = hall): Promise<TestTerminal> {
  const { token } = await createEnrollmentToken(platform.db, where);
  const { publicKey, privateKey } = newKeyPair();
  const res = await postJson(`${platform.url}/v1/enroll`, { token, publicKey });
  if (res.status !== 200) throw new Error(`enroll failed: ${res.status} ${await res.text()}`);
  return { ...((await res.json()) as EnrollReply), privateKey };
}

export interface TwoTerminals {
  platform: TestPlatform;
  /** The terminal a test acts as. */
  terminal: TestTerminal;
  /** Another terminal of the same hall: whose cases the first must not touch. */
  other: TestTerminal;
}

/**
 * A platform with two enrolled terminals for the tests of the calling describe block: started
 * before its first test, closed after its last. Its fields are set once the block runs.
 */
export function twoTerminals(kind: DatabaseKind): TwoTerminals {
  let started: TwoTerminals | undefined;
  beforeAll(async () => {
    const platform = await startTestPlatform(kind);
    started = { platform, terminal: await enrollTerminal(platform), other: await enrollTerminal(platform) };
  });
  afterAll(() => started?.platform.close());
  const now = (): TwoTerminals => {
    if (!started) throw new Error('twoTerminals: used before the platform started (outside a test)');
    return started;
  };
  return {
    get platform() {
      return now().platform;
    },
    get terminal() {
      return now().terminal;
    },
    get other() {
      return now().other;
    },
  };
}

/** The platform refused with this status and error code; `naming` is the field its message must name. */
export async function expectPlatformError(res: Response, status: number, error: string, naming?: string): Promise<void> {
  expect(res.status).toBe(status);
  const body = platformErrorSchema.parse(await res.json());
  expect(body.error).toBe(error);
  if (naming) expect(body.message).toContain(`at ${naming}`);
}

export interface SignedOptions {
  method?: 'GET' | 'POST' | 'PUT';
  /** JSON text, or bytes sent as application/octet-stream (a material chunk). */
  body?: string | Buffer;
  /** Sign as this terminal id instead of the key owner's (to test impersonation). */
  claimId?: string;
  time?: string;
  /** The path that is signed, when it should differ from the one requested. */
  signedPath?: string;
  /** The body that is signed, when it should differ from the one sent. */
  signedBody?: string;
}

export function signedFetch(platform: Pick<TestPlatform, 'url'>, terminal: TestTerminal, path: string, options: SignedOptions = {}) {
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
  const body = options.body ?? '';
  const time = options.time ?? new Date().toISOString();
  const signature = signRequest(
    terminal.privateKey,
    method,
    options.signedPath ?? path,
    time,
    options.signedBody ?? body,
  );
  const headers: Record<string, string> = {
    [signatureHeaders.terminal]: options.claimId ?? terminal.terminalId,
    [signatureHeaders.time]: time,
    [signatureHeaders.signature]: signature,
  };
  if (options.body !== undefined) headers['content-type'] = typeof options.body === 'string' ? 'application/json' : 'application/octet-stream';
  return fetch(`${platform.url}${path}`, { method, headers, ...(options.body !== undefined ? { body } : {}) });
}

let sequence = 0;

/** A case as the kiosk would upload it, numbered under the terminal's code. */
export function makeCase(terminal: TestTerminal, overrides: Partial<CaseUpload> = {}): CaseUpload {
  sequence += 1;
  return {
    id: uuidv7(),
    caseNumber: `${terminal.terminalCode}20250301${String(sequence).padStart(5, '0')}X`,
    itemCode: '11420102MB1234567X4420112001000',
    itemName: '城乡居民基本养老保险参保登记',
    acceptedAt: '2025-03-01T09:30:00.000+08:00',
    applicant: { name: '张三', idNumber: '420102199001010010' },
    answers: { phone: '13800000000', address: '武汉市江岸区' },
    ...overrides,
  };
}

export async function countCases(db: Database, ids: readonly string[]): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM cases WHERE id = ANY($1::uuid[])', [
    [...ids],
  ]);
  return rows[0]?.n ?? 0;
}
