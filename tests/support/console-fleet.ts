// A platform with the built fleet console, console accounts and enrolled terminals that beat, as
// the console's e2e tests drive it. Everything goes through the platform's real API but the
// accounts, made as `tongban platform admin add` makes them.
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { addAccount } from '../../platform/accounts/store.js';
import { createEnrollmentToken } from '../../platform/enrollment/tokens.js';
import type { EnrollReply, Heartbeat, Role } from '../../platform/protocol/index.js';
import { newKeyPair, postJson, signedFetch, startTestPlatform, type TestPlatform, type TestTerminal } from '../integration/platform/harness.js';

export const consolePassword = 'correct horse battery staple';

export function startConsolePlatform(): Promise<TestPlatform> {
  return startTestPlatform('pglite', { consoleDir: join(process.cwd(), 'dist', 'console') });
}

export async function addConsoleAccount(platform: TestPlatform, name: string, role: Role, regionCode: string): Promise<void> {
  await addAccount(platform.db, { name, role, regionCode, password: consolePassword }, { name: 'e2e', sourceIp: null });
}

/** A terminal enrolled with a one-time token, as a technician does at the hall. */
export async function enrollAt(platform: TestPlatform, hallName: string, terminalName: string, regionCode: string): Promise<TestTerminal> {
  const { token } = await createEnrollmentToken(platform.db, { hallName, terminalName, regionCode });
  const { publicKey, privateKey } = newKeyPair();
  const res = await postJson(`${platform.url}/v1/enroll`, { token, publicKey });
  if (res.status !== 200) throw new Error(`enroll failed: ${res.status} ${await res.text()}`);
  return { ...((await res.json()) as EnrollReply), privateKey };
}

export async function signedPost(platform: TestPlatform, terminal: TestTerminal, path: string, body: unknown): Promise<void> {
  const res = await signedFetch(platform, terminal, path, { body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path} failed: ${res.status} ${await res.text()}`);
}

export function heartbeat(platform: TestPlatform, terminal: TestTerminal, beat: Partial<Heartbeat> = {}): Promise<void> {
  return signedPost(platform, terminal, '/v1/heartbeats', {
    sentAt: new Date().toISOString(),
    versions: { app: '0.1.0', catalog: '2026.11.1' },
    health: { idcard: { ok: true }, printer: { ok: true } },
    outbox: { depth: 0, oldestWaitingAt: null, lastSuccessAt: null, deadLetters: 0 },
    ...beat,
  });
}

export function callForHelp(platform: TestPlatform, terminal: TestTerminal): Promise<void> {
  return signedPost(platform, terminal, '/v1/help-calls', { items: [{ id: uuidv7(), at: new Date().toISOString(), reason: 'citizen_request' }] });
}

/** A province-sized fleet in one region, written straight to the table: no key of theirs is ever used. */
export async function addSilentTerminals(platform: TestPlatform, count: number, regionCode: string): Promise<void> {
  await platform.db.query(
    `INSERT INTO terminals (id, code, name, hall_name, region_code, public_key)
     SELECT gen_random_uuid(), 'F' || lpad(n::text, 5, '0'), n || ' 号机', '村级便民服务点', $2, 'unused'
       FROM generate_series(1, $1::int) AS n`,
    [count, regionCode],
  );
}
