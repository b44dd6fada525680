import type { DeadLetterView } from '../../api/diagnostics.js';
import type { DeadLetter, OutboxHealth } from '../sync/outbox.js';
import { redact } from '../log/redact.js';
import { ageInWords, check, type Check } from './check.js';

/** A village line may be down for a lunch hour; past this a technician should look. */
export const waitingTooLongMs = 60 * 60_000;

/** The platform refuses a signature whose time is far off; past this the clock needs setting. */
export const skewTooLargeMs = 60_000;

export interface SyncFacts {
  health: OutboxHealth;
  /** Platform minus terminal at the last heartbeat; null before one was answered, undefined where no heartbeat runs (a shell). */
  clockSkewMs: number | null | undefined;
  now: Date;
}

export function syncChecks({ health, clockSkewMs, now }: SyncFacts): Check[] {
  return [outboxCheck(health, now), deadLetterCheck(health.deadLetters), lastSuccessCheck(health, now), clockCheck(clockSkewMs)];
}

function outboxCheck({ depth, oldestWaitingAt, stuck }: OutboxHealth, now: Date): Check {
  const detail = { depth, oldestWaitingAt, stuck };
  if (depth === 0) return check('sync.outbox', true, '没有待上传的内容', 'Nothing is waiting to go up', detail);
  const waited = oldestWaitingAt === null ? 0 : now.getTime() - Date.parse(oldestWaitingAt);
  const age = ageInWords(waited);
  const ok = waited < waitingTooLongMs && stuck === 0;
  const zh = `待上传 ${depth} 项，最早一项已等待 ${age.zh}${stuck > 0 ? `，其中 ${stuck} 项多次失败` : ''}${ok ? '' : '：请检查网络检测'}`;
  const en = `${depth} item(s) waiting to go up, the oldest for ${age.en}${stuck > 0 ? `; ${stuck} failed repeatedly` : ''}${ok ? '' : ': see the network check'}`;
  return check('sync.outbox', ok, zh, en, detail);
}

function deadLetterCheck(count: number): Check {
  if (count === 0) return check('sync.deadLetters', true, '平台没有拒收任何内容', 'The platform refused nothing', { count });
  return check(
    'sync.deadLetters',
    false,
    `平台拒收了 ${count} 项：请查看原因，处理后重新发送`,
    `The platform refused ${count} item(s): read why, fix it, then send again`,
    { count },
  );
}

function lastSuccessCheck({ lastSuccessAt, depth }: OutboxHealth, now: Date): Check {
  const detail = { lastSuccessAt };
  if (lastSuccessAt === null) {
    return depth === 0
      ? check('sync.lastSuccess', true, '尚未上传过任何内容', 'Nothing has been uploaded yet', detail)
      : check('sync.lastSuccess', false, '从未成功上传：请检查网络检测', 'Nothing has ever been uploaded: see the network check', detail);
  }
  const age = ageInWords(now.getTime() - Date.parse(lastSuccessAt));
  const ok = depth === 0 || now.getTime() - Date.parse(lastSuccessAt) < waitingTooLongMs;
  return check('sync.lastSuccess', ok, `上次成功上传：${age.zh}前`, `Last successful upload ${age.en} ago`, detail);
}

function clockCheck(skewMs: number | null | undefined): Check {
  if (skewMs === undefined) {
    return check('sync.clock', true, '时钟偏差由运行中的终端测得；见网络检测中的平台时间', 'Clock skew is measured by the running kiosk; see the platform time in the network check', { clockSkewMs: null });
  }
  if (skewMs === null) return check('sync.clock', false, '平台尚未应答心跳，时钟偏差未知', 'The platform has not answered a heartbeat yet: clock skew unknown', { clockSkewMs: null });
  const seconds = Math.round(skewMs / 1000);
  const ok = Math.abs(skewMs) < skewTooLargeMs;
  const zh = ok ? `本机时钟与平台相差 ${seconds} 秒` : `本机时钟与平台相差 ${seconds} 秒：请校准系统时间（NTP）`;
  const en = ok ? `This terminal's clock is ${seconds} s off the platform's` : `This terminal's clock is ${seconds} s off the platform's: set the system time (NTP)`;
  return check('sync.clock', ok, zh, en, { clockSkewMs: skewMs });
}

/**
 * A dead letter without what it carried: its kind, the platform's status and reason (which may
 * quote a field's value, so it is redacted), and when.
 */
export function deadLetterView(letter: DeadLetter): DeadLetterView {
  const kind = letter.caseId !== null ? 'case' : letter.eventId !== null ? 'event' : 'chunk';
  return { id: letter.id, kind, httpStatus: letter.httpStatus, reason: redact(letter.reason), failedAt: letter.failedAt };
}
