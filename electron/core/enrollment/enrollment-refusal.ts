import { KioskError, refusal, type Said } from '../../api/kiosk-error.js';
import { PlatformCertificateError } from '../uplink/platform-fetch.js';
import { PlatformRefusedError } from '../uplink/platform-client.js';
import { PlatformAddressError } from '../uplink/platform-link.js';

const unreachable: Said = { zh: '无法连接平台', en: 'The platform cannot be reached' };
const checkNetwork: Said = { zh: '请核对平台地址，检查网线或网络后重试；终端未作任何改动', en: 'Check the address, the cable or the network, and try again; nothing on the terminal changed' };

/** The platform's own words ("token_used: 中文 / English", as its enrollment route says them), or its status. */
function platformWords(error: PlatformRefusedError): Said {
  if (!error.explained) return { zh: `平台拒绝了注册（${error.status}）`, en: `The platform refused the enrollment (${error.status})` };
  const said = error.reason.replace(/^[a-z_]+: /, '');
  const [zh = said, en = said] = said.split(' / ');
  return { zh, en };
}

/**
 * Why an enrollment from the screen did not happen, in words a technician acts on: the token
 * (the platform's own reason: unknown, used, expired, revoked), the address, the certificate.
 * Every case leaves the terminal as it was, and says so.
 */
export function enrollmentRefusal(error: unknown): KioskError {
  if (error instanceof KioskError) return error;
  if (error instanceof PlatformRefusedError) {
    return refusal('ENROLLMENT_FAILED', platformWords(error), { zh: '终端未作任何改动', en: 'Nothing on the terminal changed' });
  }
  if (error instanceof PlatformAddressError) {
    const [zh = error.message] = error.message.split(' / ');
    return refusal('ENROLLMENT_FAILED', { zh, en: error.en }, { zh: '终端未作任何改动', en: 'Nothing on the terminal changed' });
  }
  if (error instanceof PlatformCertificateError) {
    return refusal('ENROLLMENT_FAILED', { zh: '平台出示的证书未通过核验', en: 'The certificate the platform presented was refused' }, { zh: '请核对平台地址，向管理员确认证书指纹', en: 'Check the address and ask the admin for the certificate fingerprint' });
  }
  // PlatformUnavailableError, and a connection that failed another way: the same for the technician.
  return refusal('ENROLLMENT_FAILED', unreachable, checkNetwork);
}
