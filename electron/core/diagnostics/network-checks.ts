import { X509Certificate } from 'node:crypto';
import { healthReplySchema } from '../../../platform/protocol/health.js';
import { PlatformCertificateError, platformFetch } from '../uplink/platform-fetch.js';
import { PlatformAddressError, type PlatformLink } from '../uplink/platform-link.js';
import { peerCertificate } from '../uplink/presented-certificate.js';
import { check, type Check } from './check.js';
import { skewTooLargeMs } from './sync-checks.js';

/** A technician waits for this at most per step; a lobby line that takes longer is itself the answer. */
const waitMs = 8000;

/** The platform reachable, its certificate the pinned one, and its clock against ours. */
export async function networkChecks(link: PlatformLink | undefined, clock: () => Date = () => new Date()): Promise<Check[]> {
  if (!link) {
    return [check('network.platform', false, '终端尚未注册，没有平台可检测', 'This terminal is not enrolled: there is no platform to check', { platformUrl: null })];
  }
  const [health, tls] = await Promise.all([healthCheck(link, clock), tlsCheck(link)]);
  return [...health, tls];
}

async function healthCheck(link: PlatformLink, clock: () => Date): Promise<Check[]> {
  const detail = { platformUrl: link.url };
  const sent = clock();
  try {
    const response = await platformFetch(link)('/v1/health', { method: 'GET', headers: { accept: 'application/json' }, signal: AbortSignal.timeout(waitMs) });
    const parsed = healthReplySchema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) {
      return [check('network.platform', false, `${link.url} 有应答，但不是通办平台（HTTP ${response.status}）：请核对平台地址`, `${link.url} answers, but not as the tongban platform (HTTP ${response.status}): check the address`, detail)];
    }
    const skewMs = Math.round(Date.parse(parsed.data.time) - (sent.getTime() + clock().getTime()) / 2);
    return [check('network.platform', true, `平台可以连接：${link.url}`, `The platform answers at ${link.url}`, detail), timeCheck(skewMs)];
  } catch (error) {
    return [unreachable(link, error)];
  }
}

function unreachable(link: PlatformLink, error: unknown): Check {
  const detail = { platformUrl: link.url, error: error instanceof Error ? error.message : String(error) };
  if (error instanceof PlatformCertificateError) {
    return check('network.platform', false, '平台出示的证书与注册时记录的不符：请核对地址，或重新注册', 'The platform presented a certificate other than the one pinned at enrollment: check the address, or enroll again', detail);
  }
  if (error instanceof PlatformAddressError) return check('network.platform', false, error.message.split(' / ')[0] ?? error.message, error.en, detail);
  return check('network.platform', false, `连接不上平台 ${link.url}：请检查网线、路由器和平台地址`, `Cannot reach the platform at ${link.url}: check the cable, the router and the address`, detail);
}

function timeCheck(skewMs: number): Check {
  const seconds = Math.round(skewMs / 1000);
  const ok = Math.abs(skewMs) < skewTooLargeMs;
  return ok
    ? check('network.time', true, `本机时间与平台相差 ${seconds} 秒`, `This terminal's time is ${seconds} s off the platform's`, { skewMs })
    : check('network.time', false, `本机时间与平台相差 ${seconds} 秒：请校准系统时间（NTP）`, `This terminal's time is ${seconds} s off the platform's: set the system time (NTP)`, { skewMs });
}

/** The certificate presented now against the one enrolled: the same SHA-256, or one the pinned CA signed. */
async function tlsCheck(link: PlatformLink): Promise<Check> {
  if (!link.url.startsWith('https:')) {
    const loopback = /^http:\/\/(127\.|localhost|\[::1\])/.test(link.url);
    return loopback
      ? check('network.tls', true, '本机平台（演示），不经加密', 'A platform on this machine (demo): no TLS needed', { tls: false })
      : check('network.tls', true, '注意：配置允许不经加密连接平台', 'Note: the configuration allows plain http to the platform', { tls: false });
  }
  if (link.ca === undefined) return check('network.tls', false, '未记录平台证书：请重新注册', 'No platform certificate pinned: enroll again', { tls: true });
  const pinned = new X509Certificate(link.ca);
  try {
    const presented = await peerCertificate(link.url, waitMs);
    const detail = { tls: true, presentedSha256: presented.fingerprint256, pinnedSha256: pinned.fingerprint256 };
    if (presented.fingerprint256 === pinned.fingerprint256) return check('network.tls', true, '平台证书与注册时记录的一致', "The platform's certificate is the one pinned at enrollment", detail);
    if (presented.checkIssued(pinned) && presented.verify(pinned.publicKey)) {
      return check('network.tls', true, '平台证书由注册时记录的 CA 签发', "The platform's certificate is signed by the CA pinned at enrollment", detail);
    }
    return check('network.tls', false, '平台证书与注册时记录的不符：请核对地址，或重新注册', 'The platform presents a certificate other than the one pinned at enrollment: check the address, or enroll again', detail);
  } catch (error) {
    return check('network.tls', false, '无法建立加密连接：见平台连接检测', 'No TLS connection could be made: see the platform check', { tls: true, error: error instanceof Error ? error.message : String(error) });
  }
}
