// Commands, remote config and an answered help call reaching a running kiosk core through its
// heartbeats from a real platform, and what the kiosk sends back.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { dispatch } from '../../../electron/core/dispatch.js';
import { EventStore } from '../../../electron/core/feedback/event-store.js';
import { loadOrCreateKeyFile } from '../../../electron/core/store/key-file.js';
import { openStore } from '../../../electron/core/store/open-store.js';
import { Vault } from '../../../electron/core/store/vault.js';
import { commandListReplySchema, helpCallListReplySchema, type CommandKind, type CommandSummary } from '../../../platform/protocol/index.js';
import { startLiveKiosk, type LiveKiosk } from '../../support/live-kiosk.js';
import { adminToken, hall, startTestPlatform, type TestPlatform } from '../platform/harness.js';

const waitLong = { timeout: 20_000, interval: 50 };

describe('remote control of a running kiosk through its heartbeats', () => {
  let platform: TestPlatform;
  let live: LiveKiosk;
  let terminalId: string;

  const admin = async (path: string, body?: object, method = body === undefined ? 'GET' : 'POST') => {
    const res = await fetch(`${platform.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${adminToken}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    expect(res.status, await res.clone().text()).toBeLessThan(300);
    return (await res.json()) as unknown;
  };
  const send = async (kind: CommandKind) => ((await admin(`/v1/admin/terminals/${terminalId}/commands`, { kind })) as { id: string }).id;
  const command = async (id: string): Promise<CommandSummary | undefined> =>
    commandListReplySchema.parse(await admin(`/v1/admin/terminals/${terminalId}/commands`)).commands.find((c) => c.id === id);
  const settled = (id: string) => vi.waitFor(async () => expect((await command(id))?.state).not.toBe('pending'), waitLong).then(() => command(id));
  const status = () => live.status();
  const ranCount = (id: string) => live.lines.filter((l) => l.startsWith('command ') && l.includes(id)).length;

  beforeAll(async () => {
    platform = await startTestPlatform('pglite', { fleet: { heartbeatIntervalSeconds: 1, retentionDays: 30 } });
    // The demo catalog puts it in service, so a citizen can call for help; its platform is the real one.
    live = await startLiveKiosk(platform, hall, { demo: true });
    terminalId = live.terminalId;
  });
  afterAll(async () => {
    await live.close();
    await platform.close();
  });

  it('runs a command it hears of once, even when the platform sends it again, and the console lists it done', async () => {
    const id = await send('maintenance.enter');
    expect(await settled(id)).toMatchObject({ state: 'done', detail: expect.stringContaining('maintenance') });
    expect((await status()).service).toEqual({ state: 'maintenance' });
    // As if the acknowledgement had been lost: the platform sends the command again in its replies.
    await platform.db.query('UPDATE terminal_commands SET acked_at = NULL, outcome = NULL, detail = NULL WHERE id = $1', [id]);
    expect(await settled(id)).toMatchObject({ state: 'done' });
    expect(ranCount(id)).toBe(1);
    await settled(await send('maintenance.leave'));
    expect((await status()).service).toEqual({ state: 'demo' });
  });

  it('never runs a command that expired before the kiosk heard of it; the console lists it expired', async () => {
    const id = await send('maintenance.enter');
    await platform.db.query("UPDATE terminal_commands SET expires_at = now() - interval '1 second' WHERE id = $1", [id]);
    // Another command sent after it comes back acknowledged, so the kiosk has had replies since.
    await settled(await send('screenshot'));
    expect((await command(id))?.state).toBe('expired');
    expect(ranCount(id)).toBe(0);
    expect((await status()).service.state).not.toBe('maintenance');
  });

  it('uploads diagnostics without personal data, and says why it took no screenshot', async () => {
    live.log('looked up 420102199001010010 for 张三');
    const diagnostics = await settled(await send('diagnostics.upload'));
    expect(diagnostics?.diagnostics?.logLines.length).toBeGreaterThan(0);
    expect(JSON.stringify(diagnostics?.diagnostics)).not.toContain('420102199001010010');
    expect(diagnostics?.diagnostics?.health).toHaveProperty('printer');
    const shot = await settled(await send('screenshot'));
    expect(shot).toMatchObject({ state: 'failed', detail: expect.stringMatching(/no screenshot taken: this host shows no page/) });
    // The in-process host cannot restart the core: the operator is told so rather than left waiting.
    expect(await settled(await send('restart'))).toMatchObject({ state: 'failed', detail: expect.stringContaining('cannot restart') });
  });

  it('takes a new remote config without a restart and reports the version it runs', async () => {
    const announcement = { zh: '今晚 22:00 系统升级', en: 'System upgrade at 22:00 tonight' };
    const { version } = (await admin(`/v1/admin/config/terminals/${terminalId}`, { settings: { idleSeconds: 90, announcements: [announcement], speech: false, elderModeByDefault: true } }, 'PUT')) as { version: number };
    await vi.waitFor(async () => expect((await status()).idleSeconds).toBe(90), waitLong);
    expect((await status()).screen).toEqual({ announcements: [announcement], speech: false, volume: 100, elderModeByDefault: true });
    await vi.waitFor(async () => expect((await admin(`/v1/admin/config/terminals/${terminalId}`)) as object).toMatchObject({ reportedVersion: version }), waitLong);
  });

  it('tells the citizen who is coming once staff answer the help call made at this screen', async () => {
    expect((await dispatch(live.kiosk.handlers, 'help.call', { reason: 'citizen_request' }, () => undefined)).ok).toBe(true);
    const call = await vi.waitFor(async () => {
      const calls = helpCallListReplySchema.parse(await admin('/v1/admin/help-calls?open=true')).calls;
      expect(calls).toHaveLength(1);
      return calls[0];
    }, waitLong);
    expect((await status()).helpComing).toBeNull();
    await admin(`/v1/admin/help-calls/${call?.id}/answer`, { by: 'A017' });
    await vi.waitFor(async () => expect((await status()).helpComing).toMatchObject({ by: 'A017' }), waitLong);
  });

  it('goes out of service when revoked by its code, keeping what waits in its outbox', async () => {
    // A help call waiting in the outbox, written beside the running core as a second connection would.
    const store = openStore(join(live.dataDir, 'kiosk.sqlite'));
    const res = await fetch(`${platform.url}/v1/admin/terminals/${live.terminalCode}/revoke`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(204);
    new EventStore(store, new Vault(loadOrCreateKeyFile(join(live.dataDir, 'store.key')))).helpCall('citizen_request');
    store.close();
    await vi.waitFor(async () => expect((await status()).service).toEqual({ state: 'outOfService', reason: 'revoked' }), waitLong);
    // Refused as revoked (401) says nothing of the items: they wait, none is dead-lettered.
    await vi.waitFor(async () => expect((await status()).waitingUploads).toBe(1), waitLong);
    expect((await status()).sync.deadLetters).toBe(0);
  });
});
