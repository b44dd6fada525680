import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrollmentToken, hashToken } from '../../../platform/enrollment/tokens.js';
import {
  enrollmentTokenReplySchema,
  enrollReplySchema,
  healthReplySchema,
  platformErrorSchema,
} from '../../../platform/protocol/index.js';
import { adminToken, databaseKinds, hall, newKeyPair, postJson, startTestPlatform, type TestPlatform } from './harness.js';

// Each case runs on PGlite and on a real PostgreSQL server: the same SQL must hold on both.
describe.each(databaseKinds)('on %s', (kind) => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform(kind);
  });
  afterAll(() => platform.close());

  async function countTerminals(): Promise<number> {
    const { rows } = await platform.db.query<{ n: number }>('SELECT count(*)::int AS n FROM terminals');
    return rows[0]?.n ?? 0;
  }

  async function expectError(res: Response, status: number, error: string): Promise<void> {
    expect(res.status).toBe(status);
    expect(platformErrorSchema.parse(await res.json()).error).toBe(error);
  }

  describe('health', () => {
    it('answers without authentication', async () => {
      const res = await fetch(`${platform.url}/v1/health`);
      expect(res.status).toBe(200);
      expect(healthReplySchema.parse(await res.json()).ok).toBe(true);
    });
  });

  describe('refusals before any route runs', () => {
    it('answers an unknown route, a body over 1 MiB and a non-JSON body in the error shape', async () => {
      await expectError(await fetch(`${platform.url}/v1/nothing`), 404, 'not_found');
      const huge = JSON.stringify({ token: 'x'.repeat(2 * 1024 * 1024), publicKey: 'y' });
      await expectError(await postJson(`${platform.url}/v1/enroll`, huge), 413, 'body_too_large');
      const text = await fetch(`${platform.url}/v1/enroll`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'token',
      });
      await expectError(text, 415, 'unsupported_media_type');
    });
  });

  describe('POST /v1/admin/enrollment-tokens', () => {
    const url = () => `${platform.url}/v1/admin/enrollment-tokens`;

    it('makes a one-time token and stores only its hash', async () => {
      const res = await postJson(url(), hall, { authorization: `Bearer ${adminToken}` });
      expect(res.status).toBe(201);
      const reply = enrollmentTokenReplySchema.parse(await res.json());
      expect(Date.parse(reply.expiresAt)).toBeGreaterThan(Date.now());
      const { rows } = await platform.db.query<{ token_hash: string }>('SELECT token_hash FROM enrollment_tokens');
      expect(rows.map((r) => r.token_hash)).toContain(hashToken(reply.token));
      expect(JSON.stringify(rows)).not.toContain(reply.token);
    });

    it('makes tokens a technician can pass as `--token T`: never one that begins with "-"', async () => {
      const tokens = await Promise.all(Array.from({ length: 64 }, () => createEnrollmentToken(platform.db, hall)));
      for (const { token } of tokens) expect(token).toMatch(/^[0-9a-f]{48}$/u);
    });

    it('makes a token valid for the hours asked, up to a week', async () => {
      const auth = { authorization: `Bearer ${adminToken}` };
      const week = enrollmentTokenReplySchema.parse(await (await postJson(url(), { ...hall, validHours: 168 }, auth)).json());
      expect(Date.parse(week.expiresAt) - Date.now()).toBeGreaterThan(167 * 3600_000);
      await expectError(await postJson(url(), { ...hall, validHours: 169 }, auth), 400, 'bad_request');
    });

    it('refuses a missing or wrong admin token', async () => {
      await expectError(await postJson(url(), hall), 401, 'not_admin');
      await expectError(await postJson(url(), hall, { authorization: 'Bearer wrong' }), 401, 'not_admin');
    });

    it('refuses a malformed request with 400', async () => {
      const res = await postJson(url(), { ...hall, regionCode: 'wuhan' }, { authorization: `Bearer ${adminToken}` });
      await expectError(res, 400, 'bad_request');
    });
  });

  describe('POST /v1/enroll', () => {
    const enroll = (body: unknown) => postJson(`${platform.url}/v1/enroll`, body);

    it('binds the key to the hall and region of a good token', async () => {
      const { token } = await createEnrollmentToken(platform.db, hall);
      const res = await enroll({ token, publicKey: newKeyPair().publicKey });
      expect(res.status).toBe(200);
      const reply = enrollReplySchema.parse(await res.json());
      expect(reply).toMatchObject({ hallName: hall.hallName, terminalName: hall.terminalName, regionCode: '420102' });
      const { rows } = await platform.db.query<{ code: string }>('SELECT code FROM terminals WHERE id = $1', [
        reply.terminalId,
      ]);
      expect(rows[0]?.code).toBe(reply.terminalCode);
    });

    it('refuses a token used before', async () => {
      const { token } = await createEnrollmentToken(platform.db, hall);
      expect((await enroll({ token, publicKey: newKeyPair().publicKey })).status).toBe(200);
      const before = await countTerminals();
      await expectError(await enroll({ token, publicKey: newKeyPair().publicKey }), 401, 'token_used');
      expect(await countTerminals()).toBe(before);
    });

    it('enrolls once when one token is used twice at the same time', async () => {
      const { token } = await createEnrollmentToken(platform.db, hall);
      const before = await countTerminals();
      const replies = await Promise.all([
        enroll({ token, publicKey: newKeyPair().publicKey }),
        enroll({ token, publicKey: newKeyPair().publicKey }),
      ]);
      expect(replies.map((r) => r.status).sort()).toEqual([200, 401]);
      expect(await countTerminals()).toBe(before + 1);
    });

    it('refuses an expired token', async () => {
      const { token } = await createEnrollmentToken(platform.db, hall);
      await platform.db.query(
        "UPDATE enrollment_tokens SET expires_at = now() - interval '1 minute' WHERE token_hash = $1",
        [hashToken(token)],
      );
      await expectError(await enroll({ token, publicKey: newKeyPair().publicKey }), 401, 'token_expired');
    });

    it('refuses an unknown token', async () => {
      const res = await enroll({ token: 'never-issued-token-0000', publicKey: newKeyPair().publicKey });
      await expectError(res, 401, 'token_unknown');
    });

    it('refuses a key that is not Ed25519 and leaves the token usable', async () => {
      const { token } = await createEnrollmentToken(platform.db, hall);
      const notAKey = Buffer.alloc(44, 7).toString('base64');
      await expectError(await enroll({ token, publicKey: notAKey }), 400, 'bad_public_key');
      expect((await enroll({ token, publicKey: newKeyPair().publicKey })).status).toBe(200);
    });

    it('refuses a malformed body with 400 and changes nothing', async () => {
      const before = await countTerminals();
      await expectError(await enroll({ token: 'short' }), 400, 'bad_request');
      await expectError(await enroll('{"token": '), 400, 'bad_json');
      expect(await countTerminals()).toBe(before);
    });
  });
});
