import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../../platform/audit/audit.js';
import { auditReplySchema, helpCallListReplySchema, terminalListReplySchema } from '../../../platform/protocol/index.js';
import { as, auditActions, expectError, login, makeAccount, signIn, withToken, type SignedIn } from './console-client.js';
import { databaseKinds, enrollTerminal, signedFetch, startTestPlatform, type TestPlatform, type TestTerminal } from './harness.js';

const jiangan = { hallName: '江岸区政务服务中心', terminalName: '1 号机', regionCode: '420102' };
const jianghan = { hallName: '江汉区政务服务中心', terminalName: '1 号机', regionCode: '420103' };

async function callForHelp(platform: TestPlatform, terminal: TestTerminal): Promise<string> {
  const id = uuidv7();
  const items = [{ id, at: new Date().toISOString(), reason: 'citizen_request' }];
  expect((await signedFetch(platform, terminal, '/v1/help-calls', { body: JSON.stringify({ items }) })).status).toBe(200);
  return id;
}

async function terminalCodes(platform: TestPlatform, who: SignedIn): Promise<string[]> {
  const res = await as(platform, who, '/v1/admin/terminals');
  expect(res.status).toBe(200);
  return terminalListReplySchema.parse(await res.json()).terminals.map((t) => t.regionCode).sort();
}

async function isRevoked(platform: TestPlatform, terminal: TestTerminal): Promise<boolean> {
  const { rows } = await platform.db.query<{ revoked: boolean }>('SELECT revoked_at IS NOT NULL AS revoked FROM terminals WHERE id = $1', [terminal.terminalId]);
  return rows[0]?.revoked ?? false;
}

