import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBundle } from '../../../platform/protocol/bundle-sign.js';
import { rolloutReplySchema } from '../../../platform/protocol/catalog-rollout.js';
import { startFleet, type RunningFleet } from '../../../fleet-sim/fleet.js';
import { caseStatusReplySchema, commandListReplySchema, heartbeatSchema, helpCallListReplySchema, terminalListReplySchema, type TerminalListReply } from '../../../platform/protocol/index.js';
import { isValidCaseNumber } from '../../../standards/case-number.js';
import { regionCovers } from '../../../standards/region-code.js';
import { startTongban, type Running } from '../tongban-process.js';
import { adminToken, signedFetch, startTestPlatform, type TestPlatform } from './harness.js';

const admin = async (platform: TestPlatform, path: string): Promise<unknown> =>
  (await fetch(`${platform.url}${path}`, { headers: { authorization: `Bearer ${adminToken}` } })).json();
const terminalList = async (platform: TestPlatform): Promise<TerminalListReply> => terminalListReplySchema.parse(await admin(platform, '/v1/admin/terminals'));

const patience = { timeout: 90_000, interval: 200 };

const signer = generateKeyPairSync('ed25519').privateKey;
const catalogTrust = { keys: [createPublicKey(signer).export({ type: 'spki', format: 'der' }).toString('base64')], threshold: 1 };
const bundle = (version: number) =>
  signBundle(Buffer.from(JSON.stringify({ items: [], lifeEvents: [], benefits: [], version })), [signer], { version, expires: new Date(Date.now() + 365 * 86_400_000), scope: '420000' });

async function count(platform: TestPlatform, sql: string): Promise<number> {
  const { rows } = await platform.db.query<{ n: number }>(sql);
  return rows[0]?.n ?? 0;
}

/** The sim says these terminals have no line now: read before and after a look at the platform, so a window opening between does not count. */
const offlineCodes = (fleet: RunningFleet) => new Set(fleet.terminals.filter((t) => !t.online).map((t) => t.code));

