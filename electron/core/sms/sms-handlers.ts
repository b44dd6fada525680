import type { Handlers } from '../dispatch.js';
import type { KioskServices } from '../kiosk-services.js';
import type { PlatformClient } from '../uplink/platform-client.js';
import { askPlatformForSms, notYourCase } from './sms-errors.js';

type SmsServices = Pick<KioskServices, 'session' | 'cases'> & { platform: Pick<PlatformClient, 'smsCode' | 'smsConfirm'> };

/**
 * 短信通知: only the citizen identified now, for a case of theirs accepted on this terminal. The
 * number passes through to the platform and is kept nowhere here (no store row, no log line).
 */
export function smsHandlers(services: SmsServices): Pick<Handlers, 'sms.sendCode' | 'sms.confirm'> {
  const { platform } = services;
  return {
    'sms.sendCode': async ({ caseNumber, phone }) => {
      assertOwnCase(services, caseNumber);
      const sent = await askPlatformForSms(() => platform.smsCode({ caseNumber, phone }));
      return { verificationId: sent.verificationId, phoneMasked: sent.phoneMasked, expiresAt: sent.expiresAt };
    },
    'sms.confirm': async ({ verificationId, code }) => {
      services.session.current();
      return askPlatformForSms(() => platform.smsConfirm(verificationId, code));
    },
  };
}

function assertOwnCase(services: SmsServices, caseNumber: string): void {
  const identity = services.session.current();
  const record = services.cases.findByNumber(caseNumber);
  if (!record || applicantIdNumber(services, record.id) !== identity.idNumber) throw notYourCase();
}

/** Undefined once purged after the platform acknowledged it: nothing left to match the citizen to. */
function applicantIdNumber(services: SmsServices, caseId: string): string | undefined {
  try {
    return services.cases.upload(caseId).applicant.idNumber;
  } catch {
    return undefined;
  }
}
