import { PNG } from 'pngjs';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commandListReplySchema,
  heartbeatReplySchema,
  remoteConfigScopeReplySchema,
  type CommandAck,
  type Heartbeat,
} from '../../../platform/protocol/index.js';
import { as, auditActions, expectError, makeAccount, signIn, withToken, type SignedIn } from './console-client.js';
import { databaseKinds, enrollTerminal, signedFetch, startTestPlatform, type TestPlatform, type TestTerminal } from './harness.js';

const jiangan = { hallName: '江岸区政务服务中心', terminalName: '1 号机', regionCode: '420102' };
const jianghan = { hallName: '江汉区政务服务中心', terminalName: '1 号机', regionCode: '420103' };

const beat = (configVersion?: number): Heartbeat => ({
  sentAt: new Date().toISOString(),
  versions: { app: '0.1.0' },
  health: {},
  outbox: { depth: 0, oldestWaitingAt: null, lastSuccessAt: null, deadLetters: 0 },
  ...(configVersion !== undefined && { configVersion }),
});

describe.each(databaseKinds)('remote commands and config on %s', (kind) => {
  let platform: TestPlatform;
  let terminal: TestTerminal;
  let elsewhere: TestTerminal;
  const signed: Record<string, SignedIn> = {};
  beforeAll(async () => {
    platform = await startTestPlatform(kind);
    terminal = await enrollTerminal(platform, jiangan);
    elsewhere = await enrollTerminal(platform, jianghan);
    for (const [name, role] of [['op', 'operator'], ['aud', 'auditor']] as const) {
      await makeAccount(platform, name, role, '420102');
      signed[name] = await signIn(platform, name);
    }
  });
  afterAll(() => platform.close());
  const who = (name: string): SignedIn => signed[name] ?? expect.unreachable(`${name} is not signed in`);
  const heartbeat = async (as: TestTerminal, configVersion?: number) =>
    heartbeatReplySchema.parse(await (await signedFetch(platform, as, '/v1/heartbeats', { body: JSON.stringify(beat(configVersion)) })).json());
  const ack = (as: TestTerminal, body: CommandAck) => signedFetch(platform, as, '/v1/command-acks', { body: JSON.stringify(body) });
  const listed = async (key: string) => commandListReplySchema.parse(await (await as(platform, who('aud'), `/v1/admin/terminals/${key}/commands`)).json()).commands;

  it('carries an operator\'s command in heartbeat replies until the terminal acknowledges it, then lists it done', async () => {
    const sent = await as(platform, who('op'), `/v1/admin/terminals/${terminal.terminalCode}/commands`, { body: { kind: 'maintenance.enter' } });
    expect(sent.status).toBe(201);
    const { id } = (await sent.json()) as { id: string };
    expect((await listed(terminal.terminalId)).map((c) => [c.id, c.state])).toEqual([[id, 'pending']]);
    // A lost reply loses nothing: the command comes again until acknowledged.
    for (let i = 0; i < 2; i++) expect((await heartbeat(terminal)).remoteCommands?.map((c) => [c.id, c.kind])).toEqual([[id, 'maintenance.enter']]);
    expect((await heartbeat(elsewhere)).remoteCommands).toEqual([]);
    expect((await ack(terminal, { id, outcome: 'done' })).status).toBe(204);
    // A second acknowledgement (a retried request) changes nothing.
    expect((await ack(terminal, { id, outcome: 'failed', detail: 'late' })).status).toBe(204);
    expect((await heartbeat(terminal)).remoteCommands).toEqual([]);
    const [command] = await listed(terminal.terminalCode);
    expect(command).toMatchObject({ id, state: 'done', sentBy: 'op', detail: null });
    expect(command?.deliveredAt).not.toBeNull();
    expect((await auditActions(platform)).filter((a) => a.action === 'command.sent')).toEqual([{ actor: 'op', action: 'command.sent', target: id }]);
  });

  it('keeps a terminal to its own commands and lists a command that ran out of time as expired', async () => {
    const sent = await withToken(platform, `/v1/admin/terminals/${terminal.terminalId}/commands`, { kind: 'restart', expiresInMinutes: 1 });
    const { id } = (await sent.json()) as { id: string };
    await expectError(await ack(elsewhere, { id, outcome: 'done' }), 404, 'no_such_command');
    await platform.db.query("UPDATE terminal_commands SET expires_at = now() - interval '1 second' WHERE id = $1", [id]);
    expect((await heartbeat(terminal)).remoteCommands).toEqual([]);
    expect((await listed(terminal.terminalId)).find((c) => c.id === id)?.state).toBe('expired');
  });

  it('keeps the diagnostics a terminal uploads with its acknowledgement', async () => {
    const { id } = (await (await withToken(platform, `/v1/admin/terminals/${terminal.terminalId}/commands`, { kind: 'diagnostics.upload' })).json()) as { id: string };
    const diagnostics = { logLines: ['core starting'], health: { printer: { ok: false, detail: '缺纸 / paper out' } }, outbox: { depth: 2, deadLetters: 0, oldestWaitingAt: null }, lifecycle: 'inService' };
    expect((await ack(terminal, { id, outcome: 'done', diagnostics })).status).toBe(204);
    expect((await listed(terminal.terminalId)).find((c) => c.id === id)).toMatchObject({ state: 'done', diagnostics });
  });

  it('keeps the screenshot a terminal uploads, shows it only within the region, and refuses bytes that are no PNG', async () => {
    const { id } = (await (await as(platform, who('op'), `/v1/admin/terminals/${terminal.terminalId}/commands`, { body: { kind: 'screenshot' } })).json()) as { id: string };
    const picture = new PNG({ width: 6, height: 4 });
    picture.data.fill(200);
    const png = PNG.sync.write(picture);
    await expectError(await ack(terminal, { id, outcome: 'done', screenshot: { png: Buffer.from('GIF89a not a png').toString('base64') } }), 400, 'not_png');
    expect((await ack(terminal, { id, outcome: 'done', screenshot: { png: png.toString('base64') } })).status).toBe(204);
    expect((await listed(terminal.terminalId)).find((c) => c.id === id)).toMatchObject({ state: 'done', screenshot: { width: 6, height: 4 } });
    const shown = await as(platform, who('aud'), `/v1/admin/terminals/${terminal.terminalId}/commands/${id}/screenshot`);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await shown.arrayBuffer()).equals(png)).toBe(true);
    // Jianghan's auditor may not see a Jiang'an terminal, nor its screen.
    await makeAccount(platform, 'aud-jianghan', 'auditor', '420103');
    await expectError(await as(platform, await signIn(platform, 'aud-jianghan'), `/v1/admin/terminals/${terminal.terminalId}/commands/${id}/screenshot`), 404, 'terminal_not_found');
  });

  it('lets an auditor read commands but not send them, and answers a terminal outside the region as none', async () => {
    await expectError(await as(platform, who('aud'), `/v1/admin/terminals/${terminal.terminalId}/commands`, { body: { kind: 'restart' } }), 403, 'forbidden');
    await expectError(await as(platform, who('op'), `/v1/admin/terminals/${elsewhere.terminalId}/commands`, { body: { kind: 'restart' } }), 404, 'terminal_not_found');
    await expectError(await as(platform, who('op'), `/v1/admin/terminals/${elsewhere.terminalCode}/commands`), 404, 'terminal_not_found');
    await expectError(await as(platform, who('op'), `/v1/admin/terminals/${terminal.terminalId}/commands`, { body: { kind: 'format_disk' } }), 400, 'bad_request');
  });

  it('sends a terminal its region\'s config under its own overrides, with a version that only goes up', async () => {
    const region = await as(platform, who('op'), '/v1/admin/config/regions/420100', { method: 'PUT', body: { settings: { idleSeconds: 90 } } });
    await expectError(region, 403, 'forbidden');
    const district = await as(platform, who('op'), '/v1/admin/config/regions/420102', { method: 'PUT', body: { settings: { idleSeconds: 90, speech: false, heartbeatIntervalSeconds: 30 } } });
    expect(district.status).toBe(200);
    const own = await as(platform, who('op'), `/v1/admin/config/terminals/${terminal.terminalCode}`, {
      method: 'PUT',
      body: { settings: { speech: true, announcements: [{ zh: '今日系统升级', en: 'System upgrade today' }] } },
    });
    const { version } = (await own.json()) as { version: number };
    const reply = await heartbeat(terminal);
    expect(reply.remoteConfig).toEqual({ version, settings: { idleSeconds: 90, speech: true, heartbeatIntervalSeconds: 30, announcements: [{ zh: '今日系统升级', en: 'System upgrade today' }] } });
    expect(reply.config.heartbeatIntervalSeconds).toBe(30);
    expect((await heartbeat(elsewhere)).remoteConfig).toEqual({ version: 0, settings: {} });
    await heartbeat(terminal, version);
    const shown = remoteConfigScopeReplySchema.parse(await (await as(platform, who('aud'), `/v1/admin/config/terminals/${terminal.terminalId}`)).json());
    expect(shown).toMatchObject({ reportedVersion: version, updatedBy: 'op', effective: reply.remoteConfig });
    await expectError(await as(platform, who('aud'), `/v1/admin/config/terminals/${terminal.terminalId}`, { method: 'PUT', body: { settings: {} } }), 403, 'forbidden');
    await expectError(await as(platform, who('op'), `/v1/admin/config/terminals/${terminal.terminalId}`, { method: 'PUT', body: { settings: { volume: 101 } } }), 400, 'bad_request');
    expect((await auditActions(platform)).filter((a) => a.action === 'config.changed').map((a) => a.target)).toEqual(['region:420102000000', `terminal:${terminal.terminalId}`]);
  });

  it('tells a terminal who is coming to its help call', async () => {
    const call = uuidv7();
    await signedFetch(platform, terminal, '/v1/help-calls', { body: JSON.stringify({ items: [{ id: call, at: new Date().toISOString(), reason: 'citizen_request' }] }) });
    expect((await heartbeat(terminal)).helpComing).toBeUndefined();
    expect((await as(platform, who('op'), `/v1/admin/help-calls/${call}/answer`, { body: { by: 'A017' } })).status).toBe(200);
    expect((await heartbeat(terminal)).helpComing).toMatchObject({ callId: call, by: 'A017' });
    expect((await heartbeat(elsewhere)).helpComing).toBeUndefined();
  });

  it('revokes a terminal by its code', async () => {
    const doomed = await enrollTerminal(platform, jiangan);
    expect((await withToken(platform, `/v1/admin/terminals/${doomed.terminalCode}/revoke`, {})).status).toBe(204);
    await expectError(await signedFetch(platform, doomed, '/v1/heartbeats', { body: JSON.stringify(beat()) }), 401, 'terminal_revoked');
  });
});
