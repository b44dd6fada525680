import type { Actor } from '../accounts/gate.js';
import { HttpError } from '../http/http-error.js';
import { regionCovers, writtenRegionCode as written } from '../../standards/region-code.js';

/**
 * An account acts on a version only when its region covers the whole of the bundle's scope: a
 * district admin may not pause, widen or roll back what the city published for every district.
 */
export function requireScope({ account }: Actor, version: number, scope: string): void {
  if (regionCovers(account.regionCode, scope)) return;
  throw new HttpError(
    403,
    'forbidden',
    `版本 ${version} 适用于 ${written(scope)}，超出账号 ${account.name} 的区域 ${account.regionCode}，请由该区域的管理员操作 / version ${version} is for region ${written(scope)}, beyond region ${account.regionCode} of account ${account.name}; ask an admin of that region`,
  );
}
