import type { Queryable } from '../db/database.js';
import { HttpError } from '../http/http-error.js';
import { BundleRefusedError, trustedKeys, verifyBundle } from '../protocol/bundle-verify.js';
import { MalformedBundleError, splitBundle, type RefusalReason, type SplitBundle } from '../protocol/catalog.js';
import type { CatalogTrust } from '../protocol/enroll.js';

/** What each refusal means to the admin who signed the bundle, in Chinese; the English detail follows. */
const inChinese: Record<RefusalReason, string> = {
  malformed: '不是有效的事项清单包',
  too_large: '事项清单包过大',
  untrusted_key: '签名密钥不受信任，请用平台信任的管理员密钥签名',
  threshold: '签名不足，请按平台要求的数量签名',
  rollback: '版本不高于已发布的最新版本，请用更高的版本号重新签名',
  expired: '事项清单包已过期，请重新签名',
  payload_length: '内容长度与签名不符',
  payload_hash: '内容与签名不符，包在签名后被改动',
  schema: '事项清单内容不合格',
};

async function newestPublished(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ v: number | null }>('SELECT max(version) AS v FROM catalog_bundles');
  return rows[0]?.v ?? 0;
}

function badRequest(detail: string): HttpError {
  return new HttpError(400, 'bad_bundle', `${inChinese.malformed} / not a catalog bundle: ${detail}`);
}

/** A platform without a trust set hands terminals none; they would refuse anything published. */
function noTrust(bytes: Buffer): HttpError {
  try {
    splitBundle(bytes);
  } catch (error) {
    // Not shaped like a bundle is said first, as with a trust set.
    if (error instanceof MalformedBundleError) return badRequest(error.message);
    throw error;
  }
  return new HttpError(422, 'no_catalog_trust', '平台未配置事项清单信任密钥，终端不会接受任何清单包；请以 --catalog-trust 启动平台 / the platform has no catalog trust set, so its terminals would take no bundle; start it with --catalog-trust');
}

/**
 * The kiosk's own checks, against the trust set the platform hands terminals at enrollment and
 * above every version published: a bundle the fleet would refuse is refused here, before any
 * terminal is offered it. The catalog's schema is left to the terminals, which know their region.
 */
export async function checkBundle(db: Queryable, bytes: Buffer, trust: CatalogTrust | undefined, maxBytes: number): Promise<SplitBundle> {
  if (!trust || trust.keys.length === 0) throw noTrust(bytes);
  try {
    return verifyBundle(bytes, { keys: trustedKeys(trust), threshold: trust.threshold, installedVersion: await newestPublished(db), maxBytes, now: new Date() });
  } catch (error) {
    if (!(error instanceof BundleRefusedError)) throw error;
    // Not shaped like a bundle is a bad request, as before; a bundle that fails a check is unprocessable.
    if (error.reason === 'malformed') throw badRequest(error.message.replace(/^malformed: /, ''));
    throw new HttpError(422, 'bundle_refused', `${inChinese[error.reason]} / bundle refused, ${error.message}`);
  }
}
