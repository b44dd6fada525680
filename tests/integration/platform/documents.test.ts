// Results printed on the spot: a 证明 for the person whose card the terminal just read, and the
// public check of its code, on PGlite and on PostgreSQL.
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlatformClient } from '../../../electron/core/uplink/platform-client.js';
import { simulatedDocuments } from '../../../platform/documents/simulator.js';
import { verifyReplySchema } from '../../../platform/protocol/documents.js';
import { databaseKinds, enrollTerminal, expectPlatformError, signedFetch, startTestPlatform, type TestPlatform, type TestTerminal } from './harness.js';

const chen = { idNumber: '420103199003120029', name: '陈晓欣' };
/** The simulator holds no record of an ID number whose 17th character is 9. */
const nobody = { idNumber: '420102198801010096', name: '王五' };

describe.each(databaseKinds)('documents printed on the spot (%s)', (kind) => {
  let platform: TestPlatform;
  let terminal: TestTerminal;
  let client: PlatformClient;
  beforeAll(async () => {
    platform = await startTestPlatform(kind, { documents: simulatedDocuments, verifyRateLimit: { perSecond: 0.001, burst: 8 } });
    terminal = await enrollTerminal(platform);
    client = new PlatformClient(platform.url, terminal);
  });
  afterAll(() => platform?.close());

  const verify = (code: string) => fetch(`${platform.url}/v1/verify/${code}`);

  it('issues a 参保证明 for a fresh card read, whose code says it is genuine and shows only the masked name', async () => {
    const document = await client.document('social-insurance-record', chen, new Date());
    expect(document?.content.title).toBe('湖北省社会保险参保证明（个人）');
    const rows = document?.content.sections.flatMap((s) => s.rows ?? []) ?? [];
    expect(rows).toContainEqual(['公民身份号码', '4201**********0029']);
    const code = document?.verification.code ?? '';
    // 144 bits: 24 base64url characters, and the QR code's URL leads to the check.
    expect(code).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(document?.verification.url).toBe(`${platform.url}/v1/verify/${code}`);
    const res = await fetch(document?.verification.url ?? '');
    expect(res.status).toBe(200);
    const body = verifyReplySchema.parse(await res.json());
    expect(body).toMatchObject({ genuine: true, kind: 'social-insurance-record', title: '湖北省社会保险参保证明（个人）', maskedName: '陈*欣', issuer: '武汉市社会保险中心' });
    expect(JSON.stringify(body)).not.toContain('420103');
    // Only the code's hash is stored.
    const { rows: stored } = await platform.db.query<{ n: number }>("SELECT count(*)::int AS n FROM issued_documents WHERE encode(code_hash, 'escape') LIKE $1", [`%${code}%`]);
    expect(stored[0]?.n).toBe(0);
  });

  it('shows a phone that opens the QR code a page saying genuine, or not found for a forged code', async () => {
    const document = await client.document('real-estate-record', chen, new Date());
    const asPhone = { headers: { accept: 'text/html,application/xhtml+xml' } };
    const genuine = await fetch(document?.verification.url ?? '', asPhone);
    expect(genuine.headers.get('content-type')).toContain('text/html');
    expect(genuine.headers.get('content-security-policy')).toContain("default-src 'none'");
    const text = await genuine.text();
    expect(text).toContain('真实有效');
    expect(text).toContain('陈*欣');
    expect(text).not.toContain('陈晓欣');
    const forged = await fetch(`${platform.url}/v1/verify/CCCCCCCCCCCCCCCCCCCCCCCC`, asPhone);
    expect(forged.status).toBe(404);
    expect(await forged.text()).toContain('查无此文件');
  });

  it('says a forged or unknown code is unknown (404), and a malformed one names the problem (400)', async () => {
    await expectPlatformError(await verify('AAAAAAAAAAAAAAAAAAAAAAAA'), 404, 'unknown_document');
    await expectPlatformError(await verify('not-a-code'), 400, 'bad_code');
  });

  it('gives the same person the same record and a new code each time', async () => {
    const first = await client.document('personal-rights-record', chen, new Date());
    const second = await client.document('personal-rights-record', chen, new Date());
    expect(second?.content).toEqual(first?.content);
    expect(second?.verification.code).not.toBe(first?.verification.code);
  });

  it('says when the department holds no record of the person', async () => {
    expect(await client.document('real-estate-record', nobody, new Date())).toBeUndefined();
  });

  it('refuses without a fresh read of that very person by this terminal', async () => {
    const ask = (by: TestTerminal, read: string, idNumber = chen.idNumber) =>
      signedFetch(platform, by, '/v1/documents', { body: JSON.stringify({ read, kind: 'social-insurance-record', idNumber, name: chen.name }) });
    await expectPlatformError(await ask(terminal, uuidv7()), 403, 'no_fresh_card_read');
    const readRes = await signedFetch(platform, terminal, '/v1/card-reads', { body: JSON.stringify({ id: uuidv7(), idNumber: nobody.idNumber, readAt: new Date().toISOString() }) });
    const { readId } = (await readRes.json()) as { readId: string };
    // A read of one person does not print another's record.
    await expectPlatformError(await ask(terminal, readId), 403, 'no_fresh_card_read');
    // Nor does another terminal's read.
    await expectPlatformError(await ask(await enrollTerminal(platform), readId, nobody.idNumber), 403, 'no_fresh_card_read');
    // Nor an unsigned request.
    const unsigned = await fetch(`${platform.url}/v1/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(unsigned.status).toBe(401);
  });

  it('holds one address trying codes to its rate', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await verify('BBBBBBBBBBBBBBBBBBBBBBBB')).status);
    expect(statuses).toContain(429);
  });
});
