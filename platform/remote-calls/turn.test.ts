import { describe, expect, it } from 'vitest';
import { turnConfigSchema, turnCredentials } from './turn.js';

describe('TURN credentials (coturn use-auth-secret)', () => {
  const config = turnConfigSchema.parse({ urls: ['turn:127.0.0.1:3478?transport=udp'], secret: 'north-wind-0123456789', ttlSeconds: 600 });

  it('signs <expiry>:<callId> with HMAC-SHA1 of the shared secret, as coturn checks it', () => {
    const server = turnCredentials(config, '0190c8f4-0000-7000-8000-000000000001', new Date('2026-12-02T21:00:00Z'));
    // Known vector, computed once with `printf %s "$user" | openssl dgst -sha1 -hmac "$secret" -binary | base64`.
    expect(server).toEqual({
      urls: ['turn:127.0.0.1:3478?transport=udp'],
      username: '1796245800:0190c8f4-0000-7000-8000-000000000001',
      credential: 'CCm65Dzgau1+cxR4LLo2xhQAIPU=',
    });
  });

  it('refuses a short secret and a URL that is not turn:', () => {
    expect(turnConfigSchema.safeParse({ urls: ['turn:x'], secret: 'short' }).success).toBe(false);
    expect(turnConfigSchema.safeParse({ urls: ['https://x'], secret: 'north-wind-0123456789' }).success).toBe(false);
  });
});
