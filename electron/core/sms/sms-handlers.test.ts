import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { kioskCore } from '../../../tests/support/kiosk-core.js';
import { caseHandlers } from '../cases/case-handlers.js';
import { Submissions } from '../cases/submission.js';
import type { Identity } from '../session/session.js';
import { PlatformUnavailableError } from '../uplink/platform-client.js';
import { smsHandlers } from './sms-handlers.js';

const chen: Identity = { cardType: 'resident', name: '陈晓欣', idNumber: '420103199003120029', source: 'card' };
const li: Identity = { cardType: 'resident', name: '李明', idNumber: '110101199003070019', source: 'card' };
const phone = '13812345678';
/** The ID card read here; the photo taken at the terminal's camera. */
const materials = [
  { key: 'material.idCard', way: 'certificate' as const },
  { key: 'material.photo', way: 'captured' as const, pagesJpegBase64: [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).toString('base64')] },
];

/** A terminal whose platform records the numbers it is asked to text; `online` false: unreachable. */
async function terminalWithCase() {
  const core = kioskCore();
  const texted: string[] = [];
  let online = true;
  const platform = {
    getCase: async () => Promise.reject(new Error('offline')),
    smsCode: async ({ phone: number }: { phone: string }) => {
      if (!online) throw new PlatformUnavailableError('no route to host');
      texted.push(number);
      return { verificationId: randomUUID(), phoneMasked: '138****5678', expiresAt: new Date().toISOString() };
    },
    smsConfirm: async () => ({ subscribed: true as const, phoneMasked: '138****5678' }),
  };
  const services = { ...core.services, platform };
  const cases = caseHandlers(services, { submissions: new Submissions(services), certificates: { known: async () => undefined } });
  services.session.identify(chen);
  const { caseNumber } = await cases['case.submit']({ submissionId: randomUUID(), itemCode: 'WH-RS-002', answers: { 'delivery.method': 'post' }, materials });
  const goOffline = () => void (online = false);
  return { handlers: smsHandlers(services), session: services.session, caseNumber, texted, goOffline };
}

describe('短信通知 on the kiosk', () => {
  it('asks the platform to text the applicant’s own case, and nobody else’s', async () => {
    const kiosk = await terminalWithCase();
    expect(await kiosk.handlers['sms.sendCode']({ caseNumber: kiosk.caseNumber, phone })).toMatchObject({ phoneMasked: '138****5678' });
    kiosk.session.end();
    kiosk.session.identify(li);
    await expect(kiosk.handlers['sms.sendCode']({ caseNumber: kiosk.caseNumber, phone })).rejects.toMatchObject({ code: 'SMS_REFUSED' });
    expect(kiosk.texted).toEqual([phone]);
  });

  it('says the network is down rather than failing without words', async () => {
    const kiosk = await terminalWithCase();
    kiosk.goOffline();
    await expect(kiosk.handlers['sms.sendCode']({ caseNumber: kiosk.caseNumber, phone })).rejects.toMatchObject({ code: 'OFFLINE', message: '网络中断，暂时不能订阅短信通知' });
  });
});