describe.each(databaseKinds)('console roles and regions on %s', (kind) => {
  let platform: TestPlatform;
  let inJiangan: TestTerminal;
  let inJianghan: TestTerminal;
  const signed: Record<string, SignedIn> = {};
  beforeAll(async () => {
    platform = await startTestPlatform(kind);
    inJiangan = await enrollTerminal(platform, jiangan);
    inJianghan = await enrollTerminal(platform, jianghan);
    const accounts = [
      ['city.admin', 'admin', '420100'],
      ['jiangan.admin', 'admin', '420102'],
      ['jiangan.operator', 'operator', '420102'],
      ['jiangan.auditor', 'auditor', '420102'],
      ['city.auditor', 'auditor', '420100'],
    ] as const;
    for (const [name, role, region] of accounts) {
      await makeAccount(platform, name, role, region);
      signed[name] = await signIn(platform, name);
    }
  });
  afterAll(() => platform.close());
  const who = (name: string): SignedIn => signed[name] ?? expect.unreachable(`${name} is not signed in`);

  it('shows a district admin only their district\'s terminals and help calls; the city and the token see both', async () => {
    expect(await terminalCodes(platform, who('jiangan.admin'))).toEqual(['420102']);
    expect(await terminalCodes(platform, who('city.admin'))).toEqual(['420102', '420103']);
    expect(terminalListReplySchema.parse(await (await withToken(platform, '/v1/admin/terminals')).json()).terminals).toHaveLength(2);
    const call = await callForHelp(platform, inJianghan);
    const calls = async (name: string) => helpCallListReplySchema.parse(await (await as(platform, who(name), '/v1/admin/help-calls')).json()).calls.map((c) => c.id);
    expect(await calls('jiangan.admin')).not.toContain(call);
    expect(await calls('city.admin')).toContain(call);
    await expectError(await as(platform, who('jiangan.operator'), `/v1/admin/help-calls/${call}/answer`, { body: { by: 'A017' } }), 404, 'no_such_call');
  });

  it('lets a district admin neither revoke another district\'s terminal nor make it a token', async () => {
    await expectError(await as(platform, who('jiangan.admin'), `/v1/admin/terminals/${inJianghan.terminalId}/revoke`, { method: 'POST' }), 404, 'terminal_not_found');
    expect(await isRevoked(platform, inJianghan)).toBe(false);
    await expectError(await as(platform, who('jiangan.admin'), '/v1/admin/enrollment-tokens', { body: jianghan }), 403, 'forbidden');
    expect((await as(platform, who('jiangan.admin'), '/v1/admin/enrollment-tokens', { body: jiangan })).status).toBe(201);
  });

  it('refuses an operator tokens, revocation and the audit log, and lets them answer a help call', async () => {
    const operator = who('jiangan.operator');
    await expectError(await as(platform, operator, '/v1/admin/enrollment-tokens', { body: jiangan }), 403, 'forbidden');
    await expectError(await as(platform, operator, `/v1/admin/terminals/${inJiangan.terminalId}/revoke`, { method: 'POST' }), 403, 'forbidden');
    await expectError(await as(platform, operator, '/v1/console/audit'), 403, 'forbidden');
    expect(await isRevoked(platform, inJiangan)).toBe(false);
    const call = await callForHelp(platform, inJiangan);
    expect((await as(platform, operator, `/v1/admin/help-calls/${call}/answer`, { body: { by: 'A017' } })).status).toBe(200);
  });

  it('lets an auditor read the fleet and the audit log and change nothing', async () => {
    const auditor = who('jiangan.auditor');
    expect(await terminalCodes(platform, auditor)).toEqual(['420102']);
    expect((await as(platform, auditor, '/v1/console/audit')).status).toBe(200);
    const call = await callForHelp(platform, inJiangan);
    await expectError(await as(platform, auditor, `/v1/admin/help-calls/${call}/answer`, { body: { by: 'A017' } }), 403, 'forbidden');
    await expectError(await as(platform, auditor, '/v1/admin/enrollment-tokens', { body: jiangan }), 403, 'forbidden');
    await expectError(await as(platform, auditor, `/v1/admin/terminals/${inJiangan.terminalId}/revoke`, { method: 'POST' }), 403, 'forbidden');
    expect(await isRevoked(platform, inJiangan)).toBe(false);
  });

  it('records each action with who, from where and what, and each reader sees their region\'s entries', async () => {
    const admin = who('city.admin');
    const call = await callForHelp(platform, inJianghan);
    expect((await as(platform, admin, `/v1/admin/help-calls/${call}/answer`, { body: { by: 'B002' } })).status).toBe(200);
    expect((await as(platform, admin, '/v1/admin/enrollment-tokens', { body: jianghan })).status).toBe(201);
    expect((await withToken(platform, `/v1/admin/terminals/${inJianghan.terminalId}/revoke`, {})).status).toBe(204);
    const page = auditReplySchema.parse(await (await as(platform, admin, '/v1/console/audit?limit=3')).json());
    expect(page.entries.map(({ actor, role, action, target, regionCode }) => ({ actor, role, action, target, regionCode }))).toEqual([
      { actor: 'token', role: 'admin', action: 'terminal.revoked', target: inJianghan.terminalId, regionCode: '420103' },
      { actor: 'city.admin', role: 'admin', action: 'token.made', target: null, regionCode: '420103' },
      { actor: 'city.admin', role: 'admin', action: 'help_call.answered', target: call, regionCode: '420103' },
    ]);
    expect(page.entries[0]?.sourceIp).toBe('127.0.0.1');
    expect(page.entries[1]?.detail).toMatchObject({ hallName: jianghan.hallName });
    expect(JSON.stringify(page.entries)).not.toMatch(/"token":/);
    const next = auditReplySchema.parse(await (await as(platform, admin, `/v1/console/audit?limit=3&before=${page.nextBefore}`)).json());
    expect(next.entries[0]?.id).toBeLessThan(page.entries[2]?.id ?? 0);
    const district = auditReplySchema.parse(await (await as(platform, who('jiangan.auditor'), '/v1/console/audit?limit=1000')).json());
    expect(district.entries.map((e) => e.regionCode).every((r) => r === '420102')).toBe(true);
    expect(district.entries.map((e) => e.action)).toEqual(expect.arrayContaining(['account.added', 'login.ok', 'token.made', 'help_call.answered']));
  });

  it('filters by actor, action and time', async () => {
    const reader = who('city.auditor');
    const byActor = auditReplySchema.parse(await (await as(platform, reader, '/v1/console/audit?actor=jiangan.operator&action=login.ok')).json());
    expect(byActor.entries.map((e) => [e.actor, e.action])).toEqual([['jiangan.operator', 'login.ok']]);
    const future = encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString());
    expect(auditReplySchema.parse(await (await as(platform, reader, `/v1/console/audit?from=${future}`)).json()).entries).toEqual([]);
    await expectError(await as(platform, reader, '/v1/console/audit?action=drop_table'), 400, 'bad_query');
  });

  it('keeps the log append-only: the database refuses to change or delete an entry', async () => {
    await audit(platform.db, { actor: { name: 'someone', role: 'admin' }, sourceIp: '10.0.0.1', action: 'config.changed', regionCode: '420102', detail: { idleSeconds: 90 } });
    await expect(platform.db.query("UPDATE audit_log SET actor = 'nobody'")).rejects.toThrow(/append-only/);
    await expect(platform.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(platform.db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    expect((await auditActions(platform)).at(-1)).toEqual({ actor: 'someone', action: 'config.changed', target: null });
  });

  it('exports the log as CSV for Excel, a name that looks like a formula written as text', async () => {
    expect((await login(platform, '-2+3', 'wrong password here')).status).toBe(400);
    expect((await login(platform, '-cmd', 'wrong password here')).status).toBe(401);
    const res = await withToken(platform, '/v1/console/audit.csv?action=login.failed');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('id,at,actor,role,source_ip,action,target,region_code,detail');
    expect(lines[1]).toMatch(/^\d+,[^,]+,'-cmd,,127\.0\.0\.1,login\.failed,,420000,\{\}$/);
  });
});
