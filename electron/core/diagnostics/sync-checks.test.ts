import { describe, expect, it } from 'vitest';
import { syncChecks } from './sync-checks.js';

const now = new Date('2026-03-01T10:00:00.000Z');
const quiet = { depth: 0, oldestWaitingAt: null, lastSuccessAt: '2026-03-01T09:59:00.000Z', deadLetters: 0, stuck: 0 };

describe('sync checks', () => {
  it('a quiet outbox and a set clock are all fine', () => {
    expect(syncChecks({ health: quiet, clockSkewMs: 800, now }).every((c) => c.ok)).toBe(true);
  });

  it('cases waiting for three hours, nothing ever uploaded and a skewed clock are each said, with what to do', () => {
    const checks = syncChecks({ health: { ...quiet, depth: 7, oldestWaitingAt: '2026-03-01T07:00:00.000Z', lastSuccessAt: null }, clockSkewMs: -125_000, now });
    expect(checks.map((c) => [c.id, c.ok, c.words.zh])).toEqual([
      ['sync.outbox', false, '待上传 7 项，最早一项已等待 3 小时：请检查网络检测'],
      ['sync.deadLetters', true, '平台没有拒收任何内容'],
      ['sync.lastSuccess', false, '从未成功上传：请检查网络检测'],
      ['sync.clock', false, '本机时钟与平台相差 -125 秒：请校准系统时间（NTP）'],
    ]);
  });
});
