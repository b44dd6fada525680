import { refusal, type KioskError } from '../../api/kiosk-error.js';
import { PlatformRefusedError, PlatformUnavailableError } from '../uplink/platform-client.js';

type Words = { zh: string; en: string };
const refused = (message: Words, hint: Words): KioskError => refusal('SMS_REFUSED', message, hint);
const askAgain = { zh: '请点“重新获取验证码”', en: 'Tap "Send a new code"' };

/** The platform's refusals of 短信通知, by their code, in the citizen's words. */
const refusals: Record<string, (reason: string) => KioskError> = {
  sms_code_wrong: (reason) => {
    const left = /还可输入 (\d+) 次/.exec(reason)?.[1] ?? '0';
    return refused({ zh: `验证码不正确，还可输入 ${left} 次`, en: `That code is not right: ${left} tries left` }, { zh: '请核对短信中的 6 位数字', en: 'Check the 6 digits in the text message' });
  },
  sms_code_locked: () => refused({ zh: '验证码错误次数过多', en: 'Too many wrong codes' }, askAgain),
  sms_code_expired: () => refused({ zh: '验证码已过期', en: 'The code has expired' }, askAgain),
  sms_verification_not_found: () => refused({ zh: '验证码已失效', en: 'The code is no longer valid' }, askAgain),
  sms_too_many_codes: () => refused({ zh: '验证码发送过于频繁', en: 'Too many codes were sent for this case' }, { zh: '请一小时后再试，或在“我的办件”中查询进度', en: 'Try again in an hour, or follow the case under My cases' }),
};

export const notYourCase = (): KioskError =>
  refused({ zh: '只能为本人在本终端办理、尚未清除的事项订阅短信', en: 'Text messages can be set up only for your own case from this terminal, while it is kept here' }, { zh: '请核对办件编号，或到服务台办理', en: 'Check the case number, or ask at the service desk' });

const offline = (): KioskError =>
  refusal(
    'OFFLINE',
    { zh: '网络中断，暂时不能订阅短信通知', en: 'The network is down: text messages cannot be set up now' },
    { zh: '可凭回执上的办件编号随时查询进度', en: 'You can follow the case with the number on your receipt at any time' },
  );

/** A platform call of 短信通知, its failures said to the citizen: offline, or the platform's reason. */
export async function askPlatformForSms<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PlatformUnavailableError) throw offline();
    if (error instanceof PlatformRefusedError && error.explained) {
      const said = refusals[error.reason.split(':')[0] ?? ''];
      if (said) throw said(error.reason);
      if (error.status === 503) throw offline();
    }
    throw error;
  }
}
