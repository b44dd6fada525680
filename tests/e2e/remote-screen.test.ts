// 远程帮办's screen view end to end, on the call's own data channel: the clerk sees the kiosk's
// screen (typed values masked until the citizen shows them), points at it (a ring on the kiosk),
// offers to fill a field (typed only after 同意), and sees the card photo (the simulator's decoder).
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { identifyWithCard } from '../support/citizen-steps.js';
import { screenChannelProbe, useRemoteCall } from '../support/remote-call.js';
import { expectText, landscape, shoot, shootLayouts } from './harness.js';

const phoneField = 'input-applicant.phone';

describe('远程帮办: the clerk sees, points at and helps fill the kiosk screen', () => {
  const { kiosk, openKiosk, openConsoleAs } = useRemoteCall('remote-screen');

  /** A citizen with their card read, on 社会保障卡申领's form (联系电话 to type), in a call a Wuhan clerk took. */
  async function callFromForm(options: { elderly: boolean }): Promise<{ citizen: Page; clerk: Page }> {
    const citizen = await openKiosk();
    if (options.elderly) await citizen.getByTestId('home-elderly').click();
    await identifyWithCard(citizen, kiosk.demo);
    await citizen.getByTestId('identity-continue').click();
    await citizen.getByTestId('item-search').fill('社会保障卡申领');
    await citizen.getByTestId('item-WH-RS-004').click();
    await citizen.getByTestId('remote-ask').click();
    const clerk = await openConsoleAs('clerk.wuhan', screenChannelProbe);
    await clerk.getByTestId('remote-accept').click();
    await citizen.getByTestId('remote-show-typed').waitFor();
    return { citizen, clerk };
  }

  const mirror = (clerk: Page) => clerk.frameLocator('[data-testid="clerk-screen-mirror"]');
  const mirroredPhone = (clerk: Page) => mirror(clerk).locator(`[id="${phoneField}"]`);

  /** Clicks the mirror where it shows `target`, the way a clerk aims at it (the mirror is the kiosk's screen, scaled). */
  async function clickMirrorOn(clerk: Page, target: Locator): Promise<void> {
    const inFrame = await target.evaluate((element) => {
      const { left, top, width, height } = (element as unknown as { getBoundingClientRect(): { left: number; top: number; width: number; height: number } }).getBoundingClientRect();
      return { x: left + width / 2, y: top + height / 2 };
    });
    const frameWidth = Number(await clerk.getByTestId('clerk-screen-mirror').getAttribute('width'));
    const touch = clerk.getByTestId('clerk-screen-touch');
    const area = await touch.boundingBox();
    if (!area) throw new Error('the mirror is not on the clerk screen');
    const scale = area.width / frameWidth;
    await touch.click({ position: { x: inFrame.x * scale, y: inFrame.y * scale } });
  }

  it('shows the clerk the screen with typed values masked until the citizen shows them, the card photo, and the pointer on the kiosk', async () => {
    const { citizen, clerk } = await callFromForm({ elderly: false });
    // The kiosk's screen text, in a frame that runs nothing.
    await expectText(mirror(clerk).locator('body'), '联系电话');
    await expectText(mirror(clerk).locator('body'), '社会保障卡申领');
    expect(await clerk.getByTestId('clerk-screen-mirror').getAttribute('sandbox')).toBe('');

    // The card photo, decoded on the terminal by the simulator's decoder, beside the live picture.
    const photo = clerk.getByTestId('clerk-card-photo');
    await photo.waitFor();
    await expect.poll(() => photo.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(102);
    await expectText(clerk.getByTestId('clerk-identity'), '模拟器');

    // The citizen types a personal field: the clerk sees it masked, then shown once the citizen agrees, then masked again.
    await citizen.getByTestId('field-applicant.phone').fill('13812345678');
    await expect.poll(() => mirroredPhone(clerk).getAttribute('value')).toBe('＊＊＊＊');
    expect(await mirror(clerk).locator('body').innerHTML()).not.toContain('13812345678');
    await citizen.getByTestId('remote-show-typed').click();
    await expect.poll(() => mirroredPhone(clerk).getAttribute('value')).toBe('13812345678');
    await expectText(clerk.getByTestId('clerk-screen'), '群众已同意让您看到所填写的内容');
    await shoot(clerk, 'console-remote-screen-shown');
    await citizen.getByTestId('remote-show-typed').click();
    await expect.poll(() => mirroredPhone(clerk).getAttribute('value')).toBe('＊＊＊＊');

    // The clerk clicks the mirror on the phone field: a ring at the same place on the kiosk, the field picked to fill.
    await clickMirrorOn(clerk, mirroredPhone(clerk));
    const ring = citizen.getByTestId('remote-pointer');
    await ring.waitFor();
    const [mark, field] = await Promise.all([ring.boundingBox(), citizen.getByTestId('field-applicant.phone').boundingBox()]);
    if (!mark || !field) throw new Error('the ring or the field is not on the kiosk screen');
    const centre = { x: mark.x + mark.width / 2, y: mark.y + mark.height / 2 };
    expect(centre.x).toBeGreaterThan(field.x);
    expect(centre.x).toBeLessThan(field.x + field.width);
    expect(centre.y).toBeGreaterThan(field.y);
    expect(centre.y).toBeLessThan(field.y + field.height);
    expect(await ring.locator('xpath=..').getAttribute('aria-hidden')).toBe('true');
    expect(await clerk.getByTestId('clerk-fill-field').inputValue()).toBe(phoneField);
    await shootLayouts(citizen, 'kiosk-remote-pointer');
    await shoot(clerk, 'console-remote-screen');
    // A landscape kiosk: the mirror follows its viewport, so the clerk sees it as it stands.
    await citizen.setViewportSize(landscape);
    await expect.poll(() => clerk.getByTestId('clerk-screen-mirror').getAttribute('width')).toBe(String(landscape.width));
    await shoot(clerk, 'console-remote-screen-landscape');
    await citizen.close();
    await clerk.close();
  });

  it('fills a field only after the citizen says 同意, never after 不同意, in 长者模式', async () => {
    const { citizen, clerk } = await callFromForm({ elderly: true });
    await citizen.getByTestId('field-applicant.phone').fill('13812345678');
    await clerk.getByTestId('clerk-fill-field').selectOption(phoneField);

    await clerk.getByTestId('clerk-fill-value').fill('13900001111');
    await clerk.getByTestId('clerk-fill-send').click();
    await expectText(citizen.getByTestId('remote-fill-consent'), '工作人员想帮您填写「联系电话」');
    await expectText(citizen.getByTestId('remote-fill-value'), '13900001111');
    await shootLayouts(citizen, 'kiosk-remote-fill-consent-elderly');
    await citizen.getByTestId('remote-fill-decline').click();
    await expectText(clerk.getByTestId('clerk-fill-outcome'), '市民未同意');
    expect(await citizen.getByTestId('field-applicant.phone').inputValue()).toBe('13812345678');

    await clerk.getByTestId('clerk-fill-value').fill('13900001111');
    await clerk.getByTestId('clerk-fill-send').click();
    await citizen.getByTestId('remote-fill-agree').click();
    await expectText(clerk.getByTestId('clerk-fill-outcome'), '市民已同意');
    expect(await citizen.getByTestId('field-applicant.phone').inputValue()).toBe('13900001111');
    // The filled value is the citizen's now: masked in the mirror like anything they typed.
    await expect.poll(() => mirroredPhone(clerk).getAttribute('value')).toBe('＊＊＊＊');
    expect(await mirror(clerk).locator('body').innerHTML()).not.toContain('13900001111');
    await shoot(clerk, 'console-remote-fill-agreed');

    // A value the field's keypad could not type, a field not on screen, and messages no clerk
    // console sends are refused or dropped; the call goes on and a good message still works.
    type Probe = { channel: { send(text: string): void }; received: { type: string; request?: string; outcome?: string }[] };
    await clerk.evaluate(() => {
      const probe = (globalThis as unknown as { screenProbe: Probe }).screenProbe;
      const send = (message: unknown) => probe.channel.send(typeof message === 'string' ? message : JSON.stringify(message));
      send('not json');
      send({ type: 'point', x: 5, y: 0 });
      send({ type: 'run', code: 'alert(1)' });
      send({ type: 'fill', request: 'letters', field: 'input-applicant.phone', value: 'abc' });
      send({ type: 'fill', request: 'too-long', field: 'input-applicant.phone', value: '139000011112' });
      send({ type: 'fill', request: 'gone', field: 'input-no.such', value: '1' });
      send({ type: 'point', x: 0.5, y: 0.5 });
    });
    const outcomes = () =>
      clerk.evaluate(() =>
        Object.fromEntries((globalThis as unknown as { screenProbe: Probe }).screenProbe.received.filter((m) => m.type === 'filled').map((m) => [m.request, m.outcome])),
      );
    await expect.poll(outcomes).toMatchObject({ letters: 'invalid', 'too-long': 'invalid', gone: 'notOnScreen' });
    await citizen.locator('[data-testid="remote-pointer"][data-x="0.500"]').waitFor({ state: 'attached' });
    expect(await citizen.getByTestId('remote-fill-consent').count()).toBe(0);
    expect(await citizen.getByTestId('field-applicant.phone').inputValue()).toBe('13900001111');
    await citizen.getByTestId('remote-hang-up').click();
    await citizen.close();
    await clerk.close();
  });
});
