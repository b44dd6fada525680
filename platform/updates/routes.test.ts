import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { installErrorReplies } from '../http/http-error.js';
import { updateRoutes } from './routes.js';

const updatesDir = mkdtempSync(join(tmpdir(), 'tongban-updates-'));
mkdirSync(join(updatesDir, 'stable'));
/** What electron-builder writes beside an AppImage, with the rollout share the fleet's admin set. */
const feed = 'version: 0.2.0\nfiles:\n  - url: tongban-kiosk-0.2.0-linux-arm64.AppImage\n    sha512: AAAA\n    size: 4\nstagingPercentage: 10\n';
writeFileSync(join(updatesDir, 'stable', 'latest-linux-arm64.yml'), feed);
writeFileSync(join(updatesDir, 'stable', 'tongban-kiosk-0.2.0-linux-arm64.AppImage'), 'ELF!');
writeFileSync(join(updatesDir, 'secret.pem'), 'not for terminals');

const app = Fastify({ logger: false });
installErrorReplies(app, () => undefined);
updateRoutes(app, updatesDir);
afterAll(async () => {
  await app.close();
  rmSync(updatesDir, { recursive: true, force: true });
});

describe('the app update feed', () => {
  it('serves a channel’s feed as electron-updater asks for it, rollout share and all', async () => {
    const reply = await app.inject({ url: '/v1/updates/stable/latest-linux-arm64.yml' });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^text\/yaml/);
    expect(reply.body).toBe(feed);
  });

  it('serves the installer the feed names', async () => {
    const reply = await app.inject({ url: '/v1/updates/stable/tongban-kiosk-0.2.0-linux-arm64.AppImage' });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-length']).toBe('4');
    expect(reply.body).toBe('ELF!');
  });

  it('answers 404 in words for a channel or file it does not have', async () => {
    const reply = await app.inject({ url: '/v1/updates/beta/latest-linux.yml' });
    expect(reply.statusCode).toBe(404);
    expect(reply.json()).toMatchObject({ error: 'no_such_update' });
  });

  it('gives nothing outside the channel folders', async () => {
    for (const url of ['/v1/updates/stable/..%2Fsecret.pem', '/v1/updates/..%2F..%2Fetc/passwd', '/v1/updates/stable/.hidden', '/v1/updates/%2E%2E/secret.pem']) {
      const reply = await app.inject({ url });
      expect(reply.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(reply.body, url).not.toContain('not for terminals');
    }
  });
});
