import { createHmac } from 'node:crypto';
import { z } from 'zod';
import type { IceServer } from '../protocol/index.js';

/**
 * coturn's TURN REST API scheme (`use-auth-secret`, `static-auth-secret=SECRET` in
 * turnserver.conf): the platform and coturn share a secret, and each call's browsers get a
 * username `<expiry>:<callId>` and its HMAC-SHA1, which coturn checks without asking anyone and
 * refuses after the expiry. Nothing long-lived ever reaches a browser.
 */
export const turnConfigSchema = z.object({
  /** turn: and turns: URLs of the coturn servers, e.g. turn:turn.example.gov.cn:3478?transport=udp */
  urls: z.array(z.string().regex(/^turns?:[^\s]+$/, 'turn: 或 turns: 地址 / a turn: or turns: URL')).min(1).max(4),
  /** coturn's static-auth-secret. */
  secret: z.string().min(16, 'TURN 密钥至少 16 个字符 / the TURN secret needs at least 16 characters'),
  /** How long a call's credentials stay good; a call longer than that keeps its relay (coturn checks at allocation). */
  ttlSeconds: z.number().int().min(60).max(86_400).default(3600),
});
export type TurnConfig = z.infer<typeof turnConfigSchema>;

export function turnCredentials(config: TurnConfig, callId: string, now: Date): IceServer {
  const expiry = Math.floor(now.getTime() / 1000) + config.ttlSeconds;
  const username = `${expiry}:${callId}`;
  const credential = createHmac('sha1', config.secret).update(username).digest('base64');
  return { urls: config.urls, username, credential };
}

/** No TURN configured: the browsers reach each other directly or not at all (a hall's LAN, the tests' loopback). */
export function iceServersFor(config: TurnConfig | undefined, callId: string, now = new Date()): IceServer[] {
  return config ? [turnCredentials(config, callId, now)] : [];
}
