// The platform checks a bundle against its own trust set before taking it: what every terminal
// would refuse is refused at the door, with a reason the admin can act on, and never served.
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBundle } from '../../../platform/protocol/bundle-sign.js';
import { platformErrorSchema } from '../../../platform/protocol/index.js';
import { adminToken, startTestPlatform, type TestPlatform } from './harness.js';

const key = () => generateKeyPairSync('ed25519').privateKey;
const admin1 = key();
const admin2 = key();
const stranger = key();
const spki = (k: KeyObject) => createPublicKey(k).export({ type: 'spki', format: 'der' }).toString('base64');

const payload = Buffer.from('{"items":[],"lifeEvents":[],"benefits":[]}');
const nextYear = new Date(Date.now() + 365 * 86_400_000);
const sign = (version: number, keys: KeyObject[] = [admin1, admin2], expires = nextYear) => signBundle(payload, keys, { version, expires, scope: '420100' });

function publish(platform: TestPlatform, bundle: Buffer): Promise<Response> {
  return fetch(`${platform.url}/v1/admin/catalog?stage=all`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/octet-stream' }, body: bundle });
}

async function refusal(res: Response): Promise<{ status: number; error: string; message: string }> {
  const body = platformErrorSchema.parse(await res.json());
  return { status: res.status, ...body };
}

function flipLastByte(bundle: Buffer): Buffer {
  const copy = Buffer.from(bundle);
  copy[copy.length - 2] = (copy[copy.length - 2] ?? 0) ^ 0x01;
  return copy;
}

describe('publishing a catalog bundle', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform('pglite', { catalogTrust: { keys: [spki(admin1), spki(admin2)], threshold: 2 } });
    expect((await publish(platform, sign(5))).status).toBe(200);
  });
  afterAll(() => platform.close());

  const refused: [string, () => Buffer, RegExp][] = [
    ['half-signed (threshold)', () => sign(6, [admin1]), /签名不足.*threshold.*1 valid trusted signature\(s\), 2 required/s],
    ['signed by an unknown key', () => sign(6, [stranger]), /不受信任.*untrusted_key/s],
    ['expired', () => sign(6, [admin1, admin2], new Date(Date.now() - 60_000)), /已过期.*expired/s],
    ['not above the newest published version', () => sign(4), /版本.*不高于.*rollback: version 4 is not above .*5/s],
    ['equal to the newest published version', () => sign(5), /版本.*不高于.*version 5 is not above .*5/s],
    ['changed after signing (payload hash)', () => flipLastByte(sign(6)), /内容与签名不符.*payload_hash/s],
  ];

  it.each(refused)('refuses a bundle %s with 422 saying what is wrong, in both languages', async (_what, make, says) => {
    const reply = await refusal(await publish(platform, make()));
    expect(reply).toMatchObject({ status: 422, error: 'bundle_refused' });
    expect(reply.message).toMatch(says);
    const { rows } = await platform.db.query<{ n: number }>('SELECT count(*)::int AS n FROM catalog_bundles');
    expect(rows[0]?.n).toBe(1);
  });

  it('takes a bundle with every signature the trust set asks for, above the newest', async () => {
    expect((await publish(platform, sign(6))).status).toBe(200);
  });
});

describe('a platform given no catalog trust set', () => {
  it('refuses every bundle: its terminals would take none', async () => {
    const platform = await startTestPlatform('pglite');
    try {
      const reply = await refusal(await publish(platform, sign(1)));
      expect(reply).toMatchObject({ status: 422, error: 'no_catalog_trust' });
      expect(reply.message).toMatch(/--catalog-trust/);
    } finally {
      await platform.close();
    }
  });
});
