import { describe, expect, it } from 'vitest';
import { PlatformCertificateError } from '../uplink/platform-fetch.js';
import { PlatformRefusedError, PlatformUnavailableError } from '../uplink/platform-client.js';
import { PlatformAddressError } from '../uplink/platform-link.js';
import { enrollmentRefusal } from './enrollment-refusal.js';

describe('why an enrollment from the screen did not happen', () => {
  it('says the platform’s own words about the token, in both languages, and that nothing changed', () => {
    const said = enrollmentRefusal(new PlatformRefusedError(401, 'token_used: 注册码已被使用，请向管理员申请新的注册码 / this token was already used; ask an admin for a new one', true));
    expect(said).toMatchObject({ code: 'ENROLLMENT_FAILED', message: '注册码已被使用，请向管理员申请新的注册码', hint: '终端未作任何改动' });
    expect(said.en).toEqual({ message: 'this token was already used; ask an admin for a new one', hint: 'Nothing on the terminal changed' });
    expect(enrollmentRefusal(new PlatformRefusedError(403, 'no reason given')).en.message).toBe('The platform refused the enrollment (403)');
  });

  it('tells an address, a certificate and an unreachable platform apart', () => {
    expect(enrollmentRefusal(new PlatformAddressError('不经加密连接平台只限本机：http://x', 'plain http:// is only for loopback')).message).toBe('不经加密连接平台只限本机：http://x');
    expect(enrollmentRefusal(new PlatformCertificateError('SELF_SIGNED_CERT_IN_CHAIN', 'https://x')).en.message).toBe('The certificate the platform presented was refused');
    for (const error of [new PlatformUnavailableError('HTTP 502', 502), Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })]) {
      expect(enrollmentRefusal(error)).toMatchObject({ message: '无法连接平台', en: { message: 'The platform cannot be reached' } });
    }
  });
});
