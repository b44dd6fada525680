// 电子证照: answered only to the terminal that has just read the person's card.
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CitizenCertificates } from '../../../electron/core/certificates.js';
import { Session } from '../../../electron/core/session/session.js';
import { PlatformClient, PlatformRefusedError } from '../../../electron/core/uplink/platform-client.js';
import { demoCertificates } from '../../../cli/demo/demo-certificates.js';
import { seedCertificates } from '../../../platform/certificates/store.js';
import { enrollTerminal, signedFetch, startTestPlatform, type TestPlatform, type TestTerminal } from './harness.js';

const chen = '420103199003120029';
const xiang = '420111195803061233';

let platform: TestPlatform;
let terminal: TestTerminal;
let client: PlatformClient;
beforeAll(async () => {
  platform = await startTestPlatform();
  await seedCertificates(platform.db, demoCertificates);
  terminal = await enrollTerminal(platform);
  client = new PlatformClient(platform.url, terminal);
});
afterAll(() => platform.close());

async function refusal(promise: Promise<unknown>): Promise<PlatformRefusedError> {
  const error = await promise.catch((e: unknown) => e);
  if (!(error instanceof PlatformRefusedError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

async function reportRead(idNumber: string, by: TestTerminal = terminal): Promise<string> {
  const body = JSON.stringify({ id: uuidv7(), idNumber, readAt: new Date().toISOString() });
  const res = await signedFetch(platform, by, '/v1/card-reads', { body });
  expect(res.status).toBe(200);
  return ((await res.json()) as { readId: string }).readId;
}

describe('e-certificates', () => {
  it('are given for the person of a fresh card read, and only theirs', async () => {
    const certificates = await client.certificates(chen, new Date());
    expect(certificates.map((c) => c.name).sort()).toEqual(['居民户口簿', '机动车驾驶证', '社会保障卡', '结婚证'].sort());
    const other = await client.certificates(xiang, new Date());
    expect(other.map((c) => c.kind).sort()).toEqual(['householdRegister', 'seniorCitizenCard']);
  });

  it('are refused for a card read more than two minutes old on the terminal clock', async () => {
    const error = await refusal(client.certificates(chen, new Date(Date.now() - 3 * 60_000)));
    expect(error).toMatchObject({ status: 422 });
    expect(error.reason).toContain('stale_card_read');
  });

  it('are refused without a read, for another terminal read, and once the read has expired', async () => {
    const none = await signedFetch(platform, terminal, `/v1/certificates?read=${uuidv7()}`);
    expect(none.status).toBe(403);
    const readId = await reportRead(chen);
    const thief = await enrollTerminal(platform);
    expect((await signedFetch(platform, thief, `/v1/certificates?read=${readId}`)).status).toBe(403);
    expect((await signedFetch(platform, terminal, `/v1/certificates?read=${readId}`)).status).toBe(200);
    await platform.db.query("UPDATE card_reads SET received_at = now() - interval '3 minutes' WHERE id = $1", [readId]);
    expect((await signedFetch(platform, terminal, `/v1/certificates?read=${readId}`)).status).toBe(403);
    expect((await signedFetch(platform, terminal, '/v1/certificates')).status).toBe(400);
  });

  it('keep the ID number out of the URL and out of the read log', async () => {
    await reportRead(xiang);
    const { rows } = await platform.db.query<{ row: string }>('SELECT row_to_json(card_reads)::text AS row FROM card_reads');
    expect(rows.length).toBeGreaterThan(0);
    for (const { row } of rows) expect(row).not.toContain(xiang);
  });

  it('are held by the kiosk for the citizen of a fresh read only, and not at all after a stale one', async () => {
    // The card was read three minutes before the second request, on the same (real) clock it signs with.
    let now = Date.now();
    const session = new Session(10 * 60_000, () => now);
    const held = new CitizenCertificates({ session, platform: client });
    session.identify({ cardType: 'resident', name: '陈晓欣', idNumber: chen, source: 'card' });
    const fresh = await held.load();
    expect(fresh?.find((c) => c.kind === 'drivingLicence')).toMatchObject({ name: '机动车驾驶证', validUntil: '2032-07-18' });
    expect(await held.known()).toBe(fresh);
    now = Date.now() - 3 * 60_000;
    session.identify({ cardType: 'resident', name: '陈晓欣', idNumber: chen, source: 'card' });
    expect(await held.known()).toBeUndefined();
    expect(await held.load()).toBeUndefined();
  });

});
