import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './harness.js';

/** A built console in miniature: its page and one asset, as dist/console holds them. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-console-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(join(dir, 'assets', 'index.js'), 'export {};');
  writeFileSync(join(dir, '..', 'secret.txt'), 'not for the web');
  return dir;
}

describe('the console page under /console/', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform('pglite', { consoleDir: fakeBuild() });
  });
  afterAll(() => platform.close());
  const get = (path: string) => fetch(`${platform.url}${path}`, { redirect: 'manual' });

  it('serves its page with a CSP that allows only its own scripts and this platform', async () => {
    const res = await get('/console/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>console</title>');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers a page of its own routing (a reload on /console/fleet) with the same page', async () => {
    const res = await get('/console/fleet');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
  });

  it('serves its assets, and 404 for a missing one rather than the page', async () => {
    const asset = await get('/console/assets/index.js');
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect((await get('/console/assets/gone.js')).status).toBe(404);
  });

  it('never serves a file outside its folder', async () => {
    expect((await get('/console/..%2Fsecret.txt')).status).toBe(404);
    expect((await get('/console/%2e%2e/secret.txt')).status).toBe(404);
  });

  it('sends /console to /console/, where its relative paths work', async () => {
    const res = await get('/console');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/console/');
  });
});
