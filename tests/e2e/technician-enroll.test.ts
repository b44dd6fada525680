import { X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningDemo } from '../../cli/demo/start-demo.js';
import { createEnrollmentToken, startPlatform, type RunningPlatform } from '../../platform/main.js';
import { makeTestCertificates, type TestCertificates } from '../support/test-certificates.js';
import { setPin, unlock } from '../support/technician-steps.js';
import { expectText, hostRequest, shootLayouts, startBuiltDemo, useBrowser } from './harness.js';

/**
 * An unenrolled terminal (a folder with no config.json runs the demo, as `tongban start` does)
 * enrolled from technician mode's screen against a platform over TLS on the demo's database: the
 * address typed on the on-screen keyboard, the token scanned as the admin's QR or typed, the
 * certificate shown before anything is sent, each refusal in words, and the terminal serving as
 * enrolled after the restart it offers.
 */
describe('technician mode: enrolling an unenrolled terminal', () => {
  const chromium = useBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'tongban-e2e-enroll-'));
  const adminToken = 'enroll-e2e-admin-token-0123456789';
  let demo: RunningDemo | undefined;
  let certs: TestCertificates;
  let tls: RunningPlatform | undefined;

  const running = (): RunningDemo => demo ?? expect.fail('the demo starts in beforeAll');
  const platformUrl = (): string => tls?.url ?? expect.fail('the TLS platform starts in beforeAll');
  const listen = (port: number, pair: TestCertificates) => startPlatform({ db: running().platform.db, adminToken, port, tls: { cert: pair.cert, key: pair.key } });
  const token = async () => (await createEnrollmentToken(running().platform.db, { hallName: '黄陂区木兰乡便民服务中心', terminalName: '木兰乡 1 号自助终端', regionCode: '420116' })).token;

  beforeAll(async () => {
    demo = await startBuiltDemo('enroll', join(dir, 'demo'), true, { enrollInto: dir });
    setPin(running().coreConfig.dataDir);
    certs = makeTestCertificates();
    tls = await listen(0, certs);
  });
  afterAll(async () => {
    await tls?.close();
    await demo?.close();
  });

  async function enrollScreen(): Promise<Page> {
    const page = await chromium.newPage();
    await page.goto(running().kioskUrl ?? '');
    await unlock(page);
    await page.getByTestId('technician-tab-enroll').click();
    await page.getByTestId('panel-enroll').waitFor();
    return page;
  }

  /** Taps on the on-screen keyboard, as a technician types; the field is emptied first. */
  async function typeInto(page: Page, field: string, text: string): Promise<void> {
    await page.getByTestId(field).click();
    await page.getByTestId('key-clear').click();
    for (const key of text) await page.getByTestId(`key-${key}`).click();
    await page.getByTestId('key-done').click();
  }

  async function checkPlatform(page: Page, address: string): Promise<void> {
    await typeInto(page, 'enroll-platform', address);
    await page.getByTestId('check-platform').click();
  }

  it('says an address that leaves the machine unencrypted is refused, and a platform that does not answer', async () => {
    const page = await enrollScreen();
    await checkPlatform(page, 'http://10.20.0.5:8080');
    await expectText(page.getByTestId('enroll-refusal'), '不经加密连接平台只限本机');
    // Loopback http has no certificate; nothing listens on port 9, so enrolling says it cannot reach it.
    await checkPlatform(page, 'http://127.0.0.1:9');
    await page.getByTestId('platform-presented').waitFor();
    await typeInto(page, 'enroll-token', 'deadbeefdeadbeef');
    await page.getByTestId('confirm-enroll').click();
    await expectText(page.getByTestId('enroll-refusal'), '无法连接平台');
    await expectText(page.getByTestId('enroll-refusal'), 'Nothing on the terminal changed');
    await shootLayouts(page, 'technician-enroll-unreachable');
    expect(existsSync(join(dir, 'config.json'))).toBe(false);
    await page.close();
  });

  it('shows the certificate before enrolling, and a wrong token in the platform’s words', async () => {
    const page = await enrollScreen();
    await checkPlatform(page, platformUrl());
    await expectText(page.getByTestId('certificate-sha256'), new X509Certificate(certs.cert).fingerprint256);
    await expectText(page.getByTestId('certificate-subject'), 'CN=tongban platform');
    await typeInto(page, 'enroll-token', 'deadbeefdeadbeef');
    await shootLayouts(page, 'technician-enroll-certificate');
    await page.getByTestId('confirm-enroll').click();
    await expectText(page.getByTestId('enroll-refusal'), '注册码无效');
    await expectText(page.getByTestId('enroll-refusal'), 'unknown enrollment token');
    expect(existsSync(join(dir, 'config.json'))).toBe(false);
    await page.close();
  });

  it('refuses a platform that presents another certificate than the one confirmed', async () => {
    const page = await enrollScreen();
    await checkPlatform(page, platformUrl());
    await page.getByTestId('certificate-sha256').waitFor();
    // Between the check and the tap, something else answers at the address with its own certificate.
    const port = Number(new URL(platformUrl()).port);
    await tls?.close();
    tls = await listen(port, makeTestCertificates());
    await typeInto(page, 'enroll-token', await token());
    await page.getByTestId('confirm-enroll').click();
    await expectText(page.getByTestId('enroll-refusal'), '平台出示的证书与给定的指纹不符');
    expect(existsSync(join(dir, 'config.json'))).toBe(false);
    await tls.close();
    tls = await listen(port, certs);
    await page.close();
  });

  it('enrolls from the admin’s QR code, shows the hall and region, and serves as that terminal after the restart', async () => {
    const page = await enrollScreen();
    const scanner = running().devices.scannerSim ?? expect.fail('the demo did not put the scanner simulator on a pty');
    await scanner.scan(`tongban-enroll:?platform=${encodeURIComponent(platformUrl())}&token=${await token()}`);
    await page.getByTestId('enroll-scanned').waitFor();
    expect(await page.getByTestId('enroll-platform').inputValue()).toBe(platformUrl());
    await page.getByTestId('check-platform').click();
    await page.getByTestId('certificate-sha256').waitFor();
    await page.getByTestId('confirm-enroll').click();
    await expectText(page.getByTestId('enrolled'), '木兰乡 1 号自助终端');
    await expectText(page.getByTestId('enrolled-hall'), '黄陂区木兰乡便民服务中心');
    await expectText(page.getByTestId('enrolled-region'), '420116');
    await shootLayouts(page, 'technician-enrolled');
    const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as { demo?: boolean; platform: { ca?: string } };
    expect(config.platform.ca).toBe(certs.cert);
    expect(config.demo).toBeUndefined();

    await page.getByTestId('enroll-restart').click();
    const url = running().kioskUrl ?? '';
    await expect.poll(async () => (await hostRequest(url, 'kiosk.status', {})).ok, { timeout: 30_000 }).toBe(true);
    // No signed catalog yet: an enrolled terminal never shows the demo's items.
    const citizen = await chromium.newPage();
    await citizen.goto(url);
    await citizen.getByTestId('out-of-service').waitFor();
    // The PIN the technician unlocked with came along; the enrollment tab did not.
    await unlock(citizen);
    expect(await citizen.getByTestId('technician-service-state').getAttribute('data-state')).toBe('outOfService');
    await expectText(citizen.getByTestId('technician-state'), '黄陂区木兰乡便民服务中心');
    expect(await citizen.getByTestId('technician-tab-enroll').count()).toBe(0);
    await page.close();
    await citizen.close();
  });
});
