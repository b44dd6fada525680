import { createServer as createHttp, type Server } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestCertificates } from '../../../tests/support/test-certificates.js';
import { networkChecks } from './network-checks.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A platform whose clock runs `aheadMs` ahead of ours. */
function healthHandler(aheadMs: number): Parameters<typeof createHttp>[1] {
  return (_request, reply) => reply.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, time: new Date(Date.now() + aheadMs).toISOString() }));
}

function listen(server: Server, scheme: string): Promise<string> {
  servers.push(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

const verdicts = (checks: Awaited<ReturnType<typeof networkChecks>>) => Object.fromEntries(checks.map((c) => [c.id, c.ok]));

describe('the network check', () => {
  it('finds the platform, and a terminal clock five minutes off it', async () => {
    const url = await listen(createHttp(healthHandler(5 * 60_000)), 'http');
    const checks = await networkChecks({ url });
    expect(verdicts(checks)).toEqual({ 'network.platform': true, 'network.time': false, 'network.tls': true });
    expect(checks.find((c) => c.id === 'network.time')?.words.zh).toMatch(/相差 300 秒：请校准系统时间/);
  });

  it('says in words that the platform cannot be reached when nothing listens', async () => {
    const url = await listen(createHttp(healthHandler(0)), 'http');
    await new Promise((resolve) => servers.pop()?.close(resolve));
    const [platform] = await networkChecks({ url });
    expect(platform).toMatchObject({ id: 'network.platform', ok: false, words: { zh: expect.stringMatching(/连接不上平台/) as string } });
  });

  it('passes a platform presenting the pinned certificate and fails one signed by another CA', async () => {
    const tls = makeTestCertificates();
    const url = await listen(createHttps({ cert: tls.cert, key: tls.key }, healthHandler(0)), 'https');
    expect(verdicts(await networkChecks({ url, ca: tls.cert }))).toEqual({ 'network.platform': true, 'network.time': true, 'network.tls': true });
    expect(verdicts(await networkChecks({ url, ca: tls.ca }))).toEqual({ 'network.platform': true, 'network.time': true, 'network.tls': true });
    const other = await networkChecks({ url, ca: tls.otherCa });
    expect(verdicts(other)).toEqual({ 'network.platform': false, 'network.tls': false });
    expect(other.find((c) => c.id === 'network.tls')?.words.en).toMatch(/other than the one pinned/);
  });
});
