// A captured request sent again is refused however its signature is spelt: the replay guard
// keys on the signature's bytes, and only their canonical base64 is accepted.
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCertificates } from '../../../platform/certificates/store.js';
import { platformErrorSchema, signatureHeaders, signRequest, type Heartbeat } from '../../../platform/protocol/index.js';
import { demoCertificates } from '../../../cli/demo/demo-certificates.js';
import { databaseKinds, enrollTerminal, signedFetch, startTestPlatform, type TestPlatform, type TestTerminal } from './harness.js';

interface Captured {
  method: 'GET' | 'POST';
  path: string;
  body: string | undefined;
  time: string;
  signature: string;
}

const insertAt = (text: string, at: number, what: string) => `${text.slice(0, at)}${what}${text.slice(at)}`;
const toUrlAlphabet = (text: string) => text.replaceAll('+', '-').replaceAll('/', '_');

/** Every way Node's lenient base64 decoder reads as the same 64 bytes. */
function respellings(signature: string): [string, string][] {
  return [
    ['padded once more', `${signature}=`],
    ['unpadded', signature.replace(/=+$/, '')],
    ["with '.' inserted", insertAt(signature, 10, '.')],
    ["with '!' inserted", insertAt(signature, 10, '!')],
    ['with bytes appended', `${signature}AAAA`],
    ['with bytes after the padding', `${signature}AA==`],
    ['in the base64url alphabet', toUrlAlphabet(signature)],
    ['in the base64url alphabet unpadded', toUrlAlphabet(signature).replace(/=+$/, '')],
    ['with a space inside', insertAt(signature, 10, ' ')],
    ['with a tab inside', insertAt(signature, 10, '\t')],
  ];
}

/**
 * Signs a request as the terminal would, at a time whose signature has a '+' or '/', so its
 * base64url spelling differs from it (nearly every signature has one; the loop makes it certain).
 */
function capture(terminal: TestTerminal, method: 'GET' | 'POST', path: string, body?: string): Captured {
  for (let ms = 0; ms < 1000; ms += 1) {
    const time = new Date(Date.now() - ms).toISOString();
    const signature = signRequest(terminal.privateKey, method, path, time, body ?? '');
    if (/[+/]/.test(signature)) return { method, path, body, time, signature };
  }
  throw new Error('no signature with + or / in 1000 tries');
}

function send(platform: TestPlatform, terminal: TestTerminal, request: Captured, signature = request.signature): Promise<Response> {
  const headers: Record<string, string> = {
    [signatureHeaders.terminal]: terminal.terminalId,
    [signatureHeaders.time]: request.time,
    [signatureHeaders.signature]: signature,
  };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${platform.url}${request.path}`, { method: request.method, headers, ...(request.body === undefined ? {} : { body: request.body }) });
}

async function expectRefused(res: Response, error: string): Promise<void> {
  expect(res.status).toBe(401);
  expect(platformErrorSchema.parse(await res.json()).error).toBe(error);
}

const beat = (depth: number): Heartbeat => ({
  sentAt: new Date().toISOString(),
  versions: { app: '0.1.0' },
  health: { printer: { ok: true } },
  outbox: { depth, oldestWaitingAt: null, lastSuccessAt: null, deadLetters: 0 },
});

describe.each(databaseKinds)('a replayed request on %s', (kind) => {
  let platform: TestPlatform;
  let terminal: TestTerminal;
  beforeAll(async () => {
    // Every spelling is a request; the rate limit is not what is tested here.
    platform = await startTestPlatform(kind, { rateLimit: { perSecond: 1000, burst: 1000 } });
    await seedCertificates(platform.db, demoCertificates);
    terminal = await enrollTerminal(platform);
  });
  afterAll(() => platform.close());

  /** What a route may change, and what the replay guard itself keeps. */
  async function state(): Promise<unknown> {
    const { rows } = await platform.db.query(
      `SELECT (SELECT row_to_json(s)::text FROM terminal_status s WHERE terminal_id = $1) AS status,
              (SELECT count(*)::int FROM terminal_events WHERE terminal_id = $1) AS events,
              (SELECT count(*)::int FROM card_reads WHERE terminal_id = $1) AS reads,
              (SELECT count(*)::int FROM seen_signatures) AS signatures`,
      [terminal.terminalId],
    );
    return rows[0];
  }

  /** Each spelling before the request arrives, and after: refused, and nothing touched either time. */
  async function expectOnlyTheCanonicalOnce(request: Captured): Promise<void> {
    const before = await state();
    for (const [, spelt] of respellings(request.signature)) await expectRefused(await send(platform, terminal, request, spelt), 'bad_signature');
    expect(await state()).toEqual(before);
    expect((await send(platform, terminal, request)).status).toBe(200);
    const after = await state();
    for (const [, spelt] of respellings(request.signature)) await expectRefused(await send(platform, terminal, request, spelt), 'bad_signature');
    await expectRefused(await send(platform, terminal, request), 'replayed');
    expect(await state()).toEqual(after);
  }

  it('refuses every other spelling of a heartbeat signature, before and after the heartbeat', async () => {
    await expectOnlyTheCanonicalOnce(capture(terminal, 'POST', '/v1/heartbeats', JSON.stringify(beat(4))));
  });

  it('refuses every other spelling of a help call signature, before and after the call', async () => {
    const items = [{ id: uuidv7(), at: new Date().toISOString(), reason: 'citizen_request' }];
    await expectOnlyTheCanonicalOnce(capture(terminal, 'POST', '/v1/help-calls', JSON.stringify({ items })));
  });

  it('refuses every other spelling of a certificates request signature, before and after it', async () => {
    const read = JSON.stringify({ id: uuidv7(), idNumber: '420103199003120029', readAt: new Date().toISOString() });
    const res = await signedFetch(platform, terminal, '/v1/card-reads', { body: read });
    const { readId } = (await res.json()) as { readId: string };
    await expectOnlyTheCanonicalOnce(capture(terminal, 'GET', `/v1/certificates?read=${readId}`));
  });

  it('names each spelling it refuses: each is one the decoder reads as the same bytes', () => {
    const { signature } = capture(terminal, 'GET', '/v1/health');
    for (const [name, spelt] of respellings(signature)) {
      expect(spelt, name).not.toBe(signature);
      expect(Buffer.from(spelt, 'base64').equals(Buffer.from(signature, 'base64')), name).toBe(true);
    }
  });
});
