import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollmentTokenReplySchema } from '../../../platform/protocol/index.js';
import { startPostgresServer, type PostgresServer } from '../../support/postgres-server.js';
import { startTongban, stopped, tongban, type Running } from '../tongban-process.js';

const adminToken = 'integration-admin-token-0123456789';
let server: PostgresServer;
const running: Running[] = [];
beforeAll(async () => {
  server = await startPostgresServer();
});
afterAll(async () => {
  await Promise.all(running.splice(0).map(stopped));
  server.stop();
});

describe('tongban platform --db', () => {
  it('serves from a PostgreSQL server, and two instances share it', async () => {
    const url = await server.createDatabase('cli');
    const env = { TONGBAN_ADMIN_TOKEN: adminToken };
    const [one, two] = await Promise.all([startTongban(['platform', '--db', url], running, env), startTongban(['platform', '--db', url], running, env)]);
    const made = await fetch(`${one.line}/v1/admin/enrollment-tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ hallName: '江汉区政务服务中心', terminalName: '2 号终端', regionCode: '420103' }),
    });
    expect(made.status).toBe(201);
    expect(enrollmentTokenReplySchema.parse(await made.json()).token.length).toBeGreaterThan(16);
    const listed = await fetch(`${two.line}/v1/admin/terminals`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(listed.status).toBe(200);
    expect(await stopped(one.child)).toBe(0);
  });

  it('refuses a --db that is not a PostgreSQL URL, in one line', async () => {
    const result = await tongban(['platform', '--db', 'mysql://x']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
