// `tongban platform --payments simulator|off --documents simulator|off`: a real platform (not the
// demo) serves 缴费 and 证明打印 through the simulators when asked, and says plainly when they are off.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, describe, expect, it } from 'vitest';
import { demoNotices } from '../../platform/payments/non-tax.js';
import { enrollReplySchema } from '../../platform/protocol/index.js';
import { expectPlatformError, newKeyPair, postJson, signedFetch, type TestTerminal } from './platform/harness.js';
import { startTongban, stopped, tongban, type Running } from './tongban-process.js';

const adminToken = 'integration-admin-token-0123456789';
const running: Running[] = [];
afterAll(async () => {
  await Promise.all(running.splice(0).map(stopped));
});

/** `tongban platform` with these flags on a fresh data folder, and a terminal enrolled at it. */
async function platformWith(flags: string[]): Promise<{ url: string; terminal: TestTerminal }> {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-systems-'));
  const { line: url } = await startTongban(['platform', '--data', dir, ...flags], running, { TONGBAN_ADMIN_TOKEN: adminToken });
  const tokenReply = await postJson(`${url}/v1/admin/enrollment-tokens`, { hallName: '江岸区政务服务中心', terminalName: '1 号机', regionCode: '420102' }, { authorization: `Bearer ${adminToken}` });
  const { token } = (await tokenReply.json()) as { token: string };
  const { publicKey, privateKey } = newKeyPair();
  const reply = enrollReplySchema.parse(await (await postJson(`${url}/v1/enroll`, { token, publicKey })).json());
  return { url, terminal: { ...reply, privateKey } };
}

const notice = `/v1/payment-notices/${demoNotices[0]?.noticeNumber ?? ''}`;
const documentAsked = JSON.stringify({ read: uuidv7(), kind: 'real-estate-record', idNumber: '420103199003120029', name: '陈晓欣' });

describe('tongban platform with its outside systems', () => {
  it('serves payments and documents through the simulators when asked', { timeout: 60_000 }, async () => {
    const { url, terminal } = await platformWith(['--payments', 'simulator', '--documents', 'simulator']);
    const shown = await signedFetch({ url }, terminal, notice);
    expect(shown.status).toBe(200);
    expect(await shown.json()).toMatchObject({ amountFen: 2000, paid: false });
    // The department's system is there: what stops this one is the missing card read, not the platform.
    await expectPlatformError(await signedFetch({ url }, terminal, '/v1/documents', { body: documentAsked }), 403, 'no_fresh_card_read');
  });

  it('says plainly, by default, that it takes no payments and issues no documents', { timeout: 60_000 }, async () => {
    const { url, terminal } = await platformWith([]);
    await expectPlatformError(await signedFetch({ url }, terminal, notice), 503, 'no_payment_provider');
    await expectPlatformError(await signedFetch({ url }, terminal, '/v1/payment-orders', { body: '{}' }), 503, 'no_payment_provider');
    await expectPlatformError(await signedFetch({ url }, terminal, '/v1/documents', { body: documentAsked }), 503, 'no_document_provider');
  });

  it('refuses a provider it does not know with one line and the usage', async () => {
    const refused = await tongban(['platform', '--payments', 'alipay']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^tongban: --payments must be simulator or off/);
  });
});
