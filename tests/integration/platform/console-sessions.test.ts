import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformErrorSchema, sessionReplySchema } from '../../../platform/protocol/index.js';
import { as, auditActions, expectError, login, makeAccount, signIn } from './console-client.js';
import { databaseKinds, enrollTerminal, startTestPlatform, type TestPlatform } from './harness.js';

describe.each(databaseKinds)('console sign-in on %s', (kind) => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform(kind);
    await makeAccount(platform, 'wang.admin', 'admin', '420102');
  });
  afterAll(() => platform.close());

  it('signs in with a cookie scripts cannot read and other sites cannot send, and says who is signed in', async () => {
    const me = await signIn(platform, 'wang.admin');
    expect(me.account).toEqual({ name: 'wang.admin', role: 'admin', regionCode: '420102' });
    expect(me.setCookie).toMatch(/^tongban_session=[A-Za-z0-9_-]{43}; /);
    const flags = me.setCookie.split('; ').slice(1);
    expect(flags).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/']));
    // Plain HTTP on loopback: a Secure cookie would never come back.
    expect(flags).not.toContain('Secure');
    const again = sessionReplySchema.parse(await (await as(platform, me, '/v1/console/me')).json());
    expect(again).toEqual({ account: me.account, csrfToken: me.csrfToken });
    expect((await auditActions(platform)).at(-1)).toEqual({ actor: 'wang.admin', action: 'login.ok', target: null });
  });

  it('answers a wrong password and an unknown name alike, and records both', async () => {
    const wrong = await login(platform, 'wang.admin', 'not the password at all');
    const unknown = await login(platform, 'nobody.here', 'not the password at all');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect((await auditActions(platform)).slice(-2)).toEqual([
      { actor: 'wang.admin', action: 'login.failed', target: null },
      { actor: 'nobody.here', action: 'login.failed', target: null },
    ]);
  });

  it('locks a name after five wrong passwords, even against the right one, and says until when', async () => {
    await makeAccount(platform, 'li.operator', 'operator', '420102');
    for (let i = 0; i < 4; i += 1) expect((await login(platform, 'li.operator', `wrong password ${i}`)).status).toBe(401);
    const fifth = await login(platform, 'li.operator', 'wrong password 5');
    expect(fifth.status).toBe(423);
    expect(Number(fifth.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    expect(platformErrorSchema.parse(await fifth.json()).message).toMatch(/locked until .*restart does not lift it/);
    await expectError(await login(platform, 'li.operator'), 423, 'locked');
    expect((await auditActions(platform)).at(-1)).toEqual({ actor: 'li.operator', action: 'login.locked', target: null });
    // Fifteen minutes later (the database's clock decides, so the lock is moved into the past).
    await platform.db.query("UPDATE login_failures SET locked_until = now() - interval '1 second', first_failed_at = now() - interval '16 minutes'");
    expect((await login(platform, 'li.operator')).status).toBe(200);
  });

  it('ends the session at logout, and its cookie then opens nothing', async () => {
    const me = await signIn(platform, 'wang.admin');
    const out = await as(platform, me, '/v1/console/logout', { method: 'POST' });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^tongban_session=; .*Max-Age=0/);
    await expectError(await as(platform, me, '/v1/console/me'), 401, 'not_signed_in');
    expect((await auditActions(platform)).at(-1)).toEqual({ actor: 'wang.admin', action: 'logout', target: null });
  });

  it('ends a session idle for half an hour, or eight hours old, whatever the cookie says', async () => {
    const idle = await signIn(platform, 'wang.admin');
    const old = await signIn(platform, 'wang.admin');
    await platform.db.query("UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE csrf_token = $1", [idle.csrfToken]);
    await platform.db.query("UPDATE sessions SET created_at = now() - interval '8 hours 1 minute' WHERE csrf_token = $1", [old.csrfToken]);
    await expectError(await as(platform, idle, '/v1/console/me'), 401, 'not_signed_in');
    await expectError(await as(platform, old, '/v1/console/me'), 401, 'not_signed_in');
  });

  it('refuses a state change without this session\'s CSRF token: missing, wrong, or another session\'s', async () => {
    const terminal = await enrollTerminal(platform);
    const mine = await signIn(platform, 'wang.admin');
    const other = await signIn(platform, 'wang.admin');
    const revoke = `/v1/admin/terminals/${terminal.terminalId}/revoke`;
    const token = { hallName: '江岸区政务服务中心', terminalName: '2 号机', regionCode: '420102' };
    for (const csrf of [null, 'x'.repeat(43), other.csrfToken]) {
      await expectError(await as(platform, mine, revoke, { method: 'POST', csrf }), 403, 'csrf');
      await expectError(await as(platform, mine, '/v1/admin/enrollment-tokens', { body: token, csrf }), 403, 'csrf');
      await expectError(await as(platform, mine, '/v1/console/logout', { method: 'POST', csrf }), 403, 'csrf');
    }
    const { rows } = await platform.db.query<{ revokedAt: Date | null }>('SELECT revoked_at AS "revokedAt" FROM terminals WHERE id = $1', [terminal.terminalId]);
    expect(rows[0]?.revokedAt).toBeNull();
    // Reads need no token; the same change with it goes through.
    expect((await as(platform, mine, '/v1/admin/terminals', { csrf: null })).status).toBe(200);
    expect((await as(platform, mine, revoke, { method: 'POST' })).status).toBe(204);
  });
});
