import { join } from 'node:path';
import type { Enrolled } from '../../api/enrollment.js';
import { refusal } from '../../api/kiosk-error.js';
import type { CoreConfigInput } from '../config/core-config.js';
import type { Handlers } from '../dispatch.js';
import { requestEnrollment } from './enrollment.js';
import type { TechnicianAccess } from '../technician/technician-access.js';
import { presentedCertificate } from '../uplink/presented-certificate.js';
import { checkedPlatformUrl, type PlatformLink } from '../uplink/platform-link.js';
import { isEnrolledFolder } from '../config/enrolled-config.js';
import { keepEnrollmentIn } from './enrolled-folder.js';
import { enrollmentRefusal } from './enrollment-refusal.js';
import { presentedPlatform } from './presented-platform.js';

export interface EnrollmentServices {
  /** The unenrolled terminal's folder (config enrollInto); undefined: nothing to enroll from here. */
  enrollInto: string | undefined;
  /** The devices the terminal runs now, which the enrolled terminal starts with. */
  devices: CoreConfigInput['devices'];
  /** The PIN the technician unlocked with stays theirs on the enrolled terminal. */
  access: TechnicianAccess;
  log(line: string): void;
}

const notEnrollable = refusal(
  'ENROLLMENT_FAILED',
  { zh: '本终端已注册，不能在此重新注册', en: 'This terminal is already enrolled; it cannot be enrolled again here' },
  { zh: '重新注册须由管理员先注销本终端，再删除数据目录中的 config.json', en: 'To enroll again, an admin revokes the terminal and config.json is removed from its data folder' },
);

const confirmFirst = refusal(
  'ENROLLMENT_FAILED',
  { zh: '请先核对平台证书', en: "Confirm the platform's certificate first" },
  { zh: '点“检查平台”，与管理员给的指纹逐位核对后再注册', en: 'Tap "Check the platform" and hold its fingerprint against the one the admin gave before enrolling' },
);

/** https://: pinned to the certificate the technician confirmed, if it is still the one presented. */
async function confirmedLink(platformUrl: string, sha256: string | undefined): Promise<PlatformLink> {
  if (!platformUrl.toLowerCase().startsWith('https:')) return { url: platformUrl };
  if (sha256 === undefined) throw confirmFirst;
  return { url: platformUrl, ca: await presentedCertificate(platformUrl, sha256) };
}

/**
 * Technician mode's enrollment screen, on the core's own enrollment (requestEnrollment, the same
 * folder writer as `tongban enroll`): everything is checked before the folder is written, so a
 * refusal leaves the terminal as it was. The demo keeps running until the core's next start.
 */
export function enrollmentHandlers(services: EnrollmentServices): Pick<Handlers, 'technician.platformCertificate' | 'technician.enroll'> {
  const enrollable = () => services.enrollInto !== undefined && !isEnrolledFolder(services.enrollInto);
  return {
    'technician.platformCertificate': async ({ platformUrl }) => {
      if (!enrollable()) throw notEnrollable;
      return presentedPlatform(platformUrl).catch((error: unknown) => {
        throw enrollmentRefusal(error);
      });
    },
    'technician.enroll': async ({ platformUrl, token, certificateSha256 }): Promise<Enrolled> => {
      const dir = services.enrollInto;
      if (dir === undefined || !enrollable()) throw notEnrollable;
      try {
        const link = await confirmedLink(platformUrl, certificateSha256);
        checkedPlatformUrl(link);
        const enrollment = await requestEnrollment(link, token);
        const config: CoreConfigInput = {
          dataDir: dir,
          key: { kind: 'file', path: join(dir, 'store.key') },
          devices: services.devices,
          platform: { ca: link.ca, allowPlainHttp: false },
        };
        const { terminalCode, terminalName, hallName, regionCode } = keepEnrollmentIn(dir, link.url, enrollment, config, services.access.pinHash());
        services.log(`enrolled from technician mode as terminal ${terminalCode} (${regionCode}); serving as it from the next start`);
        return { terminalCode, terminalName, hallName, regionCode };
      } catch (error) {
        throw enrollmentRefusal(error);
      }
    },
  };
}
