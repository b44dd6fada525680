// 热门事项 for the whole region: the heartbeat reply names the items its terminals took most in 30 days.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heartbeatReplySchema, type CaseUpload, type Heartbeat } from '../../../platform/protocol/index.js';
import { databaseKinds, enrollTerminal, hall, makeCase, signedFetch, startTestPlatform, type TestPlatform, type TestTerminal } from './harness.js';

const beat = (): Heartbeat => ({
  sentAt: new Date().toISOString(),
  versions: { app: '0.1.0' },
  health: {},
  outbox: { depth: 0, oldestWaitingAt: null, lastSuccessAt: null, deadLetters: 0 },
});

const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString();

describe.each(databaseKinds)('the region’s 热门事项 in heartbeat replies on %s', (kind) => {
  let platform: TestPlatform;
  let here: TestTerminal;
  let neighbour: TestTerminal;
  let elsewhere: TestTerminal;
  beforeAll(async () => {
    platform = await startTestPlatform(kind);
    here = await enrollTerminal(platform);
    neighbour = await enrollTerminal(platform, { ...hall, terminalName: '二楼 2 号机' });
    elsewhere = await enrollTerminal(platform, { hallName: '武昌区政务服务中心', terminalName: '1 号机', regionCode: '420106' });
  });
  afterAll(() => platform.close());

  const upload = async (by: TestTerminal, itemCode: string, acceptedAt = daysAgo(1)) => {
    const c: CaseUpload = makeCase(by, { itemCode, acceptedAt });
    expect((await signedFetch(platform, by, '/v1/cases', { body: JSON.stringify({ cases: [c] }) })).status).toBe(200);
  };
  const popularFor = async (t: TestTerminal) => heartbeatReplySchema.parse(await (await signedFetch(platform, t, '/v1/heartbeats', { body: JSON.stringify(beat()) })).json()).popularItems;

  it('counts every terminal of the region over the last 30 days, most first, and no other region', async () => {
    expect(await popularFor(elsewhere)).toEqual([]);
    await upload(here, 'ITEM-B');
    await upload(neighbour, 'ITEM-A');
    await upload(neighbour, 'ITEM-A');
    await upload(here, 'ITEM-C', daysAgo(40));
    await upload(here, 'ITEM-C', daysAgo(40));
    await upload(here, 'ITEM-C', daysAgo(40));
    await upload(elsewhere, 'ITEM-D');
    await upload(elsewhere, 'ITEM-D');
    await upload(elsewhere, 'ITEM-D');
    expect(await popularFor(here)).toEqual(['ITEM-A', 'ITEM-B']);
  });
});
