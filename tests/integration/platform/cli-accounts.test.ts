import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountSchema, auditReplySchema } from '../../../platform/protocol/index.js';
import { startPostgresServer, type PostgresServer } from '../../support/postgres-server.js';
import { startTongban, stopped, tongban, type Running } from '../tongban-process.js';

const adminToken = 'integration-admin-token-0123456789';
const password = 'a long enough passphrase';
let server: PostgresServer;
let dir: string;
const running: Running[] = [];
beforeAll(async () => {
  server = await startPostgresServer();
  dir = await mkdtemp(join(tmpdir(), 'tongban-accounts-'));
});
afterAll(async () => {
  await Promise.all(running.splice(0).map(stopped));
  server.stop();
  await rm(dir, { recursive: true, force: true });
});

const login = (url: string, secret: string) =>
  fetch(`${url}/v1/console/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'wang.admin', password: secret }) });

/** Where the account lives: the data folder (PGlite) or a PostgreSQL server. */
const targets = [
  ['PGlite in --data', async () => ['--data', join(dir, 'data')]],
  ['PostgreSQL at --db', async () => ['--db', await server.createDatabase('accounts')]],
] as const;

describe.each(targets)('tongban platform admin add, %s', (_, where) => {
  it('refuses a short password in one line, adds the account once, and the lockout outlives a restart', async () => {
    const at = await where();
    const add = ['platform', 'admin', 'add', 'wang.admin', '--role', 'admin', '--region', '420102', ...at, '--password-stdin'];
    const short = await tongban(add, 'short\n');
    expect(short.status).toBe(2);
    expect(short.stderr.trim().split('\n')).toEqual([expect.stringMatching(/at least 12 characters/)]);
    const added = await tongban(add, `${password}\nignored second line\n`);
    expect(added.status).toBe(0);
    expect(accountSchema.parse(JSON.parse(added.stdout))).toEqual({ name: 'wang.admin', role: 'admin', regionCode: '420102' });
    const again = await tongban(add, `${password}\n`);
    expect([again.status, again.stderr]).toEqual([1, expect.stringMatching(/exists already/)]);

    const env = { TONGBAN_ADMIN_TOKEN: adminToken };
    const first = await startTongban(['platform', ...at], running, env);
    expect((await login(first.line, password)).status).toBe(200);
    for (let i = 0; i < 4; i += 1) expect((await login(first.line, 'not the password')).status).toBe(401);
    expect((await login(first.line, 'not the password')).status).toBe(423);
    expect(await stopped(first.child)).toBe(0);

    const second = await startTongban(['platform', ...at], running, env);
    expect((await login(second.line, password)).status).toBe(423);
    const log = await fetch(`${second.line}/v1/console/audit?action=account.added`, { headers: { authorization: `Bearer ${adminToken}` } });
    const [entry] = auditReplySchema.parse(await log.json()).entries;
    expect(entry).toMatchObject({ role: 'local', action: 'account.added', target: 'wang.admin', sourceIp: null, detail: { role: 'admin' } });
    expect(await stopped(second.child)).toBe(0);
  });
});

describe('tongban platform admin add refuses', () => {
  it.each([
    [['--role', 'root', '--region', '420102'], /--role must be one of admin, operator, auditor/],
    [['--role', 'admin'], /--region is required/],
    [['--role', 'admin', '--region', '420102', '--data', '/tmp/x', '--db', 'postgres://x/y'], /give one/],
  ])('%j', async (options, message) => {
    const result = await tongban(['platform', 'admin', 'add', 'wang', ...options, '--password-stdin'], `${password}\n`);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('to ask for a password with no terminal to ask on', async () => {
    const result = await tongban(['platform', 'admin', 'add', 'wang', '--role', 'admin', '--region', '420102', '--data', join(dir, 'none')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--password-stdin/);
  });
});
