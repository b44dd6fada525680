// 远程帮办 end to end: a citizen at the demo kiosk (one Chromium) asks for a remote clerk from a
// form and from 呼叫帮办; a clerk of the region accepts in the fleet console (a second Chromium);
// audio and video flow both ways on loopback with fake devices; either side hangs up and both
// screens say so; a clerk of another region is refused.
import { describe, expect, it } from 'vitest';
import { identifyWithCard } from '../support/citizen-steps.js';
import { useRemoteCall } from '../support/remote-call.js';
import { expectText, shoot, shootLayouts } from './harness.js';

describe('远程帮办: a kiosk and a clerk on loopback', () => {
  const { kiosk, openKiosk, openConsoleAs, expectMediaBothWays } = useRemoteCall('remote-window');

  async function waitingCallId(): Promise<string> {
    let id = '';
    await expect
      .poll(async () => {
        const { rows } = await kiosk.demo.platform.db.query<{ id: string }>("SELECT id FROM remote_calls WHERE state = 'waiting'");
        id = rows[0]?.id ?? '';
        return rows.length;
      })
      .toBe(1);
    return id;
  }

  it('takes a citizen on a form to a clerk of the region, with video both ways, until the clerk hangs up', async () => {
    const citizen = await openKiosk();
    await identifyWithCard(citizen, kiosk.demo);
    await citizen.getByTestId('identity-continue').click();
    await citizen.getByTestId('item-WH-RS-002').click();
    await citizen.getByTestId('remote-ask').click();
    await expectText(citizen.getByTestId('remote-dock'), '正在等待帮办员接听');
    expect(await citizen.getByTestId('remote-camera-on').count()).toBe(0);
    await shootLayouts(citizen, 'kiosk-remote-waiting');

    const clerk = await openConsoleAs('clerk.wuhan');
    const row = clerk.getByTestId('remote-row');
    await expectText(row, '一楼大厅 1 号自助终端');
    const itemName = await clerk.getByTestId('remote-row').locator('td').nth(2).textContent();
    expect(itemName).not.toBe('未选事项（呼叫帮办）');
    await shoot(clerk, 'console-remote-waiting');
    await clerk.getByTestId('remote-accept').click();

    await expectText(citizen.getByTestId('remote-camera-on'), '摄像头和麦克风已开启');
    await expectMediaBothWays(citizen, clerk);
    await expectText(citizen.getByTestId('remote-dock'), '正在与帮办员 clerk.wuhan 视频通话');
    // The remote identity check: the card read masked as on the kiosk, beside the live picture.
    await expectText(clerk.getByTestId('clerk-identity-name'), '陈*欣');
    await expectText(clerk.getByTestId('clerk-identity-number'), '4201**********0029');
    await clerk.getByTestId('clerk-check-identity').click();
    await expectText(clerk.getByTestId('clerk-identity-checked'), '已由 clerk.wuhan 核验身份');
    await expectText(citizen.getByTestId('remote-identity-checked'), '帮办员 clerk.wuhan 已远程核验您的身份');
    // The form is still there under the call, for the clerk to talk the citizen through.
    await citizen.getByTestId('form-next').waitFor();
    await shootLayouts(citizen, 'kiosk-remote-live');
    await shoot(clerk, 'console-remote-live');

    await clerk.getByTestId('clerk-hang-up').click();
    await expectText(clerk.getByTestId('clerk-call-ended'), '您已挂断');
    await expectText(citizen.getByTestId('remote-ended'), '帮办员已挂断，通话结束');
    expect(await citizen.getByTestId('remote-camera-on').count()).toBe(0);
    await shoot(citizen, 'kiosk-remote-ended');
    await citizen.getByTestId('remote-close').click();
    await citizen.close();
    await clerk.close();
  });

  it('lets the citizen hang up a call made from 呼叫帮办, and the clerk sees it ended', async () => {
    const citizen = await openKiosk();
    await citizen.getByTestId('home-elderly').click();
    await citizen.getByTestId('home-help').click();
    await citizen.getByTestId('remote-ask').click();
    await expectText(citizen.getByTestId('remote-dock'), '正在等待帮办员接听');
    const clerk = await openConsoleAs('clerk.wuhan');
    await expectText(clerk.getByTestId('remote-row'), '未选事项（呼叫帮办）');
    await clerk.getByTestId('remote-accept').click();
    await expectMediaBothWays(citizen, clerk);
    await shootLayouts(citizen, 'kiosk-remote-live-elderly');
    await citizen.getByTestId('remote-hang-up').click();
    await expectText(citizen.getByTestId('remote-ended'), '您已挂断');
    expect(await citizen.getByTestId('remote-camera-on').count()).toBe(0);
    await expectText(clerk.getByTestId('clerk-call-ended'), '群众已挂断');
    expect(await clerk.getByTestId('clerk-camera-on').count()).toBe(0);
    await citizen.close();
    await clerk.close();
  });

  it('refuses the call to a clerk of another region, in words, and does not list it to them', async () => {
    const citizen = await openKiosk();
    await citizen.getByTestId('home-help').click();
    await citizen.getByTestId('remote-ask').click();
    const id = await waitingCallId();
    const clerk = await openConsoleAs('clerk.jiangan');
    await clerk.getByTestId('remote-none').waitFor();
    const refused = await clerk.evaluate(async (callId) => {
      const me = (await (await fetch('/v1/console/me')).json()) as { csrfToken: string };
      const res = await fetch(`/v1/console/remote-calls/${callId}/accept`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken }, body: '{}' });
      return { status: res.status, body: (await res.json()) as { message: string } };
    }, id);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('无权在 420100');
    await citizen.getByTestId('remote-hang-up').click();
    await citizen.close();
    await clerk.close();
  });
});
