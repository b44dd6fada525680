import { check, type Check } from './check.js';

export interface CatalogFacts {
  demo: boolean;
  /** Installed signed bundles; undefined: none in that place. */
  current: number | undefined;
  previous: number | undefined;
  /** The last bundle this terminal refused, if any: a forged or stale push a technician should know of. */
  lastRefusal: { version: number; reason: string } | undefined;
}

export function catalogChecks(facts: CatalogFacts): Check[] {
  const checks = [installedCheck(facts), previousCheck(facts.previous)];
  // A refusal the terminal has since moved past (a newer bundle installed) is history, not a fault.
  if (facts.lastRefusal && facts.lastRefusal.version > (facts.current ?? 0)) checks.push(refusalCheck(facts.lastRefusal));
  return checks;
}

function installedCheck({ demo, current }: CatalogFacts): Check {
  if (current !== undefined) {
    return check('catalog.installed', true, `已安装签名事项清单第 ${current} 版`, `Signed item catalog version ${current} is installed`, { version: current, source: 'signed' });
  }
  if (demo) return check('catalog.installed', true, '演示模式：使用内置演示事项清单', 'Demo: the built-in demo catalog', { version: null, source: 'demo' });
  return check(
    'catalog.installed',
    false,
    '未安装签名事项清单，终端暂停服务：请检查网络，等待平台下发',
    'No signed item catalog installed, so the terminal is out of service: check the network and wait for the platform to send one',
    { version: null, source: 'none' },
  );
}

function previousCheck(previous: number | undefined): Check {
  if (previous === undefined) {
    return check('catalog.previous', true, '没有保留上一版清单，无法回退', 'No previous catalog is kept: there is nothing to roll back to', { previousVersion: null });
  }
  return check('catalog.previous', true, `保留了上一版（第 ${previous} 版），可以回退`, `The previous version (${previous}) is kept and can be rolled back to`, { previousVersion: previous });
}

function refusalCheck({ version, reason }: { version: number; reason: string }): Check {
  return check(
    'catalog.lastRefusal',
    false,
    `拒绝过平台下发的第 ${version} 版（${reason}）：请联系管理员核对签名`,
    `Refused version ${version} from the platform (${reason}): ask the admins to check its signatures`,
    { version, reason },
  );
}