describe('a simulated fleet of 20 against a platform on PGlite', () => {
  let platform: TestPlatform;
  let fleet: RunningFleet;
  beforeAll(async () => {
    // The sim beats at 600× real time: a terminal's minute is a tenth of a second, above the per-terminal limit of the field.
    platform = await startTestPlatform('pglite', { rateLimit: { perSecond: 1000, burst: 1000 }, catalogTrust });
    fleet = await startFleet({ terminals: 20, seed: 'vitest', offlineShare: 0.3, faults: true, speed: 600, platformUrl: platform.url, adminToken });
  });
  afterAll(async () => {
    await fleet.stop();
    await platform.close();
  });

  it('lists all 20 on the console with their halls across Hubei, device health and versions', async () => {
    await expect.poll(() => fleet.tally.heartbeats, patience).toBeGreaterThanOrEqual(60);
    const { terminals } = await terminalList(platform);
    expect(terminals.map((t) => t.code).sort()).toEqual(fleet.terminals.map((t) => t.code).sort());
    expect(terminals.every((t) => regionCovers('420000', t.regionCode))).toBe(true);
    expect(new Set(terminals.map((t) => t.regionCode.slice(0, 4))).size).toBeGreaterThan(3);
    const { rows } = await platform.db.query<{ health: unknown; versions: unknown; sent_at: Date; received_at: Date }>('SELECT health, versions, sent_at, received_at FROM terminal_status');
    expect(rows.length).toBeGreaterThan(10);
    const beats = rows.map((r) => heartbeatSchema.shape.health.parse(r.health));
    expect(beats.every((health) => ['idcard', 'printer', 'scanner', 'camera'].every((device) => device in health))).toBe(true);
    expect(beats.some((health) => !health.printer?.ok || !health.idcard?.ok)).toBe(true);
    expect(rows.every((r) => heartbeatSchema.shape.versions.parse(r.versions).app !== undefined)).toBe(true);
    expect(rows.some((r) => Math.abs(new Date(r.sent_at).getTime() - new Date(r.received_at).getTime()) > 60_000)).toBe(true);
    const stuck = await count(platform, 'SELECT count(*)::int AS n FROM terminal_status WHERE stuck > 0 AND outbox_depth > 0 AND oldest_waiting_at IS NOT NULL');
    expect(stuck).toBeGreaterThan(0);
  });

  it('has terminals that fall silent while the rest beat on', async () => {
    await expect.poll(() => offlineCodes(fleet).size, patience).toBeGreaterThan(0);
    const silentBefore = offlineCodes(fleet);
    const before = await terminalList(platform);
    const beats = fleet.tally.heartbeats;
    await expect.poll(() => fleet.tally.heartbeats, patience).toBeGreaterThan(beats + 40);
    const after = await terminalList(platform);
    const silent = [...offlineCodes(fleet)].filter((code) => silentBefore.has(code));
    expect(silent.length).toBeGreaterThan(0);
    const lastBeat = (list: TerminalListReply, code: string) => list.terminals.find((t) => t.code === code)?.lastHeartbeatAt;
    for (const code of silent) expect(lastBeat(after, code)).toBe(lastBeat(before, code));
    expect(after.terminals.filter((t) => !silent.includes(t.code)).some((t) => t.lastHeartbeatAt !== lastBeat(before, t.code))).toBe(true);
  });

  it('stores cases a terminal can look up, 好差评 with bad ones giving reasons, and help calls', async () => {
    await expect.poll(() => count(platform, "SELECT count(*)::int AS n FROM terminal_events WHERE kind = 'review' AND (body->>'score')::int <= 2"), patience).toBeGreaterThan(0);
    await expect.poll(async () => helpCallListReplySchema.parse(await admin(platform, '/v1/admin/help-calls')).calls.length, patience).toBeGreaterThan(0);
    const { rows } = await platform.db.query<{ caseNumber: string; terminalId: string }>('SELECT case_number AS "caseNumber", terminal_id AS "terminalId" FROM cases');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => isValidCaseNumber(r.caseNumber))).toBe(true);
    const [first] = rows;
    const owner = fleet.terminals.find((t) => t.enrolled.id === first?.terminalId);
    if (!first || !owner) throw new Error('a stored case whose terminal the sim does not know');
    const { hall } = owner.plan;
    const asOwner = { ...hall, terminalId: owner.enrolled.id, terminalCode: owner.code, platformTime: '', privateKey: owner.enrolled.privateKey };
    const res = await signedFetch(platform, asOwner, `/v1/cases/${first.caseNumber}`);
    expect(caseStatusReplySchema.parse(await res.json()).caseNumber).toBe(first.caseNumber);
    const bad = await platform.db.query<{ reasons: unknown }>("SELECT body->'reasons' AS reasons FROM terminal_events WHERE kind = 'review' AND (body->>'score')::int <= 2");
    expect(bad.rows.every((r) => Array.isArray(r.reasons) && r.reasons.length > 0)).toBe(true);
  });

  it('acknowledges a command sent from the console, so it shows done, and a screenshot as failed', async () => {
    const code = fleet.terminals[0]?.code ?? '';
    const send = (kind: string) =>
      fetch(`${platform.url}/v1/admin/terminals/${code}/commands`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ kind }),
      });
    expect((await send('catalog.reload')).status).toBe(201);
    expect((await send('screenshot')).status).toBe(201);
    const states = async () => commandListReplySchema.parse(await admin(platform, `/v1/admin/terminals/${code}/commands`)).commands.map((c) => `${c.kind}:${c.state}`).sort();
    await expect.poll(states, patience).toEqual(['catalog.reload:done', 'screenshot:failed']);
    expect(fleet.tally.commandsAcknowledged).toBeGreaterThanOrEqual(2);
  });

  it('takes a catalog version as its rollout reaches it, and goes back to the one before when it is rolled back', async () => {
    const post = (path: string, body: Buffer | object) =>
      fetch(`${platform.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}`, 'content-type': Buffer.isBuffer(body) ? 'application/octet-stream' : 'application/json' },
        body: Buffer.isBuffer(body) ? body : JSON.stringify(body),
      });
    // Canaries that never fall silent: one that did would keep its command waiting past the test.
    const canaries = fleet.terminals.filter((t) => t.plan.offline === undefined).slice(0, 2).map((t) => t.code);
    const installed = async (version: number) =>
      rolloutReplySchema.parse(await admin(platform, `/v1/admin/catalog/rollouts/${version}`)).terminals.filter((t) => t.installedVersion === version).map((t) => t.terminalCode).sort();
    expect((await post('/v1/admin/catalog?stage=all', bundle(1))).status).toBe(200);
    // The canaries run version 1 before 2 reaches them, so there is a version to go back to.
    await expect.poll(async () => (await installed(1)).filter((code) => canaries.includes(code)).sort(), patience).toEqual([...canaries].sort());
    expect((await post(`/v1/admin/catalog?stage=canary&terminals=${canaries.join(',')}`, bundle(2))).status).toBe(200);
    await expect.poll(() => installed(2), patience).toEqual([...canaries].sort());
    expect((await post('/v1/admin/catalog/rollouts/2/recall', {})).status).toBe(200);
    await expect.poll(async () => (await installed(1)).filter((code) => canaries.includes(code)).sort(), patience).toEqual([...canaries].sort());
    expect(await installed(2)).toEqual([]);
  });

  it('has sent exactly what the platform holds once stopped', async () => {
    await fleet.stop();
    expect(await count(platform, 'SELECT count(*)::int AS n FROM cases')).toBe(fleet.tally.cases);
    expect(await count(platform, "SELECT count(*)::int AS n FROM terminal_events WHERE kind = 'review'")).toBe(fleet.tally.reviews);
    expect(fleet.tally.refusals).toEqual({});
  });
});

describe('tongban sim fleet', () => {
  const running: Running[] = [];
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform('pglite', { rateLimit: { perSecond: 1000, burst: 1000 }, catalogTrust });
  });
  afterAll(async () => {
    for (const child of running) child.kill('SIGKILL');
    await platform.close();
  });

  it('enrolls its terminals, keeps them beating, and stops with exit 0 at SIGTERM with a last summary', async () => {
    const args = ['sim', 'fleet', '--terminals', '3', '--platform', platform.url, '--admin-token', adminToken, '--speed', '600', '--seed', 'cli'];
    const { line, child, stderr } = await startTongban(args, running);
    const codes = (JSON.parse(line) as { terminals: { code: string }[] }).terminals.map((t) => t.code);
    expect(codes).toHaveLength(3);
    await expect.poll(async () => (await terminalList(platform)).terminals.filter((t) => t.lastHeartbeatAt !== null).length, patience).toBe(3);
    const exit = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(stderr()).toMatch(/terminals 3 online \/ 0 offline, heartbeats \d+/);
  });
});
